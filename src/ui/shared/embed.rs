//! Living inside a host page's iframe: tell the host how tall the app is, so the
//! iframe grows and shrinks with it and never scrolls inside itself.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The message embed.js listens for: `{ type: "samspil:height", height }`.
pub const HEIGHT_MESSAGE: &str = "samspil:height";

fn post_height(el: &web_sys::Element) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let rect = el.get_bounding_client_rect();
    let height = (rect.bottom() + window.scroll_y().unwrap_or(0.0)).ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    // A height is not a secret, and the host's origin is not known to us (no
    // referrer is sent); embed.js checks the message's origin and shape.
    let _ = parent.post_message(&message, "*");
}

/// While `enabled`, reports the element's height to the host page on every change.
#[hook]
pub fn use_report_height(node: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |enabled| {
        let observer = enabled
            .then(|| node.cast::<web_sys::Element>())
            .flatten()
            .and_then(|el| {
                let target = el.clone();
                let callback = Closure::<dyn Fn()>::new(move || post_height(&target));
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                post_height(&el);
                Some((observer, callback))
            });
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}
