use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::remedies::Action;
use crate::model::{texts, Area, Lang};

#[derive(Properties, PartialEq)]
pub struct ActionsProps {
    pub actions: Rc<[Action]>,
    pub lang: Lang,
    /// Shows an area's details when its link is followed.
    pub on_area: Callback<Area>,
}

/// The ranked actions: "start here" with the first three, the rest below.
#[component]
pub fn ActionList(props: &ActionsProps) -> Html {
    let lang = props.lang;
    if props.actions.is_empty() {
        return html! {
            <section class="samspil-actions-section" aria-labelledby="samspil-start-here">
                <h2 id="samspil-start-here">{ texts::START_HERE.get(lang) }</h2>
                <p>{ texts::NO_ACTIONS.get(lang) }</p>
            </section>
        };
    }
    let item = |a: &Action| {
        let area = a.area;
        let on_area = props.on_area.clone();
        let name = area.info().name.get(lang);
        html! {
            <li class="samspil-action">
                <p>{ fill(a.text.get(lang), &[("area", name)]) }</p>
                <button type="button" class="samspil-link-button" onclick={Callback::from(move |_| on_area.emit(area))}>
                    { fill(texts::SEE_AREA.get(lang), &[("area", name)]) }
                </button>
            </li>
        }
    };
    let (first, rest) = props.actions.split_at(props.actions.len().min(3));
    html! {
        <section class="samspil-actions-section" aria-labelledby="samspil-start-here">
            <h2 id="samspil-start-here">{ texts::START_HERE.get(lang) }</h2>
            <p class="samspil-hint">{ texts::START_HERE_INTRO.get(lang) }</p>
            <ol class="samspil-action-list">{ for first.iter().map(item) }</ol>
            if !rest.is_empty() {
                <h3>{ texts::MORE_ACTIONS.get(lang) }</h3>
                <ol class="samspil-action-list" start="4">{ for rest.iter().map(item) }</ol>
            }
        </section>
    }
}
