//! A readable panel instead of a blank page when something goes wrong.
//!
//! The panel is built with plain DOM calls, not Yew: after a panic the app's own
//! state can no longer be trusted. Answers are already in the URL and on the device,
//! so a reload brings the person back to where they were.

use crate::model::{texts, Lang};
use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("Samspil stopped: {info}"));
        if let Some(root) = crate::ui::mount_point() {
            show_panel(&root);
        }
    }));
}

fn page_lang() -> Lang {
    gloo::utils::document()
        .document_element()
        .map(|e| e.get_attribute("lang").unwrap_or_default())
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or(Lang::En)
}

/// Replaces what is in `root` (Samspil's own element) with the panel, in the page's
/// language. Public for the component tests.
pub fn show_panel(root: &web_sys::Element) {
    let doc = gloo::utils::document();
    let lang = page_lang();
    let make = |tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    panel.set_class_name("samspil-panic");
    let _ = panel.set_attribute("role", "alert");
    if let Some(h) = make("h1", texts::PANIC_TITLE.get(lang)) {
        let _ = panel.append_child(&h);
    }
    if let Some(p) = make("p", texts::PANIC_BODY.get(lang)) {
        let _ = panel.append_child(&p);
    }
    if let Some(button) = make("button", texts::PANIC_RELOAD.get(lang)) {
        let _ = button.set_attribute("type", "button");
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            let _ = gloo::utils::window().location().reload();
        });
        let _ = button
            .dyn_ref::<web_sys::HtmlElement>()
            .map(|b| b.set_onclick(Some(reload.as_ref().unchecked_ref())));
        // The page is about to be reloaded or left; keeping the closure alive is fine.
        reload.forget();
        let _ = panel.append_child(&button);
    }
    // Replace whatever half-rendered state is left in our own element only.
    root.set_inner_html("");
    let _ = root.append_child(&panel);
}
