//! Small wrappers around browser APIs that web-sys leaves awkward or unstable.
//! Everything here tolerates failure: a missing API degrades, never panics.

use wasm_bindgen::{JsCast, JsValue};

/// The address fragment without `#`.
pub fn fragment() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    // The whole address, not only `location.hash`: a mail gateway may have turned
    // `#` into `%23`, leaving the fragment in the path.
    match href.find('#') {
        Some(i) => href[i + 1..].to_owned(),
        None if href.to_ascii_lowercase().contains("%23") => href,
        None => String::new(),
    }
}

/// The address of this page without fragment: the base of every share link.
pub fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let end = href.find('#').unwrap_or(href.len());
    href[..end].to_owned()
}

/// The self-check's address: this page's folder (the team page lives beside it as
/// `team.html`). Used for the meeting's invitation to take the check.
pub fn check_address() -> String {
    let page = page_address();
    let page = page.split('?').next().unwrap_or_default();
    match page.rfind('/') {
        Some(i) => page[..=i].to_owned(),
        None => page.to_owned(),
    }
}

/// Writes the fragment into the address without reloading. `push` adds a history
/// entry (a new step), otherwise the current entry is replaced (a new answer).
///
/// Replacing an address with itself is skipped: it changes nothing, and each
/// history call costs milliseconds in Chromium.
pub fn set_fragment(fragment: &str, push: bool) {
    if !push && self::fragment() == fragment {
        return;
    }
    let url = format!("{}#{fragment}", page_address());
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let result = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    if let Err(e) = result {
        gloo::console::warn!("Samspil could not update the address:", e);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let nav = gloo::utils::window().navigator();
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Today, from the device clock.
pub fn today() -> crate::model::date::Date {
    crate::model::date::Date::from_unix_millis(js_sys::Date::now())
}

/// Copies text to the clipboard. Resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let nav = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("writeText")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(c), Some(write)) = (clipboard, write) {
        if let Ok(promise) = write.call1(&c, &JsValue::from_str(text)) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                return wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            }
        }
    }
    false
}

/// Offers text as a file download (used for the radar SVG and exports).
pub fn download(filename: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = gloo::utils::document();
    if let Ok(a) = doc
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        // The address is an object URL of content we generated, never decoded input.
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Opens the print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Moves keyboard focus to an element (a step heading) without scrolling jumps
/// for people who asked for reduced motion.
pub fn focus(el: &web_sys::HtmlElement) {
    let _ = el.focus();
}

/// Sets the page's `lang`, but only on Samspil's own page: inside a host page the
/// app's root element carries `lang` instead.
pub fn set_document_lang(code: &str) {
    let doc = gloo::utils::document();
    let own_page = doc
        .body()
        .is_some_and(|b| b.class_list().contains("samspil-page"));
    if own_page {
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", code);
        }
    }
}

/// Focuses the first element matching a CSS selector inside the app, and brings it
/// into view.
pub fn focus_selector(selector: &str) {
    let found = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten();
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// Removes the fragment from the address (after a damaged link was left), but keeps
/// `keep`: a widget's host options, so a reload of the widget looks the same.
pub fn clear_fragment(keep: &str) {
    if fragment() == keep {
        return;
    }
    let url = if keep.is_empty() {
        page_address()
    } else {
        format!("{}#{keep}", page_address())
    };
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The address of a language's text pack, as the page lists it
/// (`<meta name="samspil-texts" content="da=texts-da-….txt sv=…">`, written by the
/// build), relative to the page: the page's own pack, or (`whole`) the pack with
/// every text. The self-check's and the team page's list their own packs
/// (`texts-da-check-HASH.txt`, `texts-da-team-HASH.txt`); the whole pack has the
/// same name without `-check` or `-team` (`texts-da-HASH.txt`).
pub fn pack_address(code: &str, whole: bool) -> Option<String> {
    let meta = gloo::utils::document()
        .query_selector("meta[name=samspil-texts]")
        .ok()??;
    let content = meta.get_attribute("content")?;
    let file = content.split_whitespace().find_map(|pair| {
        let (lang, file) = pair.split_once('=')?;
        (lang == code).then_some(file)
    })?;
    Some(if whole {
        file.replacen("-check-", "-", 1).replacen("-team-", "-", 1)
    } else {
        file.to_owned()
    })
}

/// The texts `boot.js` fetched while the wasm came (`window.samspilStartTexts`:
/// the language it guessed the app would start in, and its pack), taken once.
pub fn start_texts() -> Option<(String, String)> {
    let window = gloo::utils::window();
    let key = JsValue::from_str("samspilStartTexts");
    let handed = js_sys::Reflect::get(&window, &key).ok()?;
    if handed.is_undefined() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let field = |name: &str| {
        js_sys::Reflect::get(&handed, &JsValue::from_str(name))
            .ok()?
            .as_string()
    };
    Some((field("lang")?, field("text")?))
}

/// Fetches a text file of Samspil's own (a language pack).
pub async fn fetch_text(address: &str) -> Result<String, JsValue> {
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(address))
            .await?
            .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str("not found"));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text()?).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

/// Opens another of Samspil's pages (relative to this one) with a fragment: in
/// place of this history entry (`replace`), or as a new one, so that when the
/// device cannot keep the person's answers (they live in this page's address) the
/// back button brings them back.
pub fn open_page(page: &str, fragment: &str, replace: bool) {
    let location = gloo::utils::window().location();
    let target = if fragment.is_empty() {
        page.to_owned()
    } else {
        format!("{page}#{fragment}")
    };
    let opened = if replace {
        location.replace(&target)
    } else {
        location.assign(&target)
    };
    if let Err(e) = opened {
        gloo::console::error!("Samspil: could not open", target, e);
    }
}

/// Whether the app runs inside another page's frame (a widget on a host's site).
/// A top-level page is its own parent; a frame's parent is another window, also
/// when that window is on another origin.
pub fn is_framed() -> bool {
    let window = gloo::utils::window();
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// The mark a tab keeps in the history entry of the person's own result, whose
/// address is the result link itself (`r=…`). A copied or shared address never
/// carries it, so only this tab reads that link as its own check on a reload.
const OWN_RESULT: &str = "samspil:own-result";

/// Writes the own result's link into the address, with the tab's mark (as
/// [`set_fragment`]).
pub fn set_own_result_fragment(fragment: &str, push: bool) {
    if !push && self::fragment() == fragment && own_result_marked() {
        return;
    }
    let url = format!("{}#{fragment}", page_address());
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let mark = JsValue::from_str(OWN_RESULT);
    let result = if push {
        history.push_state_with_url(&mark, "", Some(&url))
    } else {
        history.replace_state_with_url(&mark, "", Some(&url))
    };
    if let Err(e) = result {
        gloo::console::warn!("Samspil could not update the address:", e);
    }
}

/// Whether this tab's history entry is the person's own result (see [`OWN_RESULT`]).
pub fn own_result_marked() -> bool {
    gloo::utils::window()
        .history()
        .ok()
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_string())
        .is_some_and(|s| s == OWN_RESULT)
}
