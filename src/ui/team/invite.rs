//! "Invite partners" (issue 29): the facilitator makes one invitation link, and its
//! QR code, that opens the check with the partnership's name, the language and the
//! facilitator's address filled in (src/model/invitation.rs). It holds no answers.
//! A lazily loaded part of the team page (src/ui/team/parts.rs): drawn only when
//! asked for.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::answers::{clean_label, LABEL_MAX_CHARS};
use crate::model::bank::BANK_VERSION;
use crate::model::date::Date;
use crate::model::invitation::{valid_email, Invitation};
use crate::model::{texts, texts_team as tt, Lang};
use crate::ui::shared::copy_link::CopyLink;
use crate::ui::shared::qr::QrProps;
use crate::ui::team::parts;

#[derive(Properties, PartialEq, Clone)]
pub struct InviteProps {
    /// The self-check's address (or the host's page, for a widget).
    pub base: AttrValue,
    /// The partnership's name to start with (the team's first respondent's).
    pub name: AttrValue,
    pub lang: Lang,
}

fn typed(state: UseStateHandle<String>) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            state.set(input.value());
        }
    })
}

#[component]
pub fn Invite(props: &InviteProps) -> Html {
    let lang = props.lang;
    let name = use_state(|| props.name.to_string());
    let by = use_state(String::new);
    let facilitator = use_state(String::new);
    let email = use_state(String::new);
    let address = email.trim().to_owned();
    let email_bad = !address.is_empty() && !valid_email(&address);
    let invitation = Invitation {
        name: clean_label(&name),
        bank: Some(BANK_VERSION),
        answer_by: Date::parse_iso(&by),
        facilitator: clean_label(&facilitator),
        email: valid_email(&address).then_some(address),
    };
    let link: AttrValue =
        format!("{}#{}", props.base, invitation.fragment(Some(lang.code()))).into();
    let max = LABEL_MAX_CHARS.to_string();
    html! {
        <section class="samspil-resume samspil-invite samspil-no-print" aria-labelledby="samspil-invite-title">
            <h2 id="samspil-invite-title">{ tt::INVITE_PARTNERS_TITLE.get(lang) }</h2>
            <p>{ tt::INVITE_PARTNERS_INTRO.get(lang) }</p>
            <div class="samspil-field">
                <label for="samspil-invite-name">{ texts::LABEL_LABEL.get(lang) }</label>
                <input id="samspil-invite-name" type="text" autocomplete="off" maxlength={max.clone()}
                    value={(*name).clone()} oninput={typed(name.clone())} />
            </div>
            <div class="samspil-field">
                <label for="samspil-invite-by">{ tt::INVITE_BY.get(lang) }</label>
                <input id="samspil-invite-by" type="date" value={(*by).clone()} oninput={typed(by.clone())} />
            </div>
            <div class="samspil-field">
                <label for="samspil-invite-facilitator">{ tt::INVITE_FACILITATOR.get(lang) }</label>
                <input id="samspil-invite-facilitator" type="text" autocomplete="name" maxlength={max}
                    value={(*facilitator).clone()} oninput={typed(facilitator.clone())} />
            </div>
            <div class="samspil-field">
                <label for="samspil-invite-email">{ tt::INVITE_EMAIL.get(lang) }</label>
                <p class="samspil-hint" id="samspil-invite-email-hint">{ tt::INVITE_EMAIL_HINT.get(lang) }</p>
                <input id="samspil-invite-email" type="email" autocomplete="email" maxlength="254"
                    aria-describedby="samspil-invite-email-hint samspil-invite-email-error"
                    aria-invalid={email_bad.then_some("true")}
                    value={(*email).clone()} oninput={typed(email.clone())} />
                <p class="samspil-error-text" id="samspil-invite-email-error" role="status">
                    { if email_bad { tt::INVITE_EMAIL_BAD.get(lang) } else { "" } }
                </p>
            </div>
            <CopyLink link={link.clone()} label={tt::INVITE_LINK.get(lang)} id="samspil-invite-link" lang={lang} />
            { parts::qr_code(QrProps { text: link, title: tt::INVITE_LINK_QR.get(lang).into(), lang, module: 4 }) }
        </section>
    }
}
