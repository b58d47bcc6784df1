//! What the team view's printout adds for the minutes: a head with the
//! partnership's name and the meeting's date, saying when it is the anonymous view,
//! and the views the meeting agreed per area. Both are for paper only.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::agreed::{Agreed, Stance};
use crate::model::plan::Plan;
use crate::model::session::TeamPage;
use crate::model::team::TeamSummary;
use crate::model::{texts, texts_team as tt, Area, Lang};
use crate::ui::shared::bands::score_text;
use crate::ui::shared::browser;

/// "Minutes · Åby Sammen · 2026-12-07", and the anonymous view's label when it is.
/// The name is the one written on the meeting display, or else the one most of the
/// team gave (in the anonymous view only one given by two people at least); the
/// date is the meeting's, or today's.
pub fn minutes_head(page: &TeamPage, anonymous: bool, lang: Lang) -> Html {
    let agreed = page.agreed.ok();
    let name = agreed
        .map(|a| a.name.clone())
        .filter(|n| !n.is_empty())
        .or_else(|| crate::model::export::partnership_name(&page.team, anonymous));
    let date = agreed
        .and_then(|a| a.meeting)
        .unwrap_or_else(browser::today);
    let mut title = vec![tt::MINUTES_TITLE.get(lang).to_owned()];
    title.extend(name);
    title.push(date.iso());
    html! {
        <div class="samspil-print-only samspil-minutes-head">
            <p class="samspil-minutes-title">{ title.join(" · ") }</p>
            if anonymous {
                <p class="samspil-minutes-anonymous">{ tt::MINUTES_ANONYMOUS.get(lang) }</p>
            }
        </div>
    }
}

/// The views the meeting agreed, per area: the team figure, the agreed score or
/// "we disagree", and the note. Nothing when none was recorded.
pub fn agreed_views(agreed: &Agreed, summary: &TeamSummary, lang: Lang, print_only: bool) -> Html {
    if agreed
        .areas
        .iter()
        .all(|a| a.stance == Stance::None && a.note.is_empty())
    {
        return Html::default();
    }
    let rows = Area::ALL.iter().map(|&area| {
        let view = agreed.view(area);
        let stance = match view.stance {
            Stance::Score(s) => s.to_string(),
            Stance::Disagree => tt::AGREED_DISAGREE.get(lang).to_owned(),
            Stance::None => tt::AGREED_NONE.get(lang).to_owned(),
        };
        html! {
            <tr>
                <th scope="row">{ area.info().name.get(lang) }</th>
                <td class="samspil-num">{ score_text(summary.areas[area.index()].weighted) }</td>
                <td>{ stance }</td>
                <td>{ view.note.clone() }</td>
            </tr>
        }
    });
    html! {
        <section class={classes!(print_only.then_some("samspil-print-only"), "samspil-minutes-agreed")}
            aria-labelledby="samspil-minutes-agreed-title">
            <h2 id="samspil-minutes-agreed-title">{ tt::MEETING_AGREED_TITLE.get(lang) }</h2>
            <table class="samspil-table">
                <thead>
                    <tr>
                        <th scope="col">{ texts::FILE_AREA.get(lang) }</th>
                        <th scope="col">{ tt::TEAM_MEAN.get(lang) }</th>
                        <th scope="col">{ tt::AGREED_SCORE.get(lang) }</th>
                        <th scope="col">{ tt::AGREED_NOTE.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}

/// What a summary for the minutes carries besides its figures (`&p=`, `&a=` after
/// its `m=`): the plan and the agreed views. A part that cannot be read is left out.
pub fn decided_of(fragment: &str) -> (Option<Plan>, Option<Agreed>) {
    let fragment = crate::model::codec::fragment_of(fragment);
    let params = crate::model::codec::parse_params(&fragment);
    let value = |key: &str| {
        params.iter().find(|(k, _)| *k == key).map(|(_, v)| {
            v.trim_end_matches(crate::model::codec::is_trailing_punctuation)
                .to_owned()
        })
    };
    (
        value("p").and_then(|v| crate::model::codec::decode_plan(&v).ok()),
        value("a").and_then(|v| crate::model::agreed::decode(&v).ok()),
    )
}

/// The plan as the minutes record it: each action with its owner and due date.
pub fn plan_minutes(plan: &Plan, lang: Lang) -> Html {
    html! {
        <section class="samspil-plan" aria-labelledby="samspil-minutes-plan-title">
            <h2 id="samspil-minutes-plan-title">{ tt::PLAN_TITLE.get(lang) }</h2>
            <ol class="samspil-plan-list">
                { for plan.items.iter().map(|item| {
                    let owner = if item.owner.is_empty() { tt::PLAN_NO_OWNER.get(lang).to_owned() } else { item.owner.clone() };
                    let due = item.due.map_or_else(|| tt::PLAN_NO_DATE.get(lang).to_owned(), |d| d.iso());
                    html! {
                        <li class="samspil-plan-item">
                            <p class="samspil-plan-text">{ crate::ui::team::plan::item_text(item, lang) }</p>
                            <p class="samspil-hint">{ format!("{}: {owner} · {}: {due}", tt::PLAN_OWNER.get(lang), tt::PLAN_DUE.get(lang)) }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AgreedMinutesProps {
    pub agreed: Rc<Agreed>,
    pub summary: Rc<TeamSummary>,
    pub lang: Lang,
}

/// The agreed views on the team view's paper: a lazily loaded part (it comes with
/// the sections below the actions), so the team page's first visit stays small.
#[component]
pub fn AgreedMinutes(props: &AgreedMinutesProps) -> Html {
    agreed_views(&props.agreed, &props.summary, props.lang, true)
}
