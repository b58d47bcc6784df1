//! The self-check's page (`index.html`): the statements and one person's result.
//! The team view is its own page (`src/bin/samspil-team.rs`), with its own wasm, so
//! a person taking the check downloads only the check.

#[cfg(target_arch = "wasm32")]
fn main() {
    samspil::ui::run::<samspil::ui::SelfCheck>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samspil runs in the browser. Start it with scripts/serve (see README.md).");
}
