use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::texts;
use crate::ui::shared::hooks::use_survey;
use crate::ui::shared::state::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: Notice,
}

/// A one-line notice about where answers are kept. It is a status, not an alarm:
/// the check works either way.
#[component]
pub fn NoticeBar(props: &NoticeProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let text = match props.notice {
        // Inside another site, storage is often partitioned or blocked by the browser.
        Notice::StorageUnavailable if survey.options.embedded => {
            texts::NOTICE_STORAGE_EMBEDDED.get(lang).to_owned()
        }
        Notice::StorageUnavailable => texts::NOTICE_STORAGE_UNAVAILABLE.get(lang).to_owned(),
        Notice::StorageCorrupt => texts::NOTICE_STORAGE_CORRUPT.get(lang).to_owned(),
        Notice::BadOptions => fill(
            texts::NOTICE_BAD_OPTIONS.get(lang),
            &[("names", &survey.options.ignored.join(", "))],
        ),
        Notice::HostOptionsNotHere => fill(
            texts::NOTICE_HOST_OPTIONS.get(lang),
            &[("names", &survey.options.not_here.join(", "))],
        ),
        Notice::OtherAnswersInAddress => texts::NOTICE_OTHER_ANSWERS.get(lang).to_owned(),
        Notice::UpdatedElsewhere => texts::NOTICE_UPDATED_ELSEWHERE.get(lang).to_owned(),
        Notice::LangFailed => texts::NOTICE_LANG_FAILED.get(lang).to_owned(),
    };
    html! {
        <p class="samspil-notice" role="status">{ text }</p>
    }
}
