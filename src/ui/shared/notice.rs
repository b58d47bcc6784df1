use crate::model::i18n::fill;
use crate::model::texts;
use crate::ui::shared::state::{Notice, State};

/// The words of a one-line notice about where answers are kept, or about the page's
/// settings. It is a status, not an alarm: the check works either way. (A plain
/// function the app's frame calls, not a component: a component of its own costs
/// each page about 1 KB of Yew's per-component code.)
pub fn notice_text(notice: Notice, state: &State) -> String {
    let lang = state.lang;
    match notice {
        // Inside another site, storage is often partitioned or blocked by the browser.
        Notice::StorageUnavailable if state.options.embedded => {
            texts::NOTICE_STORAGE_EMBEDDED.get(lang).to_owned()
        }
        Notice::StorageUnavailable => texts::NOTICE_STORAGE_UNAVAILABLE.get(lang).to_owned(),
        Notice::StorageCorrupt => texts::NOTICE_STORAGE_CORRUPT.get(lang).to_owned(),
        Notice::BadOptions => fill(
            texts::NOTICE_BAD_OPTIONS.get(lang),
            &[("names", &state.options.ignored.join(", "))],
        ),
        Notice::HostOptionsNotHere => fill(
            texts::NOTICE_HOST_OPTIONS.get(lang),
            &[("names", &state.options.not_here.join(", "))],
        ),
        Notice::OtherAnswersInAddress => texts::NOTICE_OTHER_ANSWERS.get(lang).to_owned(),
        Notice::UpdatedElsewhere => texts::NOTICE_UPDATED_ELSEWHERE.get(lang).to_owned(),
        Notice::LangFailed => texts::NOTICE_LANG_FAILED.get(lang).to_owned(),
    }
}
