//! The self-check: what one person sees, from the start page through the
//! statements to their own result and its share link.

pub(crate) mod actions;
pub(crate) mod area_details;
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

/// The self-check's page (`index.html`).
pub struct SelfCheck;

impl crate::ui::app::Product for SelfCheck {
    const OWN_CHECK: bool = true;
    const OTHER_PAGE: &'static str = "team.html";
    fn view(view: &View, response: &Response) -> Option<Html> {
        crate::ui::app::check_view(view, response)
    }
}
