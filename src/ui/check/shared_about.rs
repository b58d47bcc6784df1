use yew::prelude::*;

use crate::model::{texts, Lang, Response};
use crate::ui::shared::sector::label_and_sector;

#[derive(Properties, PartialEq)]
pub struct SharedAboutProps {
    pub response: std::rc::Rc<Response>,
    pub lang: Lang,
}

/// Who and when, for a result opened from a link; and, for a result of the first
/// bank, that its statements are shown as they were asked.
#[component]
pub fn SharedAbout(props: &SharedAboutProps) -> Html {
    let lang = props.lang;
    let r = &props.response;
    let (label, sector) = label_and_sector(r, lang);
    html! {
        <>
        <dl class="samspil-about-result" aria-label={texts::SHARED_ABOUT.get(lang)}>
            <div><dt>{ texts::SHARED_LABEL.get(lang) }</dt><dd>{ label }</dd></div>
            <div><dt>{ texts::SHARED_SECTOR.get(lang) }</dt><dd>{ sector }</dd></div>
            if !r.org.is_empty() {
                <div><dt>{ texts::ORG_COLUMN.get(lang) }</dt><dd>{ r.org.clone() }</dd></div>
            }
            <div><dt>{ texts::SHARED_DATE.get(lang) }</dt><dd><time datetime={r.date.iso()}>{ r.date.iso() }</time></dd></div>
        </dl>
        if r.bank_version == 1 {
            <p class="samspil-hint samspil-bank-note">{ texts::BANK_FIRST_RESULT.get(lang) }</p>
        }
        </>
    }
}
