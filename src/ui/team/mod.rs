//! The facilitator's team view: result links combined into one team picture,
//! where the partners differ, the team's actions and plan, before and after, the
//! meeting display, and the summary for the minutes.
//!
//! What holds no state of its own (the team's tables, radar, actions, the summary
//! link) is a plain function returning `Html`, not a component: each component costs
//! the page about 1 KB of wasm, and these re-render with their parent anyway.

pub(crate) mod actions;
pub(crate) mod compare;
pub(crate) mod details;
pub(crate) mod disagreements;
pub(crate) mod files;
pub(crate) mod findings;
pub(crate) mod guide_link;
pub(crate) mod input;
pub(crate) mod invite;
pub(crate) mod link;
pub(crate) mod list;
pub(crate) mod meeting;
pub(crate) mod minutes;
pub(crate) mod partners;
pub(crate) mod parts;
pub(crate) mod plan;
pub(crate) mod radar;
pub(crate) mod recent;
pub(crate) mod rounds;
pub(crate) mod scan;
pub(crate) mod sector_table;
pub(crate) mod summary_link;
pub(crate) mod summary_view;
pub(crate) mod table;
pub(crate) mod view;

use yew::Html;

use crate::model::session::View;
use crate::model::Response;

/// The facilitator's team page (`team.html`).
pub struct Facilitator;

impl crate::ui::app::Product for Facilitator {
    const PAGE: crate::ui::app::Page = crate::ui::app::Page::Team;
    const OWN_CHECK: bool = false;
    const OPEN: crate::ui::shared::state::Opener =
        crate::ui::shared::state::Opener(crate::model::session::open_fragment);
    fn view(view: &View, _: &Response) -> Html {
        crate::ui::app::team_view(view)
    }
}
