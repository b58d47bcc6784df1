use yew::prelude::*;

use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::copy_link::CopyLink;

/// The summary for the minutes: a link (`…#m=…`) with the team's figures only.
pub fn summary_link(link: AttrValue, lang: Lang) -> Html {
    html! {
        <section class="samspil-share samspil-no-print" aria-labelledby="samspil-summary-link-title">
            <h2 id="samspil-summary-link-title">{ tt::SUMMARY_TITLE.get(lang) }</h2>
            <p>{ tt::SUMMARY_INTRO.get(lang) }</p>
            <CopyLink link={link} label={tt::SUMMARY_LINK.get(lang)} id="samspil-summary-link" lang={lang} />
        </section>
    }
}
