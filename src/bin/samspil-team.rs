//! The facilitator's team page (`team.html`): result links combined into one team
//! picture, before and after, the meeting display, the plan and the summary for the
//! minutes. The self-check is its own page (`src/main.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    samspil::ui::run::<samspil::ui::Facilitator>();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samspil runs in the browser. Start it with scripts/serve (see README.md).");
}
