use yew::prelude::*;

use crate::model::{texts, Lang};
use crate::ui::shared::browser;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The full link.
    pub link: AttrValue,
    /// The visible label of the link field.
    pub label: AttrValue,
    /// The id of the link field.
    pub id: AttrValue,
    pub lang: Lang,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

/// A link in a read-only field with a copy button and a status line that says
/// whether copying worked. Used by the result's and the team's share panels.
#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| Copy::Idle);
    // A new link (changed answers, a changed team) clears the old confirmation.
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(Copy::Idle));
    }
    let on_copy = {
        let copied = copied.clone();
        let link = props.link.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&link).await;
                copied.set(if ok { Copy::Done } else { Copy::Failed });
            });
        })
    };
    let on_select = Callback::from(|e: FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    let status = match *copied {
        Copy::Idle => "",
        Copy::Done => texts::COPIED.get(lang),
        Copy::Failed => texts::COPY_FAILED.get(lang),
    };
    html! {
        <>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="samspil-copy-row">
                <input id={props.id.clone()} type="text" readonly=true value={props.link.clone()} onfocus={on_select} />
                <button type="button" class="samspil-button samspil-primary" onclick={on_copy}>{ texts::COPY_LINK.get(lang) }</button>
            </div>
            <p class="samspil-copy-status" role="status" aria-live="polite">{ status }</p>
        </>
    }
}
