use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::remedies::Action;
use crate::model::{texts, texts_team as tt, Lang};

#[derive(Properties, PartialEq)]
pub struct TeamActionsProps {
    pub actions: Rc<[Action]>,
    pub lang: Lang,
}

/// The team's ranked actions, each with its area.
#[component]
pub fn TeamActions(props: &TeamActionsProps) -> Html {
    let lang = props.lang;
    if props.actions.is_empty() {
        return html! { <p>{ texts::NO_ACTIONS.get(lang) }</p> };
    }
    html! {
        <>
            <p class="samspil-hint">{ tt::TEAM_ACTIONS_INTRO.get(lang) }</p>
            <ol class="samspil-action-list">
                { for props.actions.iter().map(|a| html! {
                    <li class="samspil-action">
                        <p>{ fill(a.text.get(lang), &[("area", a.area.info().name.get(lang))]) }</p>
                        <p class="samspil-action-area">{ a.area.info().name.get(lang) }</p>
                    </li>
                }) }
            </ol>
        </>
    }
}
