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
