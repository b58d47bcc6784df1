//! The Yew user interface on top of [`crate::model`].
//!
//! One component per file. Components read state through `use_survey()` and
//! report what the person did through its intent methods or `Callback` props;
//! only [`app`] touches storage and the address bar, in effects.

pub mod panic;

mod actions;
mod app;
mod area_details;
mod bands;
mod browser;
mod compare;
mod copy_link;
mod disagreements;
mod embed;
mod error_message;
mod hooks;
mod lang_switch;
mod link_error;
mod meeting;
mod notice;
mod overall;
mod plan;
mod progress;
mod qr;
pub mod question;
pub mod radar;
mod results;
mod score_table;
mod sector;
mod sector_table;
mod share;
mod shared_about;
mod start;
pub mod state;
mod step;
pub mod storage;
mod summary_link;
mod summary_view;
mod team;
mod team_actions;
mod team_input;
mod team_link;
mod team_list;
mod team_radar;
mod team_table;

pub use app::App;

/// The element the app mounts into (see index.html).
pub fn mount_point() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("samspil-root")
}
