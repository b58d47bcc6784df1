//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts into a
//! fresh element and awaits `yew::scheduler::flush()`; none of them sleeps.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use samspil::model::{texts, Answer, ItemId, Lang};
use samspil::ui::question::{Question, QuestionProps};
use samspil::ui::storage::{self, StorageError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    el.set_class_name("samspil");
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn radios(root: &web_sys::Element) -> Vec<web_sys::HtmlInputElement> {
    let list = root.query_selector_all("input[type=radio]").unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .dyn_into::<web_sys::HtmlInputElement>()
                .unwrap()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn radio_group_names_itself_after_the_statement_and_reports_answers() {
    let root = fresh_root();
    let seen: Rc<RefCell<Vec<(ItemId, Answer)>>> = Rc::default();
    let props = QuestionProps {
        id: ItemId(7),
        number: 7,
        text: "We meet at fixed times that everyone knows".into(),
        answer: Answer::Scale(3),
        lang: Lang::Sv,
        on_answer: {
            let seen = seen.clone();
            Callback::from(move |x| seen.borrow_mut().push(x))
        },
    };
    yew::Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let fieldset = root
        .query_selector("fieldset")
        .unwrap()
        .expect("a fieldset");
    let legend = fieldset.query_selector("legend").unwrap().unwrap();
    assert!(legend
        .text_content()
        .unwrap()
        .contains("We meet at fixed times"));

    let inputs = radios(&root);
    assert_eq!(inputs.len(), 6, "five scale options and don't know");
    let name = inputs[0].name();
    assert!(
        inputs.iter().all(|i| i.name() == name),
        "one group, so arrow keys move within it"
    );
    let checked: Vec<bool> = inputs.iter().map(|i| i.checked()).collect();
    assert_eq!(checked, [false, false, true, false, false, false]);

    // Every option has a label with the translated scale word.
    let label_of = |i: &web_sys::HtmlInputElement| {
        i.labels().unwrap().item(0).unwrap().text_content().unwrap()
    };
    assert!(label_of(&inputs[0]).contains(texts::SCALE_1.get(Lang::Sv)));
    assert!(label_of(&inputs[5]).contains(texts::DONT_KNOW.get(Lang::Sv)));

    inputs[5].click();
    yew::scheduler::flush().await;
    inputs[0].click();
    yew::scheduler::flush().await;
    assert_eq!(
        *seen.borrow(),
        vec![(ItemId(7), Answer::DontKnow), (ItemId(7), Answer::Scale(1))]
    );
}

/// Makes `window.localStorage` throw, as it does in a sandboxed or partitioned
/// frame, until the returned guard is dropped.
struct BlockedStorage {
    window: js_sys::Object,
    original: JsValue,
}

fn block_storage() -> BlockedStorage {
    let window: js_sys::Object = JsValue::from(gloo::utils::window()).unchecked_into();
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    let getter =
        js_sys::Function::new_no_args("throw new DOMException('blocked', 'SecurityError')");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Reflect::define_property(&window, &"localStorage".into(), &descriptor).unwrap();
    BlockedStorage { window, original }
}

impl Drop for BlockedStorage {
    fn drop(&mut self) {
        js_sys::Reflect::define_property(
            &self.window,
            &"localStorage".into(),
            self.original.unchecked_ref(),
        )
        .unwrap();
    }
}

#[wasm_bindgen_test]
async fn storage_round_trips_and_reports_when_blocked() {
    storage::save_check("s=2&r=test").unwrap();
    assert_eq!(storage::load_check(), Ok(Some("s=2&r=test".to_owned())));

    let blocked = block_storage();
    assert_eq!(storage::load_check(), Err(StorageError::Unavailable));
    assert_eq!(storage::save_check("s=1"), Err(StorageError::Unavailable));

    // The app still starts, in memory, and says so in one line.
    let root = fresh_root();
    yew::Renderer::<samspil::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    let notice = root
        .query_selector(".samspil-notice")
        .unwrap()
        .expect("a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("status"));
    assert!(
        root.query_selector("h1").unwrap().is_some(),
        "the start view is shown"
    );

    drop(blocked);
    assert!(storage::load_check().is_ok());
    storage::clear_check();
}

#[wasm_bindgen_test]
async fn app_starts_on_the_start_view_in_the_browsers_language() {
    let root = fresh_root();
    yew::Renderer::<samspil::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    let h1 = root.query_selector("h1").unwrap().expect("a heading");
    let lang = Lang::negotiate(
        gloo::utils::window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    assert_eq!(h1.text_content().unwrap(), texts::START_TITLE.get(lang));
}

#[wasm_bindgen_test]
async fn after_a_crash_a_readable_panel_replaces_only_samspils_own_element() {
    let doc = gloo::utils::document();
    let html = doc.document_element().unwrap();
    let before = html.get_attribute("lang");
    html.set_attribute("lang", "sv").unwrap();
    // The host page's own content next to Samspil's element.
    let host = fresh_root();
    host.set_text_content(Some("The volunteer centre's own text"));
    let root = fresh_root();
    root.set_inner_html("<p class=\"half\">half drawn</p>");

    samspil::ui::panic::show_panel(&root);

    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a panel");
    assert_eq!(
        alert
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        texts::PANIC_TITLE.get(Lang::Sv)
    );
    let button = alert
        .query_selector("button")
        .unwrap()
        .expect("a reload button");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(
        button.text_content().unwrap(),
        texts::PANIC_RELOAD.get(Lang::Sv)
    );
    assert!(root.query_selector(".half").unwrap().is_none());
    assert_eq!(
        host.text_content().unwrap(),
        "The volunteer centre's own text"
    );
    match before {
        Some(l) => html.set_attribute("lang", &l).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
}
