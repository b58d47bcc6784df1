use yew::prelude::*;

use super::hooks::use_lang;
use super::state::Notice;
use crate::model::texts;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: Notice,
}

/// A one-line notice about where answers are kept. It is a status, not an alarm:
/// the check works either way.
#[component]
pub fn NoticeBar(props: &NoticeProps) -> Html {
    let lang = use_lang();
    let text = match props.notice {
        Notice::StorageUnavailable => texts::NOTICE_STORAGE_UNAVAILABLE,
        Notice::StorageCorrupt => texts::NOTICE_STORAGE_CORRUPT,
    };
    html! {
        <p class="samspil-notice" role="status">{ text.get(lang) }</p>
    }
}
