//! The Yew user interface on top of [`crate::model`], in three parts a newcomer can
//! tell apart at a glance:
//! - [`check`]: the self-check (start and statements on one page, one person's
//!   result on another);
//! - [`team`]: the facilitator's team view (team picture, differences, actions and
//!   plan, before and after, meeting display, summary for the minutes);
//! - [`shared`]: what both use (state, browser and storage, radar, QR codes, …).
//!
//! One component per file. Components read state through `use_survey()` and
//! report what the person did through its intent methods or `Callback` props;
//! only [`app`] touches storage and the address bar, in effects.

pub mod app;
pub mod check;
pub mod shared;
pub mod team;

pub use app::{App, Product};
pub use check::{ResultPage, SelfCheck};
pub use team::Facilitator;
// Paths the component tests and the entry point use.
pub use check::question;
pub use shared::{panic, radar, state, storage};

/// The element the app mounts into (see index.html).
pub fn mount_point() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("samspil-root")
}

/// Starts a page: installs the panic panel, then mounts the app into its own
/// element. The host page's other content is never touched.
pub fn run<P: Product>() {
    panic::install();
    // The texts boot.js fetched beside the wasm: installed before the first render,
    // so the first view is drawn with them (the app's own loading, in `app.rs`, then
    // finds them in). One that does not fit is left to that loading, which explains.
    if let Some((tag, pack)) = shared::browser::start_texts() {
        if let Some(lang) = crate::model::Lang::from_tag(&tag) {
            let _ = crate::model::i18n::install(lang, &pack);
        }
    }
    match mount_point() {
        Some(root) => {
            yew::Renderer::<App<P>>::with_root(root).render();
        }
        None => gloo::console::error!("Samspil: no element with id \"samspil-root\" to mount into"),
    }
}
