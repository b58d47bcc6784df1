//! The link from the team view to the printable facilitator guide in the page's
//! language (`guide/<lang>.html`, which `scripts/build` ships as `guide-<lang>.html`
//! beside the pages).

use yew::prelude::*;

use crate::model::{texts_team as tt, Lang};

/// The guide's address: fixed and relative, so it opens from wherever Samspil is
/// served (its own origin, any sub-path), and never built from the address or input.
pub fn guide_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "guide-da.html",
        Lang::Sv => "guide-sv.html",
        Lang::Nb => "guide-nb.html",
        Lang::Fi => "guide-fi.html",
        Lang::En => "guide-en.html",
    }
}

/// "How to run the meeting", opened in a new tab so the team view (and anything
/// pasted but not yet added) stays as it is.
pub fn guide_link(lang: Lang) -> Html {
    html! {
        <p class="samspil-guide-link samspil-no-print">
            <a href={guide_href(lang)} target="_blank" rel="noopener">{ tt::GUIDE_LINK.get(lang) }</a>
        </p>
    }
}
