//! The self-check: what one person sees, from the start page through the
//! statements (the self-check's page) to their own result and its share link (the
//! result's page).

pub(crate) mod actions;
pub(crate) mod area_details;
pub(crate) mod handoff;
pub(crate) mod progress;
pub mod question;
pub(crate) mod results;
pub(crate) mod score_table;
pub(crate) mod share;
pub(crate) mod shared_about;
pub(crate) mod start;
pub(crate) mod step;

use yew::Html;

use crate::model::session::View;
use crate::model::Response;

use crate::ui::app::{Page, Product};
use crate::ui::shared::state::Opener;

/// The self-check's page (`index.html`): the start and the statements.
pub struct SelfCheck;

impl Product for SelfCheck {
    const PAGE: Page = Page::Check;
    const OWN_CHECK: bool = true;
    const OPEN: Opener = Opener(crate::model::session::open_own_fragment);
    fn view(view: &View, _: &Response) -> Html {
        crate::ui::app::check_view(view)
    }
}

/// The result's page (`result.html`): the person's own result, and a result opened
/// from a link. Its own page, so the first visit to the self-check does not carry
/// the radar, the actions and the share link before anyone has answered.
pub struct ResultPage;

impl Product for ResultPage {
    const PAGE: Page = Page::Result;
    const OWN_CHECK: bool = true;
    const OPEN: Opener = Opener(crate::model::session::open_own_fragment);
    fn view(view: &View, response: &Response) -> Html {
        crate::ui::app::result_view(view, response)
    }
}
