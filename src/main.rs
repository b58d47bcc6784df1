//! The self-check's page (`index.html`): the start and the statements. The result
//! and the team view are their own pages (`src/bin/samspil-result.rs`,
//! `src/bin/samspil-team.rs`), each with its own wasm, so a first visit downloads
//! only what the first screen needs.

#[cfg(target_arch = "wasm32")]
fn main() {
    samspil::ui::run::<samspil::ui::SelfCheck>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samspil runs in the browser. Start it with scripts/serve (see README.md).");
}
