use yew::prelude::*;

use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::copy_link::CopyLink;

#[derive(Properties, PartialEq)]
pub struct SummaryLinkProps {
    /// The full summary link (`…#m=…`).
    pub link: AttrValue,
    pub lang: Lang,
}

/// The summary for the minutes: a link with the team's figures only.
#[component]
pub fn SummaryLink(props: &SummaryLinkProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="samspil-share samspil-no-print" aria-labelledby="samspil-summary-link-title">
            <h2 id="samspil-summary-link-title">{ tt::SUMMARY_TITLE.get(lang) }</h2>
            <p>{ tt::SUMMARY_INTRO.get(lang) }</p>
            <CopyLink link={props.link.clone()} label={tt::SUMMARY_LINK.get(lang)} id="samspil-summary-link" lang={lang} />
        </section>
    }
}
