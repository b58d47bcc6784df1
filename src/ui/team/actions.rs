use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::plan::Plan;
use crate::model::remedies::{Action, ActionSource};
use crate::model::{texts, texts_team as tt, Lang};

/// In the team view: the plan, and what taking an action into it does. The meeting
/// display and the summary show the actions only.
pub type Take<'a> = Option<(&'a Plan, &'a Callback<ActionSource>)>;

/// The team's ranked actions, each with its area, and in the team view a button to
/// take it into the action plan.
pub fn team_actions(actions: &[Action], lang: Lang, take_into: Take) -> Html {
    if actions.is_empty() {
        return html! { <p>{ texts::NO_ACTIONS.get(lang) }</p> };
    }
    let take = |a: &Action| {
        let Some((plan, on_take)) = take_into else {
            return Html::default();
        };
        let source = a.source;
        let taken = plan.contains(source);
        let on_take = on_take.clone();
        html! {
            <button type="button" class="samspil-button samspil-no-print" disabled={taken || plan.is_full()}
                aria-describedby={format!("samspil-team-action-{}", action_id(source))}
                onclick={Callback::from(move |_| on_take.emit(source))}>
                { if taken { tt::PLAN_TAKEN.get(lang) } else { tt::PLAN_TAKE.get(lang) } }
            </button>
        }
    };
    html! {
        <>
            <p class="samspil-hint">{ tt::TEAM_ACTIONS_INTRO.get(lang) }</p>
            // For the facilitator only (the team view, not the projector, the
            // summary or the printed page): partners who read the actions in
            // another language see the same advice, except where a language adds
            // a local reference.
            if take_into.is_some() {
                <p class="samspil-hint samspil-no-print">{ tt::TEAM_ACTIONS_LANGUAGES.get(lang) }</p>
            }
            <ol class="samspil-action-list">
                { for actions.iter().map(|a| html! {
                    <li class="samspil-action">
                        <p id={format!("samspil-team-action-{}", action_id(a.source))}>{ fill(a.text.get(lang), &[("area", a.area.info().name.get(lang))]) }</p>
                        <p class="samspil-action-area">{ a.area.info().name.get(lang) }</p>
                        { take(a) }
                    </li>
                }) }
            </ol>
        </>
    }
}

/// A stable id for an action's text, so its button can point at it.
fn action_id(source: ActionSource) -> String {
    match source {
        ActionSource::Item(id) => format!("item-{}", id.0),
        ActionSource::Gap(area) => format!("gap-{}", area.slug()),
        ActionSource::Clarify(area) => format!("clarify-{}", area.slug()),
        ActionSource::Area(area, band, n) => format!("{}-{}-{n}", area.slug(), band.index()),
    }
}
