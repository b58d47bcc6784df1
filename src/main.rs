//! The browser entry point: install the panic panel, then mount the app into its
//! own element. The host page's other content is never touched.

#[cfg(target_arch = "wasm32")]
fn main() {
    samspil::ui::panic::install();
    match samspil::ui::mount_point() {
        Some(root) => {
            yew::Renderer::<samspil::ui::App>::with_root(root).render();
        }
        None => gloo::console::error!("Samspil: no element with id \"samspil-root\" to mount into"),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samspil runs in the browser. Start it with scripts/serve (see README.md).");
}
