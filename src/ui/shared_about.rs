use yew::prelude::*;

use super::sector::sector_name;
use crate::model::{texts, Lang, Response};

#[derive(Properties, PartialEq)]
pub struct SharedAboutProps {
    pub response: std::rc::Rc<Response>,
    pub lang: Lang,
}

/// Who and when, for a result opened from a link.
#[component]
pub fn SharedAbout(props: &SharedAboutProps) -> Html {
    let lang = props.lang;
    let r = &props.response;
    let label = if r.label.is_empty() {
        texts::NOT_GIVEN.get(lang).to_owned()
    } else {
        r.label.clone()
    };
    let sector = r.sector.map_or(texts::NOT_GIVEN, sector_name).get(lang);
    html! {
        <dl class="samspil-about-result" aria-label={texts::SHARED_ABOUT.get(lang)}>
            <div><dt>{ texts::SHARED_LABEL.get(lang) }</dt><dd>{ label }</dd></div>
            <div><dt>{ texts::SHARED_SECTOR.get(lang) }</dt><dd>{ sector }</dd></div>
            <div><dt>{ texts::SHARED_DATE.get(lang) }</dt><dd><time datetime={r.date.iso()}>{ r.date.iso() }</time></dd></div>
        </dl>
    }
}
