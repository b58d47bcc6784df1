use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::plan::{Plan, Status};
use crate::model::session::{Before, PlanPart, TeamPage};
use crate::model::team::{compare, Change, TeamSummary};
use crate::model::team_links::read_all;
use crate::model::{texts, texts_team as tt, Area, Lang};
use crate::ui::shared::bands::{band_labels, score_text};
use crate::ui::shared::error_message::decode_error_text;
use crate::ui::shared::hooks::use_survey;
use crate::ui::shared::radar::{Radar, RadarSeries, SeriesKind};
use crate::ui::team::input::{PasteReport, TeamInput};
use crate::ui::team::plan::item_text;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    /// The team now ("after").
    pub after: Rc<TeamSummary>,
    /// The team before, as the address holds it.
    pub before: Before,
    /// The earlier team's plan, with the marks given now.
    pub before_plan: PlanPart,
    pub lang: Lang,
}

/// A change in score points: "+13", "−5", "0", or "–" when either side has no score.
pub fn change_text(change: Option<f64>) -> String {
    // Whole points as integers: no float formatting machinery in the bundle for this.
    match change.map(|c| c.round() as i64) {
        None => "–".to_owned(),
        Some(v) if v > 0 => format!("+{v}"),
        Some(v) if v < 0 => format!("−{}", -v),
        Some(_) => "0".to_owned(),
    }
}

/// A change as the table reads it: the points, and "no clear change" when it is
/// within what chance and a change of people could give (see `model::team`).
fn change_cell(change: &Change, lang: Lang) -> String {
    match change.delta {
        Some(_) if !change.clear => format!(
            "{} ({})",
            change_text(change.delta),
            tt::NO_CLEAR_CHANGE.get(lang)
        ),
        _ => change_text(change.delta),
    }
}

/// Before and after: the facilitator pastes the earlier meeting's team link (or
/// result links); an overlay radar and a table show the change per area. The
/// "before" team lives in the address with the team (`&b=…`), so the comparison
/// survives a reload and travels in the team link.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let lang = props.lang;
    let survey = use_survey();
    let before_team = match &props.before {
        Before::Ok(team) => Some(team.clone()),
        _ => None,
    };
    // The same kind of picture on both sides: anonymous when the view is (E8).
    let anonymous = props.after.anonymous;
    let before = use_memo((before_team, anonymous), |(team, anonymous)| {
        team.as_ref().map(|t| {
            let picture = if *anonymous {
                TeamSummary::anonymous(t)
            } else {
                TeamSummary::of(t)
            };
            (Rc::new(picture), t.len())
        })
    });
    let report = use_state(|| None::<Rc<PasteReport>>);
    let on_submit = {
        let survey = survey.clone();
        let report = report.clone();
        Callback::from(move |text: String| {
            let read = read_all(&text);
            let ok = !read.reports.is_empty() && read.reports.iter().all(|r| r.is_ok());
            if !read.team.is_empty() {
                survey.set_before(Before::Ok(read.team.into()));
                // The earlier team link may carry its plan: it is listed to be marked.
                let plan = text
                    .split_whitespace()
                    .filter(|w| crate::model::codec::holds_link(w))
                    .find_map(|w| TeamPage::of_fragment(Rc::from([]), w).plan.ok().cloned());
                if let Some(plan) = plan {
                    survey.set_before_plan((*plan).clone());
                }
            }
            report.set(Some(Rc::new(PasteReport {
                reports: read.reports,
                left_out: read.left_out,
                not_read: read.not_read,
            })));
            ok
        })
    };
    let on_clear = {
        let survey = survey.clone();
        let report = report.clone();
        Callback::from(move |_| {
            survey.set_before(Before::None);
            report.set(None);
        })
    };
    let damaged = match &props.before {
        Before::Damaged { error, .. } => Some(html! {
            <p class="samspil-notice is-problem" role="alert">
                { fill(tt::COMPARE_BEFORE_DAMAGED.get(lang), &[("reason", decode_error_text(error).get(lang))]) }
            </p>
        }),
        _ => None,
    };
    let means =
        |s: &TeamSummary| -> Rc<[Option<f64>]> { s.areas.iter().map(|a| a.weighted).collect() };
    let result = (*before).as_ref().map(|(b, before_count)| {
        let after = &props.after;
        let (joined, left) = crate::model::team::partners_changed(b, after);
        let names = |ps: &[crate::model::team::Partner]| {
            if ps.is_empty() {
                "–".to_owned()
            } else {
                ps.iter()
                    .map(|p| crate::ui::team::sector_table::partner_name(p, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let axes: Rc<[AttrValue]> = Area::ALL
            .iter()
            .map(|a| AttrValue::from(a.info().name.get(lang)))
            .collect();
        let axis_values: Rc<[AttrValue]> = compare(b, after)
            .iter()
            .map(|c| AttrValue::from(change_text(c.delta)))
            .collect();
        let series: Rc<[RadarSeries]> = Rc::from([
            RadarSeries {
                name: tt::COL_BEFORE.get(lang).into(),
                values: means(b),
                kind: SeriesKind::Compare,
            },
            RadarSeries {
                name: tt::COL_AFTER.get(lang).into(),
                values: means(after),
                kind: SeriesKind::Main,
            },
        ]);
        let rows = compare(b, after).into_iter().map(|change| {
            let area = change.area;
            let i = area.index();
            html! {
                <tr>
                    <th scope="row">{ area.info().name.get(lang) }</th>
                    <td class="is-number">{ score_text(b.areas[i].weighted) }</td>
                    <td class="is-number">{ score_text(after.areas[i].weighted) }</td>
                    <td class="is-number">{ change_cell(&change, lang) }</td>
                </tr>
            }
        });
        html! {
            <div class="samspil-compare-result">
                <p>{ fill(tt::COMPARE_COUNTS.get(lang), &[("before", &before_count.to_string()), ("after", &after.respondents.to_string())]) }</p>
                if !joined.is_empty() || !left.is_empty() {
                    <p class="samspil-notice" role="status">{ fill(tt::COMPARE_PARTNERS_CHANGED.get(lang), &[("joined", &names(&joined)), ("left", &names(&left))]) }</p>
                }
                <p class="samspil-hint">{ tt::COMPARE_IN_LINK.get(lang) }</p>
                <figure class="samspil-radar-figure">
                    <Radar id="samspil-compare-radar" axes={axes} axis_values={axis_values} series={series}
                        band_labels={band_labels(lang)}
                        title={tt::COMPARE_RADAR_TITLE.get(lang)} description={tt::COMPARE_RADAR_DESC.get(lang)} />
                </figure>
                <div class="samspil-legend">
                    <p class="samspil-legend-title">{ tt::LEGEND_TITLE.get(lang) }</p>
                    <ul>
                        <li><span class="samspil-swatch is-compare" aria-hidden="true"></span>{ tt::LEGEND_BEFORE.get(lang) }</li>
                        <li><span class="samspil-swatch is-main" aria-hidden="true"></span>{ tt::LEGEND_AFTER.get(lang) }</li>
                    </ul>
                </div>
                <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-compare-caption">
                <table class="samspil-table">
                    <caption id="samspil-compare-caption">{ tt::COMPARE_CAPTION.get(lang) }</caption>
                    { change_head(lang) }
                    <tbody>{ for rows }</tbody>
                </table>
                </div>
                <p class="samspil-hint">{ tt::COMPARE_NOISE.get(lang) }</p>
                <div class="samspil-actions">
                    <button type="button" class="samspil-button" onclick={on_clear}>{ tt::COMPARE_CLEAR.get(lang) }</button>
                </div>
            </div>
        }
    });
    html! {
        <section class="samspil-compare samspil-no-print" aria-labelledby="samspil-compare-title">
            <h2 id="samspil-compare-title">{ tt::COMPARE_TITLE.get(lang) }</h2>
            <p>{ tt::COMPARE_INTRO.get(lang) }</p>
            { for damaged }
            <TeamInput id="samspil-before-links" label={tt::COMPARE_LABEL.get(lang)} button={tt::COMPARE_BUTTON.get(lang)}
                lang={lang} report={(*report).clone()} on_submit={on_submit} />
            { for result }
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct EarlierPlanProps {
    pub plan: Rc<Plan>,
    /// The new plan, into which an unfinished action can be carried.
    pub current: PlanPart,
    pub lang: Lang,
}

/// The earlier meeting's plan, each action with its owner and date, for the team to
/// mark done, partly done or not done. The marks go into the team link (`q=`). It
/// opens the follow-up (above the team's figures), and an action not done can be
/// carried into the new plan with one press, keeping its owner.
#[component]
pub fn EarlierPlan(props: &EarlierPlanProps) -> Html {
    let survey = use_survey();
    let lang = props.lang;
    let current: Plan = props
        .current
        .ok()
        .map(|p| (**p).clone())
        .unwrap_or_default();
    let items = props.plan.items.iter().enumerate().map(|(i, item)| {
        let carry = (item.status != Status::Done).then(|| {
            if current.holds(&item.what) {
                html! { <p class="samspil-hint">{ tt::ROUNDS_CARRIED.get(lang) }</p> }
            } else {
                let survey = survey.clone();
                let mut next = current.clone();
                let carried = next.carry(item);
                html! {
                    <button type="button" class="samspil-button" disabled={!carried}
                        onclick={Callback::from(move |_| survey.set_plan(next.clone()))}>
                        { tt::ROUNDS_CARRY.get(lang) }
                    </button>
                }
            }
        });
        let name = format!("samspil-earlier-{}", i + 1);
        let text = item_text(item, lang);
        let marks = Status::MARKS.iter().map(|&status| {
            let survey = survey.clone();
            let plan = props.plan.clone();
            let onchange = Callback::from(move |_: Event| {
                let mut p = (*plan).clone();
                p.set_status(i, status);
                survey.set_before_plan(p);
            });
            let id = format!("{name}-{}", status.slug());
            html! {
                <label class="samspil-option" for={id.clone()}>
                    <input type="radio" id={id} name={name.clone()} checked={item.status == status} {onchange} />
                    <span>{ status_text(status).get(lang) }</span>
                </label>
            }
        });
        let owner = if item.owner.is_empty() { tt::PLAN_NO_OWNER.get(lang).to_owned() } else { item.owner.clone() };
        let due = item.due.map_or_else(|| tt::PLAN_NO_DATE.get(lang).to_owned(), |d| d.iso());
        html! {
            <li>
                <fieldset class="samspil-question">
                    <legend>{ text }</legend>
                    <p class="samspil-hint">{ format!("{}: {owner} · {}: {due}", tt::PLAN_OWNER.get(lang), tt::PLAN_DUE.get(lang)) }</p>
                    <div class="samspil-marks">{ for marks }</div>
                    { for carry }
                </fieldset>
            </li>
        }
    });
    html! {
        <section class="samspil-earlier-plan" aria-labelledby="samspil-earlier-plan-title">
            <h3 id="samspil-earlier-plan-title">{ tt::PLAN_BEFORE_TITLE.get(lang) }</h3>
            <p class="samspil-hint">{ tt::PLAN_BEFORE_INTRO.get(lang) }</p>
            <ol class="samspil-plan-list">{ for items }</ol>
        </section>
    }
}

/// The words for a mark.
pub fn status_text(status: Status) -> crate::model::Tr {
    match status {
        Status::Done => tt::STATUS_DONE,
        Status::Partly => tt::STATUS_PARTLY,
        Status::NotDone => tt::STATUS_NOT_DONE,
        Status::Open => tt::STATUS_OPEN,
    }
}

/// The head of a table of change per area (area, before, after, change): before and
/// after, and rounds over time.
pub(crate) fn change_head(lang: Lang) -> Html {
    html! {
        <thead>
            <tr>
                <th scope="col">{ texts::COL_AREA.get(lang) }</th>
                <th scope="col" class="is-number">{ tt::COL_BEFORE.get(lang) }</th>
                <th scope="col" class="is-number">{ tt::COL_AFTER.get(lang) }</th>
                <th scope="col" class="is-number">{ tt::COL_CHANGE.get(lang) }</th>
            </tr>
        </thead>
    }
}
