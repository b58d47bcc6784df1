use yew::prelude::*;

use crate::model::codec::DecodeError;
use crate::model::session::View;
use crate::model::texts;
use crate::ui::shared::error_message::ErrorMessage;
use crate::ui::shared::hooks::use_survey;

#[derive(Properties, PartialEq)]
pub struct LinkErrorProps {
    pub error: DecodeError,
}

/// A damaged link explains itself and offers a way forward, never a blank page.
#[component]
pub fn LinkErrorView(props: &LinkErrorProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    html! {
        <section class="samspil-link-error" aria-labelledby="samspil-error-title">
            <h1 id="samspil-error-title" class="samspil-title">{ texts::LINK_ERROR_TITLE.get(lang) }</h1>
            <div class="samspil-error" role="alert">
                <ErrorMessage error={props.error.clone()} />
            </div>
            <p>{ texts::LINK_ERROR_HELP.get(lang) }</p>
            <button type="button" class="samspil-button samspil-primary" onclick={survey.on(|s| s.go(View::Start))}>
                { texts::START_FRESH.get(lang) }
            </button>
        </section>
    }
}
