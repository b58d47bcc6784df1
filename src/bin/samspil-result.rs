//! The result's page (`result.html`): a person's own result when they finish the
//! self-check, and a result opened from a shared link. The self-check's start and
//! statements are their own page (`src/main.rs`), so a first visit does not carry
//! the result's radar, actions and share link.

#[cfg(target_arch = "wasm32")]
fn main() {
    samspil::ui::run::<samspil::ui::ResultPage>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samspil runs in the browser. Start it with scripts/serve (see README.md).");
}
