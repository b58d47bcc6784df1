use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::agreed::{Agreed, Stance, NAME_MAX_CHARS, NOTE_MAX_CHARS};
use crate::model::bank::MIXED;
use crate::model::date::Date;
use crate::model::i18n::fill;
use crate::model::plan::{Plan, Status, What, OWNER_MAX_CHARS};
use crate::model::remedies::Action;
use crate::model::scoring::display_score;
use crate::model::session::View;
use crate::model::team::{Difference, Disagreement, TeamSummary};
use crate::model::{texts, texts_team as tt, Area, Lang, Response, Tr};
use crate::ui::shared::bands::score_text;
use crate::ui::shared::browser;
use crate::ui::shared::hooks::use_survey;
use crate::ui::shared::qr::QrProps;
use crate::ui::team::actions::team_actions;
use crate::ui::team::compare::status_text;
use crate::ui::team::disagreements::entry;
use crate::ui::team::parts;
use crate::ui::team::plan::item_text;
use crate::ui::team::radar::team_radar;
use crate::ui::team::sector_table::sector_table;

/// Places where the team differs, per slide: two fit a projected 1280 × 720 screen
/// with their questions, in type readable from the back of a room.
const DIFFERENCES_PER_SLIDE: usize = 2;

#[derive(Properties, PartialEq, Clone)]
pub struct MeetingProps {
    pub team: Rc<[Response]>,
    pub summary: Rc<TeamSummary>,
    pub actions: Rc<[Action]>,
    /// The team's action plan.
    pub plan: Rc<Plan>,
    pub lang: Lang,
    /// The address of the self-check, for the invitation (never the team link:
    /// its code would hand everyone in the room every answer).
    pub invite: AttrValue,
    pub on_leave: Callback<()>,
}

/// One screen of the display, in meeting order.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Slide {
    /// A follow-up: last time's plan, to mark.
    LastPlan,
    /// The picture, with the change since last time when there is one.
    Picture,
    /// Where you differ: the `n`th group of places, mixed answers first.
    Differ(usize),
    /// The partners' perspectives.
    Partners,
    /// What the meeting agrees per area.
    Agreed,
    /// What the team can do, to take into the plan.
    Actions,
    /// The plan, with owners and dates.
    Plan,
    /// The invitation to take the check (the self-check's address).
    Invite,
}

impl Slide {
    fn title(self) -> Tr {
        match self {
            Slide::LastPlan => tt::PLAN_BEFORE_TITLE,
            Slide::Picture => tt::TEAM_TITLE,
            Slide::Differ(_) => tt::DIFFER_TITLE,
            Slide::Partners => tt::SECTOR_TITLE,
            Slide::Agreed => tt::MEETING_AGREED_TITLE,
            Slide::Actions => tt::TEAM_ACTIONS_TITLE,
            Slide::Plan => tt::PLAN_TITLE,
            Slide::Invite => tt::INVITE_TITLE,
        }
    }
}

/// The slides of a meeting: last time's plan only in a follow-up, and as many
/// "where you differ" slides as it takes to reach every place.
fn slides(follow_up: bool, differences: usize) -> Vec<Slide> {
    let mut out = Vec::with_capacity(10);
    if follow_up {
        out.push(Slide::LastPlan);
    }
    out.push(Slide::Picture);
    let pages = differences.div_ceil(DIFFERENCES_PER_SLIDE).max(1);
    out.extend((0..pages).map(Slide::Differ));
    out.extend([
        Slide::Partners,
        Slide::Agreed,
        Slide::Actions,
        Slide::Plan,
        Slide::Invite,
    ]);
    out
}

/// Mixed answers ("answers on both sides") first, then the other places, each
/// group in the team view's order.
fn mixed_first(all: &[Disagreement]) -> Vec<&Disagreement> {
    let mixed = |d: &&Disagreement| {
        matches!(
            d.difference,
            Difference::BothSides { .. } | Difference::BothSidesArea { .. }
        )
    };
    all.iter()
        .filter(mixed)
        .chain(all.iter().filter(|d| !mixed(d)))
        .collect()
}

/// Moves between slides.
#[derive(Clone, Copy)]
enum Move {
    Prev,
    Next,
    First,
    Last,
}

#[derive(PartialEq)]
struct Position(usize);

impl Reducible for Position {
    /// The move, and how many slides there are now.
    type Action = (Move, usize);
    fn reduce(self: Rc<Self>, (m, count): (Move, usize)) -> Rc<Self> {
        let last = count.saturating_sub(1);
        let at = self.0.min(last);
        let next = match m {
            Move::Prev => at.saturating_sub(1),
            Move::Next => (at + 1).min(last),
            Move::First => 0,
            Move::Last => last,
        };
        if next == self.0 {
            self
        } else {
            Rc::new(Position(next))
        }
    }
}

/// Whether a key or a touch belongs to a field (typing a date, choosing a mark)
/// rather than to the display.
fn in_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

/// The meeting display: one slide per screen for a projector, in meeting order,
/// each with its heading and key figure at the top and its body below, scrolled
/// within the screen if it must be. The arrow keys, a presenter's clicker (Page
/// Up/Down), Home/End and a swipe move between slides; Escape leaves. Moving by
/// key puts focus on the new slide's heading; the buttons keep focus where it is.
/// A live region says where you are either way. The facilitator decides in the
/// room: marks last time's plan, records the agreed view per area, takes actions
/// into the plan and gives them owners and dates; all of it goes into the team link.
#[component]
pub fn Meeting(props: &MeetingProps) -> Html {
    let lang = props.lang;
    let survey = use_survey();
    let page = match &survey.view {
        View::Team(page) => page.clone(),
        _ => Rc::default(),
    };
    let last_plan: Option<Rc<Plan>> = page.before_plan.ok().cloned();
    let agreed: Rc<Agreed> = page.agreed.ok().cloned().unwrap_or_default();
    // The earlier team's picture, counted the way the display counts now.
    let before = use_memo(
        (page.before.ok().cloned(), props.summary.anonymous),
        |(before, anonymous)| {
            before.as_ref().map(|team| {
                if *anonymous {
                    TeamSummary::anonymous(team)
                } else {
                    TeamSummary::of(team)
                }
            })
        },
    );
    let differences = mixed_first(&props.summary.disagreements);
    let all = slides(
        last_plan.as_ref().is_some_and(|p| !p.items.is_empty()),
        differences.len(),
    );
    let count = all.len();
    let position = use_reducer(|| Position(0));
    let index = position.0.min(count - 1);
    let slide = all[index];
    let heading = use_node_ref();
    // Whether the next slide change should move focus to its heading: on opening
    // and after a key, not after a button.
    let focus_heading = use_mut_ref(|| true);
    // How many slides there are, for the key listener (set once, lives on).
    let slide_count = use_mut_ref(|| count);
    *slide_count.borrow_mut() = count;
    // Where a touch began, for a swipe.
    let touch_start = use_mut_ref(|| None::<(i32, i32)>);

    {
        let position = position.dispatcher();
        let on_leave = props.on_leave.clone();
        let focus_heading = focus_heading.clone();
        let slide_count = slide_count.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() {
                        return;
                    }
                    let key = e.key();
                    // In a field the keys edit it; only Page Up/Down (a clicker)
                    // and Escape still belong to the display.
                    if in_field(e.target()) && !matches!(key.as_str(), "PageUp" | "PageDown") {
                        if key == "Escape" {
                            if let Some(el) = e
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                            {
                                let _ = el.blur();
                            }
                        }
                        return;
                    }
                    let m = match key.as_str() {
                        "ArrowRight" | "ArrowDown" | "PageDown" => Move::Next,
                        "ArrowLeft" | "ArrowUp" | "PageUp" => Move::Prev,
                        "Home" => Move::First,
                        "End" => Move::Last,
                        "Escape" => {
                            e.prevent_default();
                            on_leave.emit(());
                            return;
                        }
                        _ => return,
                    };
                    e.prevent_default();
                    *focus_heading.borrow_mut() = true;
                    position.dispatch((m, *slide_count.borrow()));
                },
            );
            move || drop(listener)
        });
    }
    {
        let heading = heading.clone();
        let focus_heading = focus_heading.clone();
        use_effect_with(index, move |_| {
            if std::mem::take(&mut *focus_heading.borrow_mut()) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    browser::focus(&h);
                }
            }
        });
    }

    let go = |m: Move| {
        let position = position.dispatcher();
        let focus_heading = focus_heading.clone();
        Callback::from(move |_| {
            // A button keeps focus (a key pressed at the first or last slide may
            // have left the flag set).
            *focus_heading.borrow_mut() = false;
            position.dispatch((m, count))
        })
    };
    let on_pointer_down = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: PointerEvent| {
            let field = in_field(e.target());
            *touch_start.borrow_mut() =
                (e.pointer_type() != "mouse" && !field).then(|| (e.client_x(), e.client_y()));
        })
    };
    let on_pointer_up = {
        let touch_start = touch_start.clone();
        let position = position.dispatcher();
        let focus_heading = focus_heading.clone();
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = touch_start.borrow_mut().take() else {
                return;
            };
            let (dx, dy) = (e.client_x() - x, e.client_y() - y);
            // A clear sideways swipe: at least 60 px, mostly horizontal.
            if dx.abs() >= 60 && dx.abs() * 2 > dy.abs() * 3 {
                *focus_heading.borrow_mut() = false;
                position.dispatch((if dx < 0 { Move::Next } else { Move::Prev }, count));
            }
        })
    };
    let on_leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_| on_leave.emit(()))
    };

    let edit_plan = {
        let survey = survey.clone();
        let plan = props.plan.clone();
        move |f: &dyn Fn(&mut Plan)| {
            let mut p = (*plan).clone();
            f(&mut p);
            survey.set_plan(p);
        }
    };
    let edit_agreed = {
        let survey = survey.clone();
        let agreed = agreed.clone();
        move |f: &dyn Fn(&mut Agreed)| {
            let mut a = (*agreed).clone();
            f(&mut a);
            survey.set_agreed(a);
        }
    };

    let title = slide.title().get(lang);
    let plan_count = fill(
        tt::PLAN_COUNT.get(lang),
        &[("n", &props.plan.items.len().to_string())],
    );
    // The key figure: what the room should see first on each slide.
    let key: String = match slide {
        Slide::LastPlan => {
            let plan = last_plan.clone().unwrap_or_default();
            [Status::Done, Status::Partly, Status::NotDone, Status::Open]
                .iter()
                .map(|&s| {
                    let n = plan.items.iter().filter(|i| i.status == s).count();
                    format!("{}: {n}", status_text(s).get(lang))
                })
                .collect::<Vec<_>>()
                .join(" · ")
        }
        Slide::Picture => {
            let now = props.summary.combined.overall;
            let mut key = match (now, props.summary.combined.overall_band()) {
                (Some(score), Some(band)) => fill(
                    texts::OVERALL.get(lang),
                    &[
                        ("score", &display_score(score).to_string()),
                        ("band", crate::ui::shared::bands::band_name(band).get(lang)),
                    ],
                ),
                _ => texts::OVERALL_NONE.get(lang).to_owned(),
            };
            if let Some(then) = before.as_ref().as_ref().and_then(|b| b.combined.overall) {
                key.push(' ');
                key.push_str(&fill(
                    tt::MEETING_TREND.get(lang),
                    &[("score", &display_score(then).to_string())],
                ));
            }
            key
        }
        Slide::Differ(page) if !differences.is_empty() => {
            let n = differences.len();
            let from = page * DIFFERENCES_PER_SLIDE + 1;
            let to = (from + DIFFERENCES_PER_SLIDE - 1).min(n);
            format!(
                "{} {}",
                fill(tt::DIFFER_COUNT.get(lang, n), &[("n", &n.to_string())]),
                fill(
                    tt::MEETING_ITEMS.get(lang),
                    &[
                        ("from", &from.to_string()),
                        ("to", &to.to_string()),
                        ("n", &n.to_string())
                    ]
                )
            )
        }
        Slide::Differ(_) => tt::DIFFER_NONE.get(lang).to_owned(),
        Slide::Partners => fill(
            tt::RESPONDENTS_TITLE.get(lang),
            &[("n", &props.summary.respondents.to_string())],
        ),
        Slide::Agreed => fill(
            tt::MEETING_AGREED_COUNT.get(lang),
            &[(
                "n",
                &agreed
                    .areas
                    .iter()
                    .filter(|a| a.stance != Stance::None)
                    .count()
                    .to_string(),
            )],
        ),
        Slide::Actions | Slide::Plan => plan_count,
        Slide::Invite => props.invite.to_string(),
    };

    let body = match slide {
        Slide::LastPlan => last_plan_body(&last_plan.clone().unwrap_or_default(), lang, &survey),
        Slide::Picture => html! {
            <div class="samspil-meeting-picture">
                { team_radar("samspil-meeting-radar", &props.team, &props.summary, lang) }
            </div>
        },
        Slide::Differ(page) => {
            let mixed = props.summary.bank == MIXED;
            let start = page * DIFFERENCES_PER_SLIDE;
            html! {
                <ol class="samspil-differences samspil-meeting-differences" start={(start + 1).to_string()}>
                    { for differences.iter().skip(start).take(DIFFERENCES_PER_SLIDE).map(|d| entry(d, mixed, &props.summary.partners, lang)) }
                </ol>
            }
        }
        Slide::Partners => sector_table(&props.summary, lang),
        Slide::Agreed => agreed_body(&props.summary, &agreed, &props.team, lang, &edit_agreed),
        Slide::Actions => {
            let on_take = {
                let edit_plan = edit_plan.clone();
                Callback::from(move |source| {
                    edit_plan(&|p: &mut Plan| {
                        p.add(What::Suggested(source));
                    })
                })
            };
            team_actions(&props.actions, lang, Some((&props.plan, &on_take)))
        }
        Slide::Plan => plan_body(&props.plan, lang, &edit_plan),
        Slide::Invite => html! {
            <div class="samspil-invite">
                <div>
                    <p>{ tt::INVITE_BODY.get(lang) }</p>
                </div>
                { parts::qr_code(QrProps { text: props.invite.clone(), title: tt::INVITE_QR.get(lang).into(), lang, module: 10 }) }
            </div>
        },
    };
    let name_and_date = {
        let mut parts: Vec<String> = Vec::new();
        if !agreed.name.is_empty() {
            parts.push(agreed.name.clone());
        }
        if let Some(d) = agreed.meeting {
            parts.push(d.iso());
        }
        parts.join(" · ")
    };
    html! {
        <section class="samspil-meeting is-room" aria-labelledby="samspil-meeting-title"
            data-slide={format!("{slide:?}")} onpointerdown={on_pointer_down} onpointerup={on_pointer_up}>
            <div class="samspil-meeting-bar">
                <h1 id="samspil-meeting-title" class="samspil-meeting-label">
                    { tt::MEETING_TITLE.get(lang) }
                    if !name_and_date.is_empty() {
                        <span class="samspil-meeting-name">{ format!(" · {name_and_date}") }</span>
                    }
                </h1>
                <p class="samspil-meeting-position" role="status" aria-live="polite" aria-atomic="true">
                    { fill(tt::MEETING_POSITION.get(lang), &[("k", &(index + 1).to_string()), ("total", &count.to_string()), ("title", title)]) }
                </p>
            </div>
            <h2 class="samspil-meeting-heading" tabindex="-1" ref={heading}>{ title }</h2>
            <p class="samspil-meeting-key">{ key }</p>
            <div class="samspil-meeting-body">{ body }</div>
            <div class="samspil-meeting-nav">
                <button type="button" class="samspil-button" onclick={go(Move::Prev)}>{ tt::MEETING_PREV.get(lang) }</button>
                <button type="button" class="samspil-button samspil-primary" onclick={go(Move::Next)}>{ tt::MEETING_NEXT.get(lang) }</button>
                <button type="button" class="samspil-button" onclick={on_leave}>{ tt::MEETING_LEAVE.get(lang) }</button>
                <p class="samspil-hint samspil-meeting-hint">{ tt::MEETING_HINT.get(lang) }{ " " }{ tt::MEETING_HINT_TOUCH.get(lang) }</p>
            </div>
        </section>
    }
}

/// Last time's plan, each action with its owner and date, to mark done, partly
/// done or not done (kept in the team link, `q=`).
fn last_plan_body(plan: &Rc<Plan>, lang: Lang, survey: &crate::ui::shared::hooks::Survey) -> Html {
    let items = plan.items.iter().enumerate().map(|(i, item)| {
        let name = format!("samspil-meeting-earlier-{}", i + 1);
        let marks = Status::MARKS.iter().map(|&status| {
            let survey = survey.clone();
            let plan = plan.clone();
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
        html! {
            <li>
                <fieldset class="samspil-meeting-mark">
                    <legend>{ item_text(item, lang) }</legend>
                    <p class="samspil-hint">{ owner_and_due(item.owner.as_str(), item.due, lang) }</p>
                    <div class="samspil-marks">{ for marks }</div>
                </fieldset>
            </li>
        }
    });
    html! { <ol class="samspil-plan-list samspil-meeting-list">{ for items }</ol> }
}

fn owner_and_due(owner: &str, due: Option<Date>, lang: Lang) -> String {
    let owner = if owner.is_empty() {
        tt::PLAN_NO_OWNER.get(lang)
    } else {
        owner
    };
    let due = due.map_or_else(|| tt::PLAN_NO_DATE.get(lang).to_owned(), |d| d.iso());
    format!(
        "{}: {owner} · {}: {due}",
        tt::PLAN_OWNER.get(lang),
        tt::PLAN_DUE.get(lang)
    )
}

/// The plan as the room agrees it: each action with an owner and a due date to
/// fill in there and then.
fn plan_body(
    plan: &Plan,
    lang: Lang,
    edit: &(impl Fn(&dyn Fn(&mut Plan)) + Clone + 'static),
) -> Html {
    if plan.items.is_empty() {
        return html! { <p>{ tt::PLAN_EMPTY.get(lang) }</p> };
    }
    let items = plan.items.iter().enumerate().map(|(i, item)| {
        let id = format!("samspil-meeting-plan-{}", i + 1);
        let on_owner = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    let v = input.value();
                    edit(&|p: &mut Plan| p.set_owner(i, &v));
                }
            })
        };
        let on_due = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    let v = Date::parse_iso(&input.value());
                    edit(&|p: &mut Plan| p.set_due(i, v));
                }
            })
        };
        html! {
            <li class="samspil-plan-item" key={format!("{i}-{}", item_text(item, Lang::En))}>
                <p class="samspil-plan-text" id={format!("{id}-text")}>{ item_text(item, lang) }</p>
                <div class="samspil-meeting-fields">
                    <label for={format!("{id}-owner")}>{ tt::PLAN_OWNER.get(lang) }</label>
                    <input id={format!("{id}-owner")} type="text" maxlength={OWNER_MAX_CHARS.to_string()}
                        value={item.owner.clone()} onchange={on_owner} autocomplete="off"
                        aria-describedby={format!("{id}-text")} />
                    <label for={format!("{id}-due")}>{ tt::PLAN_DUE.get(lang) }</label>
                    <input id={format!("{id}-due")} type="date" value={item.due.map(|d| d.iso()).unwrap_or_default()}
                        onchange={on_due} aria-describedby={format!("{id}-text")} />
                </div>
            </li>
        }
    });
    html! { <ol class="samspil-plan-list samspil-meeting-list">{ for items }</ol> }
}

/// Per area: the team figure, and the view the meeting agrees on (a score, or "we
/// disagree", with a short note); above them, the partnership's name and the date.
fn agreed_body(
    summary: &TeamSummary,
    agreed: &Agreed,
    team: &[Response],
    lang: Lang,
    edit: &(impl Fn(&dyn Fn(&mut Agreed)) + Clone + 'static),
) -> Html {
    let on_name = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let v = input.value();
                edit(&|a: &mut Agreed| a.set_name(&v));
            }
        })
    };
    let on_date = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let v = Date::parse_iso(&input.value());
                edit(&|a: &mut Agreed| a.meeting = v);
            }
        })
    };
    // Suggested from the team's answers until the facilitator writes one (a name
    // given by two people at least: one person's own label stays theirs).
    let name = if agreed.name.is_empty() {
        crate::model::export::partnership_name(team, true).unwrap_or_default()
    } else {
        agreed.name.clone()
    };
    let rows = Area::ALL.iter().map(|&area| {
        let view = agreed.view(area);
        let area_name = area.info().name.get(lang);
        let id = format!("samspil-agreed-{}", area.slug());
        let figure = score_text(summary.areas[area.index()].weighted);
        let on_score = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    let stance = match input.value().trim().parse::<f64>() {
                        Ok(v) if (0.0..=100.0).contains(&v) => Stance::Score(v.round() as u8),
                        _ => Stance::None,
                    };
                    edit(&|a: &mut Agreed| a.set_stance(area, stance));
                }
            })
        };
        let on_disagree = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    let stance = if input.checked() { Stance::Disagree } else { Stance::None };
                    edit(&|a: &mut Agreed| a.set_stance(area, stance));
                }
            })
        };
        let on_note = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    let v = input.value();
                    edit(&|a: &mut Agreed| a.set_note(area, &v));
                }
            })
        };
        let score = match view.stance {
            Stance::Score(s) => s.to_string(),
            _ => String::new(),
        };
        html! {
            <tr>
                <th scope="row" id={format!("{id}-area")}>{ area_name }</th>
                <td class="samspil-num">{ figure }</td>
                <td>
                    <input id={format!("{id}-score")} type="number" min="0" max="100" step="1" inputmode="numeric"
                        class="samspil-agreed-score" value={score} onchange={on_score}
                        disabled={view.stance == Stance::Disagree}
                        aria-label={fill(tt::AGREED_SCORE_FOR.get(lang), &[("area", area_name)])} />
                </td>
                <td>
                    <label class="samspil-check">
                        <input type="checkbox" checked={view.stance == Stance::Disagree} onchange={on_disagree}
                            aria-describedby={format!("{id}-area")} />
                        <span>{ tt::AGREED_DISAGREE.get(lang) }</span>
                    </label>
                </td>
                <td>
                    <input id={format!("{id}-note")} type="text" maxlength={NOTE_MAX_CHARS.to_string()}
                        value={view.note.clone()} onchange={on_note} autocomplete="off"
                        aria-label={fill(tt::AGREED_NOTE_FOR.get(lang), &[("area", area_name)])} />
                </td>
            </tr>
        }
    });
    html! {
        <div class="samspil-meeting-agreed">
            <div class="samspil-meeting-fields">
                <label for="samspil-agreed-name">{ texts::LABEL_LABEL.get(lang) }</label>
                <input id="samspil-agreed-name" type="text" maxlength={NAME_MAX_CHARS.to_string()}
                    value={name} onchange={on_name} autocomplete="off" />
                <label for="samspil-agreed-date">{ tt::AGREED_DATE.get(lang) }</label>
                <input id="samspil-agreed-date" type="date"
                    value={agreed.meeting.map(|d| d.iso()).unwrap_or_default()} onchange={on_date} />
            </div>
            <table class="samspil-table samspil-agreed-table">
                <caption class="samspil-meeting-sr">{ tt::MEETING_AGREED_TITLE.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ crate::model::texts::FILE_AREA.get(lang) }</th>
                        <th scope="col">{ tt::TEAM_MEAN.get(lang) }</th>
                        <th scope="col">{ tt::AGREED_SCORE.get(lang) }</th>
                        <th scope="col"><span class="samspil-meeting-sr">{ tt::AGREED_DISAGREE.get(lang) }</span></th>
                        <th scope="col">{ tt::AGREED_NOTE.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
