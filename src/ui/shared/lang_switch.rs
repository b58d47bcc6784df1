use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::{texts, Lang};
use crate::ui::shared::hooks::use_survey;

/// The language menu. Switching keeps every answer: only the texts change. A
/// language's texts are loaded when it is first chosen; meanwhile a light status
/// says so, and the page stays as it is.
#[component]
pub fn LangSwitch() -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let onchange = {
        let survey = survey.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
                survey.set_lang(lang);
            }
        })
    };
    let loading = survey.pending_lang.is_some();
    html! {
        <div class="samspil-lang" data-loading={loading.then_some("")}>
            <label for="samspil-lang-select">{ texts::LANGUAGE.get(lang) }</label>
            <select id="samspil-lang-select" aria-busy={loading.then_some("true")} {onchange}>
                { for Lang::MENU.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == lang}>{ l.native_name() }</option>
                }) }
            </select>
            <span class="samspil-lang-status" role="status">
                if loading { { texts::LANG_LOADING.get(lang) } }
            </span>
        </div>
    }
}
