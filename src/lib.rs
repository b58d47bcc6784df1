//! Samspil: a partnership health check that runs entirely in the browser.
//!
//! The crate has two layers:
//! - [`model`]: the domain (question bank, scoring, remedies, team statistics, link codec).
//!   Pure Rust with no browser dependencies, tested natively with `cargo test`.
//! - `ui`: the Yew single-page app on top of it, compiled only for `wasm32`.

// The radar's geometry lives beside the radar (src/ui/shared/), where a reader looks
// for it, but is compiled on every target so its tests run natively.
#[path = "ui/shared/chart.rs"]
pub mod chart;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;
