use crate::model::{texts, Lang};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let lang = Lang::En;
    html! {
        <main class="samspil-app">
            <h1>{ texts::APP_NAME.get(lang) }</h1>
            <p>{ texts::TAGLINE.get(lang) }</p>
        </main>
    }
}
