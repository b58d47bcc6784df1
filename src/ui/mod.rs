//! The Yew user interface on top of [`crate::model`].

pub mod panic;

mod app;

pub use app::App;

/// The element the app mounts into (see index.html).
pub fn mount_point() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("samspil-root")
}
