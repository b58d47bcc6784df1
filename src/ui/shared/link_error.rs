use yew::prelude::*;

use crate::model::codec::DecodeError;
use crate::model::session::View;
use crate::model::texts;
use crate::ui::shared::error_message::decode_error_text;
use crate::ui::shared::hooks::use_survey;

#[derive(Properties, PartialEq, Clone)]
pub struct LinkErrorProps {
    pub error: DecodeError,
}

/// A damaged link explains itself and offers a way forward, never a blank page.
#[component]
pub fn LinkErrorView(props: &LinkErrorProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    // The technical detail (which character, which length) goes to the console, for
    // whoever helps the person.
    use_effect_with(props.error.clone(), |error| {
        gloo::console::info!(format!("Samspil could not read the link: {error}"));
    });
    html! {
        <section class="samspil-link-error" aria-labelledby="samspil-error-title">
            <h1 id="samspil-error-title" class="samspil-title">{ texts::LINK_ERROR_TITLE.get(lang) }</h1>
            <div class="samspil-error" role="alert">
                <p class="samspil-error-text">{ decode_error_text(&props.error).get(lang) }</p>
            </div>
            <p>{ texts::LINK_ERROR_HELP.get(lang) }</p>
            <button type="button" class="samspil-button samspil-primary" onclick={survey.on(|s| s.go(View::Start))}>
                { texts::START_FRESH.get(lang) }
            </button>
        </section>
    }
}
