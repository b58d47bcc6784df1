//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts into a
//! fresh element and awaits `yew::scheduler::flush()`; none of them sleeps.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn app_renders_its_name() {
    let root = fresh_root();
    yew::Renderer::<samspil::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let h1 = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(h1.text_content().unwrap(), "Samspil");
}
