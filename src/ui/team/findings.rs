//! What the team picture shows below the radar: where the partners differ, the
//! partners' perspectives, two partners side by side, one partner's concern and
//! the team's actions. All of it comes more than a screen below the top of the
//! team page (a team of fifty puts it three screens down), so the team page loads
//! it as one lazily loaded part (`ui::team::parts`) as it comes near the screen:
//! the page's first visit from a team link then carries the team picture and no
//! more, and stays within its budget.
//!
//! Printing: where the partners differ and the actions are on the printed page.
//! The part loads at once when the address holds a plan or an earlier meeting (the
//! facilitator is past the first look), and when the facilitator presses Ctrl+P (or
//! ⌘P) before it came: the team view then waits for it and prints (`print`). A print
//! from the browser's menu before then says on paper what is missing.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::plan::Plan;
use crate::model::remedies::{Action, ActionSource};
use crate::model::team::TeamSummary;
use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::browser;
use crate::ui::team::actions::team_actions;
use crate::ui::team::details::TeamDetails;
use crate::ui::team::disagreements::Disagreements;

#[derive(Properties, PartialEq, Clone)]
pub struct FindingsProps {
    /// The team picture shown (anonymous or not), as the team view made it.
    pub summary: Rc<TeamSummary>,
    pub actions: Rc<[Action]>,
    /// The plan as it stands, so an action already taken says so.
    pub plan: Rc<Plan>,
    pub on_take: Callback<ActionSource>,
    pub lang: Lang,
    /// Load at once, not when it comes near the screen.
    pub at_once: bool,
    /// Print once drawn: the facilitator asked to print before it had come.
    pub print: bool,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let (summary, lang) = (&props.summary, props.lang);
    // Once, when the part is first drawn: the print the facilitator asked for.
    use_effect_with((), {
        let print = props.print;
        move |_| {
            if print {
                browser::print();
            }
        }
    });
    html! {
        <>
            <section class="samspil-team-differ" aria-labelledby="samspil-differ-title">
                <h2 id="samspil-differ-title">{ tt::DIFFER_TITLE.get(lang) }</h2>
                <Disagreements summary={summary.clone()} lang={lang} />
            </section>
            <TeamDetails summary={summary.clone()} lang={lang} />
            <section class="samspil-team-actions" aria-labelledby="samspil-team-actions-title">
                <h2 id="samspil-team-actions-title">{ tt::TEAM_ACTIONS_TITLE.get(lang) }</h2>
                { team_actions(&props.actions, lang, Some((&props.plan, &props.on_take))) }
            </section>
        </>
    }
}
