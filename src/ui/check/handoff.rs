//! "Send to the facilitator", at the top of the person's own result (issue 29): the
//! step where, in the field test, every failure before the meeting happened. The
//! phone's share sheet where the browser has one (Web Share API), else an e-mail to
//! the invitation's address, and always the link with a copy button. The share
//! section further down stays as it was.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::invitation::{mailto, Invitation};
use crate::model::{texts, Lang};
use crate::ui::shared::copy_link::CopyLink;

#[derive(Properties, PartialEq)]
pub struct HandOffProps {
    /// The full result link.
    pub link: AttrValue,
    /// The partnership's name (or empty), for the message's subject.
    pub name: AttrValue,
    pub invitation: Option<Rc<Invitation>>,
    pub lang: Lang,
}

/// The browser's `navigator.share`, if it has one.
fn share_function() -> Option<(JsValue, js_sys::Function)> {
    let navigator: JsValue = gloo::utils::window().navigator().into();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).ok()?;
    Some((navigator, share.dyn_into().ok()?))
}

#[component]
pub fn HandOff(props: &HandOffProps) -> Html {
    let lang = props.lang;
    let invitation = props.invitation.as_deref();
    let facilitator = invitation
        .map(|i| i.facilitator.as_str())
        .filter(|f| !f.is_empty());
    let subject = if props.name.is_empty() {
        texts::HANDOFF_SUBJECT_PLAIN.get(lang).to_owned()
    } else {
        fill(texts::HANDOFF_SUBJECT.get(lang), &[("name", &props.name)])
    };
    let body = texts::HANDOFF_MESSAGE.get(lang);
    let send_text = match facilitator {
        Some(name) => fill(texts::HANDOFF_SEND_TO.get(lang), &[("name", name)]),
        None => texts::HANDOFF_SEND.get(lang).to_owned(),
    };
    // Only a checked address becomes a `mailto:` (decoded input never reaches an
    // href unchecked); the link goes into the body as text.
    let mail = invitation
        .and_then(|i| i.email.as_deref())
        .and_then(|email| mailto(email, &subject, &format!("{body}\n\n{}", props.link)));
    let can_share = share_function().is_some();

    let on_share = {
        let link = props.link.clone();
        let subject = subject.clone();
        let mail = mail.clone();
        Callback::from(move |_: MouseEvent| {
            let Some((navigator, share)) = share_function() else {
                return;
            };
            let data = js_sys::Object::new();
            for (key, value) in [("title", subject.as_str()), ("text", body), ("url", &link)] {
                let _ =
                    js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
            }
            let Ok(promise) = share.call1(&navigator, &data) else {
                return;
            };
            let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
                return;
            };
            let mail = mail.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Closed by the person (AbortError): nothing to do. Refused by the
                // browser: the e-mail, where the invitation gave an address.
                if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    let aborted = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
                        .ok()
                        .and_then(|n| n.as_string())
                        .is_some_and(|n| n == "AbortError");
                    if let (false, Some(mail)) = (aborted, mail) {
                        let _ = gloo::utils::window().location().set_href(&mail);
                    }
                }
            });
        })
    };

    html! {
        <section class="samspil-handoff samspil-no-print" aria-labelledby="samspil-handoff-title">
            <h2 id="samspil-handoff-title">{ texts::HANDOFF_TITLE.get(lang) }</h2>
            <p>{ texts::HANDOFF_INTRO.get(lang) }</p>
            if can_share {
                <p><button type="button" class="samspil-button samspil-primary" onclick={on_share}>{ send_text }</button></p>
            } else if let Some(mail) = mail {
                <p><a class="samspil-button samspil-primary" href={mail}>{ send_text }</a></p>
            }
            <CopyLink link={props.link.clone()} label={texts::HANDOFF_LINK.get(lang)} id="samspil-handoff-link" lang={lang} />
        </section>
    }
}
