//! Rounds over time (issue 31): the partnership's earlier rounds, carried as figures
//! in the team link (`h=`, see [`crate::model::history`]), drawn as a trend per area
//! with a table that says the same, and the change since the last round by the
//! honest rule. Loaded with the team page's lower sections (see `parts.rs`), so the
//! page's first visit does not carry it.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::codec::holds_link;
use crate::model::history::{self, AreaChange, History, NoChange, Round};
use crate::model::i18n::fill;
use crate::model::session::{PlanPart, TeamPage};
use crate::model::team::{Partner, Partners};
use crate::model::{texts_team as tt, Area, Lang, Response};
use crate::ui::shared::bands::score_text;
use crate::ui::shared::error_message::decode_error_text;
use crate::ui::shared::hooks::use_survey;
use crate::ui::team::compare::{change_text, EarlierPlan};
use crate::ui::team::sector_table::partner_name;

#[derive(Properties, PartialEq, Clone)]
pub struct RoundsProps {
    /// At the top of the team view (last time's plan, or the teams on this device
    /// when there is no team yet); otherwise the rounds section below.
    pub top: bool,
    /// The history part of the address as it stands (`h=`), read here.
    pub history: Option<Rc<str>>,
    pub team: Rc<[Response]>,
    pub partners: Rc<Partners>,
    /// The earlier team's plan with its marks, and the new plan.
    pub before_plan: PlanPart,
    pub plan: PlanPart,
    pub lang: Lang,
}

/// One lazily loaded part for both places, so the page's first visit carries one
/// loader, not three.
#[component]
pub fn Rounds(props: &RoundsProps) -> Html {
    let lang = props.lang;
    if !props.top {
        return html! { <Trend ..props.clone() /> };
    }
    html! {
        <>
            if props.team.is_empty() {
                <crate::ui::team::recent::RecentTeams lang={lang} />
            }
            if let Some(plan) = props.before_plan.ok().filter(|p| !p.items.is_empty()) {
                <EarlierPlan plan={plan.clone()} current={props.plan.clone()} lang={lang} />
            }
        </>
    }
}

/// A group's name: its partner, or "no partner".
fn group_name(who: &Option<Partner>, lang: Lang) -> String {
    who.as_ref().map_or_else(
        || tt::ROUNDS_NO_PARTNER.get(lang).to_owned(),
        |p| partner_name(p, lang),
    )
}

fn names(groups: &[Option<Partner>], lang: Lang) -> String {
    if groups.is_empty() {
        return "–".to_owned();
    }
    groups
        .iter()
        .map(|g| group_name(g, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn figure_text(f: Option<history::Figure>) -> String {
    f.map_or_else(|| "–".to_owned(), |f| f.mean.to_string())
}

/// A change as the table reads it: the points and whether it is clear, or why no
/// change is given.
fn change_cell(c: &AreaChange, lang: Lang) -> String {
    match c.delta {
        Ok(d) if c.clear => format!("{} ({})", change_text(Some(d)), tt::ROUNDS_CLEAR.get(lang)),
        Ok(d) => format!(
            "{} ({})",
            change_text(Some(d)),
            tt::NO_CLEAR_CHANGE.get(lang)
        ),
        Err(NoChange::OtherBank) => tt::ROUNDS_OTHER_BANK_CELL.get(lang).to_owned(),
        Err(NoChange::NoFigure) => "–".to_owned(),
        Err(NoChange::GroupsTooSmall) => tt::ROUNDS_TOO_SMALL.get(lang).to_owned(),
    }
}

/// The history after adding the previous round read from a pasted team link, with
/// that link's own earlier rounds; `Err` when the text holds no team link.
fn with_previous(text: &str) -> Option<(History, Option<Rc<crate::model::plan::Plan>>, bool)> {
    let word = text.split_whitespace().find(|w| holds_link(w))?;
    let found = crate::model::codec::read_word(word);
    let Ok(crate::model::codec::Link::Team(team)) = found.link else {
        return None;
    };
    let page = TeamPage::of_fragment(team.into(), &found.text);
    let (mut h, damaged) = match page.history.as_deref().map(history::decode) {
        Some(Ok(h)) => (h, false),
        Some(Err(_)) => (History::default(), true),
        None => (History::default(), false),
    };
    let partners = page
        .partners
        .ok()
        .map_or_else(|| Partners::derive(&page.team), |p| p.fit(&page.team));
    h.push(Round::of(&page.team, &partners));
    Some((h, page.plan.ok().cloned(), damaged))
}

/// The trend: one small chart per area, the rounds from left to right, a point per
/// round with its figure; the line breaks where the bank changed. The table below
/// says the same in words (the charts are hidden from screen readers).
fn trend_chart(points: &[(u8, [Option<u8>; 6])], lang: Lang) -> Html {
    const W: f64 = 200.0;
    const H: f64 = 110.0;
    const PAD: f64 = 14.0;
    let n = points.len().max(2);
    let x = |i: usize| PAD + i as f64 * (W - 2.0 * PAD) / (n - 1) as f64;
    let y = |v: u8| 30.0 + (100.0 - v as f64) * 0.65;
    let charts = Area::ALL.iter().enumerate().map(|(k, area)| {
        let (ox, oy) = (0.0, 0.0);
        let mut segments: Vec<Vec<(f64, f64)>> = Vec::new();
        let mut last_bank = None;
        for (i, (bank, values)) in points.iter().enumerate() {
            match values[k] {
                Some(v) => {
                    if last_bank != Some(*bank) || segments.is_empty() {
                        segments.push(Vec::new());
                    }
                    if let Some(s) = segments.last_mut() {
                        s.push((ox + x(i), oy + y(v)));
                    }
                    last_bank = Some(*bank);
                }
                None => {
                    segments.push(Vec::new());
                    last_bank = None;
                }
            }
        }
        let lines = segments.into_iter().filter(|s| s.len() > 1).map(|s| {
            html! { <polyline points={crate::chart::points_attr(&s)} fill="none" stroke="currentColor" stroke-width="2" /> }
        });
        let dots = points.iter().enumerate().filter_map(|(i, (_, values))| {
            values[k].map(|v| {
                let (cx, cy) = (ox + x(i), oy + y(v));
                html! {
                    <g>
                        <circle cx={cx.to_string()} cy={cy.to_string()} r="3.5" fill="currentColor" />
                        <text x={cx.to_string()} y={(cy - 6.0).to_string()} text-anchor="middle" font-size="10" fill="currentColor">{ v.to_string() }</text>
                    </g>
                }
            })
        });
        html! {
            // One small chart per area, inline: they wrap on a narrow screen.
            <svg class="samspil-trend" viewBox={format!("0 0 {W} {H}")} width={W.to_string()} height={H.to_string()} aria-hidden="true" focusable="false">
            <g class="samspil-trend-area" data-area={area.info().name.get(lang)} data-points={points.iter().filter(|(_, v)| v[k].is_some()).count().to_string()}>
                <text x={(ox + PAD).to_string()} y={(oy + 14.0).to_string()} font-size="12" font-weight="bold" fill="currentColor">{ area.info().name.get(lang) }</text>
                <line x1={(ox + PAD).to_string()} x2={(ox + W - PAD).to_string()} y1={(oy + y(0)).to_string()} y2={(oy + y(0)).to_string()} stroke="currentColor" stroke-opacity="0.4" />
                { for lines }
                { for dots }
            </g>
            </svg>
        }
    });
    html! { <div class="samspil-trend-charts">{ for charts }</div> }
}

/// The rounds section.
#[component]
fn Trend(props: &RoundsProps) -> Html {
    let lang = props.lang;
    let survey = use_survey();
    let message = use_state(|| None::<(bool, String)>);
    let parsed = use_memo(props.history.clone(), |h| h.as_deref().map(history::decode));
    let current = use_memo((props.team.clone(), props.partners.clone()), |(t, p)| {
        Round::of(t, p)
    });
    let on_submit = {
        let survey = survey.clone();
        let message = message.clone();
        Callback::from(move |text: String| match with_previous(&text) {
            Some((h, plan, damaged)) => {
                let added = h.rounds.last().map(|r| (r.date, r.respondents()));
                survey.set_history(Some(history::encode(&h).into()));
                if let Some(plan) = plan.filter(|p| !p.items.is_empty()) {
                    survey.set_before_plan((*plan).clone());
                }
                let (date, people) = added.unwrap_or_default();
                let mut text = fill(
                    tt::ROUNDS_ADDED.get(lang),
                    &[("date", &date.iso()), ("people", &people.to_string())],
                );
                if damaged {
                    text.push(' ');
                    text.push_str(tt::ROUNDS_EARLIER_DAMAGED.get(lang));
                }
                message.set(Some((damaged, text)));
                true
            }
            None => {
                message.set(Some((true, tt::ROUNDS_NOT_TEAM.get(lang).to_owned())));
                false
            }
        })
    };
    let report = (*message).clone().map(|(problem, text)| {
        html! {
            <p class={classes!("samspil-notice", problem.then_some("is-problem"))} role="status">{ text }</p>
        }
    });
    let (h, damaged) = match &*parsed {
        Some(Ok(h)) => (Some(h.clone()), None),
        Some(Err(e)) => (None, Some(e.clone())),
        None => (None, None),
    };
    let damaged = damaged.map(|e| {
        html! {
            <p class="samspil-notice is-problem" role="alert">
                { fill(tt::ROUNDS_DAMAGED.get(lang), &[("reason", decode_error_text(&e).get(lang))]) }
            </p>
        }
    });
    let body = h.filter(|h| !h.rounds.is_empty() || h.folded.is_some()).map(|h| {
        let today = crate::ui::shared::browser::today();
        let mut notes: Vec<String> = Vec::new();
        for i in h.in_future(today) {
            notes.push(fill(tt::ROUNDS_FUTURE.get(lang), &[("date", &h.rounds[i].date.iso())]));
        }
        for i in h.out_of_order() {
            notes.push(fill(tt::ROUNDS_ORDER.get(lang), &[("date", &h.rounds[i].date.iso())]));
        }
        let mut all: Vec<&Round> = h.rounds.iter().collect();
        all.push(&current);
        for i in 1..all.len() {
            if all[i].bank != all[i - 1].bank {
                notes.push(fill(tt::ROUNDS_BANK.get(lang), &[("date", &all[i].date.iso())]));
            }
        }
        let notes = notes.into_iter().map(|n| html! { <p class="samspil-notice" role="status">{ n }</p> });
        let points: Vec<(u8, [Option<u8>; 6])> = all
            .iter()
            .map(|r| (r.bank, std::array::from_fn(|a| r.team[a].map(|f| f.mean))))
            .collect();
        let folded_row = h.folded.as_ref().map(|f| {
            let cells = (0..6).map(|a| {
                let text = match (f.low[a], f.high[a]) {
                    (Some(l), Some(h)) if l == h => l.to_string(),
                    (Some(l), Some(h)) => format!("{l}–{h}"),
                    _ => "–".to_owned(),
                };
                html! { <td class="is-number">{ text }</td> }
            });
            html! {
                <tr>
                    <th scope="row">{ fill(tt::ROUNDS_OLDER.get(lang), &[("count", &f.rounds.to_string()), ("from", &f.from.iso()), ("to", &f.to.iso())]) }</th>
                    <td class="is-number">{ "–" }</td>
                    { for cells }
                </tr>
            }
        });
        let rows = all.iter().enumerate().map(|(i, r)| {
            let label = if i + 1 == all.len() {
                fill(tt::ROUNDS_NOW.get(lang), &[("date", &r.date.iso())])
            } else {
                r.date.iso()
            };
            let cells = r.team.iter().map(|f| html! { <td class="is-number">{ figure_text(*f) }</td> });
            let groups = r
                .groups
                .iter()
                .map(|g| format!("{} {}", group_name(&g.who, lang), g.respondents))
                .collect::<Vec<_>>()
                .join(", ");
            html! {
                <tr>
                    <th scope="row">{ label }<br /><span class="samspil-hint">{ groups }</span></th>
                    <td class="is-number">{ r.respondents().to_string() }</td>
                    { for cells }
                </tr>
            }
        });
        let heads = Area::ALL.iter().map(|a| html! { <th scope="col" class="is-number">{ a.info().name.get(lang) }</th> });
        let change = h.rounds.last().map(|last| {
            let c = history::change(last, &current);
            let rows = c.areas.iter().map(|ac| {
                let i = ac.area.index();
                // The figures compared: with a partner joined or left, those of the
                // partners present both times, not the team figures.
                let (from, to) = if ac.from.is_some() {
                    (score_text(ac.from), score_text(ac.to))
                } else {
                    (figure_text(last.team[i]), figure_text(current.team[i]))
                };
                html! {
                    <tr>
                        <th scope="row">{ ac.area.info().name.get(lang) }</th>
                        <td class="is-number">{ from }</td>
                        <td class="is-number">{ to }</td>
                        <td class="is-number">{ change_cell(ac, lang) }</td>
                    </tr>
                }
            });
            html! {
                <>
                    <h3 id="samspil-rounds-change-title">{ fill(tt::ROUNDS_CHANGE_TITLE.get(lang), &[("date", &last.date.iso())]) }</h3>
                    if !c.same_bank {
                        <p class="samspil-notice" role="status">{ tt::ROUNDS_OTHER_BANK.get(lang) }</p>
                    } else if c.matched_only {
                        <p class="samspil-notice" role="status">{ fill(tt::ROUNDS_MATCHED.get(lang), &[("joined", &names(&c.joined, lang)), ("left", &names(&c.left, lang))]) }</p>
                    }
                    <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-rounds-change-title">
                    <table class="samspil-table samspil-rounds-change">
                        { crate::ui::team::compare::change_head(lang) }
                        <tbody>{ for rows }</tbody>
                    </table>
                    </div>
                    <p class="samspil-hint">{ tt::ROUNDS_RULE.get(lang) }</p>
                </>
            }
        });
        html! {
            <>
                { for notes }
                <figure class="samspil-trend-figure">
                    { trend_chart(&points, lang) }
                    <figcaption class="samspil-hint">{ tt::ROUNDS_CHART.get(lang) }</figcaption>
                </figure>
                <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-rounds-caption">
                <table class="samspil-table samspil-rounds-table">
                    <caption id="samspil-rounds-caption">{ tt::ROUNDS_CAPTION.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tt::ROUNDS_COL_ROUND.get(lang) }</th>
                            <th scope="col" class="is-number">{ tt::ROUNDS_COL_PEOPLE.get(lang) }</th>
                            { for heads }
                        </tr>
                    </thead>
                    <tbody>
                        { for folded_row }
                        { for rows }
                    </tbody>
                </table>
                </div>
                { for change }
            </>
        }
    });
    // Printed only with earlier rounds to show: the print of a first round stays
    // one A4 page.
    let print = body.is_some();
    html! {
        <section class={classes!("samspil-rounds", (!print).then_some("samspil-no-print"))} aria-labelledby="samspil-rounds-title">
            <h2 id="samspil-rounds-title">{ tt::ROUNDS_TITLE.get(lang) }</h2>
            <p class="samspil-no-print">{ tt::ROUNDS_INTRO.get(lang) }</p>
            { for damaged }
            { for body }
            <div class="samspil-no-print">
                <crate::ui::team::input::TeamInput id="samspil-rounds-links" label={tt::ROUNDS_LABEL.get(lang)} button={tt::ROUNDS_BUTTON.get(lang)}
                    lang={lang} report={None} on_submit={on_submit} />
                { for report }
            </div>
        </section>
    }
}
