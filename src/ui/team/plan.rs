use std::rc::Rc;

use yew::prelude::*;

use crate::model::date::Date;
use crate::model::i18n::fill;
use crate::model::plan::{self, Plan, What, OWNER_MAX_CHARS, TEXT_MAX_CHARS};
use crate::model::session::PlanPart;
use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::error_message::decode_error_text;
use crate::ui::shared::hooks::use_survey;

/// The words of a plan item in a language: a suggested action in the reader's
/// language, the team's own words as they wrote them.
pub fn item_text(item: &plan::PlanItem, lang: Lang) -> String {
    match &item.what {
        What::Own(text) => text.clone(),
        What::Suggested(_) => item.action().map_or(String::new(), |a| {
            fill(a.text.get(lang), &[("area", a.area.info().name.get(lang))])
        }),
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct PlanSectionProps {
    pub plan: PlanPart,
    pub lang: Lang,
}

/// "Our action plan": the actions the team took from the suggestions or wrote
/// itself, each with an owner and a due date, reorderable and removable, and
/// downloadable as a calendar file. Every change goes into the team link.
#[component]
pub fn PlanSection(props: &PlanSectionProps) -> Html {
    let survey = use_survey();
    let lang = props.lang;
    let plan: Rc<Plan> = props.plan.ok().cloned().unwrap_or_default();
    let own = use_state(String::new);
    crate::ui::team::recent::use_unsaved_plan_guard();

    let edit = {
        let survey = survey.clone();
        let plan = plan.clone();
        move |f: &dyn Fn(&mut Plan)| {
            let mut p = (*plan).clone();
            f(&mut p);
            survey.set_plan(p);
        }
    };
    let on_own_input = {
        let own = own.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                own.set(input.value());
            }
        })
    };
    let on_own_submit = {
        let own = own.clone();
        let edit = edit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = (*own).clone();
            edit(&|p: &mut Plan| {
                p.add(What::Own(text.clone()));
            });
            own.set(String::new());
        })
    };
    // Actions the last calendar file left out for want of a date (said beside the button).
    let left_out = use_state(|| None::<usize>);
    let on_calendar = {
        let plan = plan.clone();
        let team = crate::ui::team::files::shown_team(&survey.view);
        let name = crate::ui::team::files::partnership(&survey.view, &team);
        let left_out = left_out.clone();
        Callback::from(move |_| {
            let n = crate::ui::team::files::calendar(&team, name.as_deref(), &plan, lang);
            left_out.set(Some(n))
        })
    };

    let count = plan.items.len();
    let items = plan.items.iter().enumerate().map(|(i, item)| {
        let n = (i + 1).to_string();
        let id = format!("samspil-plan-{}", i + 1);
        let on_owner = {
            let edit = edit.clone();
            Callback::from(move |v: String| edit(&|p: &mut Plan| p.set_owner(i, &v)))
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
        let mover = |delta: isize| {
            let edit = edit.clone();
            Callback::from(move |_: MouseEvent| edit(&|p: &mut Plan| p.move_by(i, delta)))
        };
        let on_remove = {
            let edit = edit.clone();
            Callback::from(move |_: MouseEvent| edit(&|p: &mut Plan| p.remove(i)))
        };
        html! {
            <li class="samspil-plan-item" key={format!("{i}-{}", item_text(item, Lang::En))}>
                <p class="samspil-plan-text" id={format!("{id}-text")}>{ item_text(item, lang) }</p>
                // On paper the fields print as text.
                <p class="samspil-print-only">{ format!("{}: {} · {}: {}", tt::PLAN_OWNER.get(lang),
                    if item.owner.is_empty() { tt::PLAN_NO_OWNER.get(lang).to_owned() } else { item.owner.clone() },
                    tt::PLAN_DUE.get(lang), item.due.map_or_else(|| tt::PLAN_NO_DATE.get(lang).to_owned(), |d| d.iso())) }</p>
                <div class="samspil-plan-fields samspil-no-print">
                    <OwnerField id={id.clone()} owner={item.owner.clone()} on_commit={on_owner} {lang} />
                    <div class="samspil-field">
                        <label for={format!("{id}-due")}>{ tt::PLAN_DUE.get(lang) }</label>
                        <input id={format!("{id}-due")} type="date" value={item.due.map(|d| d.iso()).unwrap_or_default()}
                            onchange={on_due} aria-describedby={format!("{id}-text")} />
                    </div>
                </div>
                <div class="samspil-actions samspil-no-print">
                    // Short words on the buttons, the whole sentence as their names
                    // (which contain the visible word, as WCAG 2.5.3 asks).
                    <button type="button" class="samspil-button" disabled={i == 0} onclick={mover(-1)}
                        aria-label={fill(tt::PLAN_MOVE_UP.get(lang), &[("n", &n)])}>
                        <span aria-hidden="true">{ "↑ " }</span>{ tt::PLAN_UP.get(lang) }
                    </button>
                    <button type="button" class="samspil-button" disabled={i + 1 == count} onclick={mover(1)}
                        aria-label={fill(tt::PLAN_MOVE_DOWN.get(lang), &[("n", &n)])}>
                        <span aria-hidden="true">{ "↓ " }</span>{ tt::PLAN_DOWN.get(lang) }
                    </button>
                    <button type="button" class="samspil-button" onclick={on_remove}
                        aria-label={fill(tt::PLAN_REMOVE.get(lang), &[("n", &n)])}>
                        { tt::PLAN_REMOVE_SHORT.get(lang) }
                    </button>
                </div>
            </li>
        }
    });
    let own_count = own.chars().count();
    html! {
        <section class="samspil-plan" aria-labelledby="samspil-plan-title">
            <h2 id="samspil-plan-title">{ tt::PLAN_TITLE.get(lang) }</h2>
            <p class="samspil-no-print">{ tt::PLAN_INTRO.get(lang) }</p>
            if let Some(error) = props.plan.error() {
                <p class="samspil-notice is-problem" role="alert">
                    { fill(tt::PLAN_DAMAGED.get(lang), &[("reason", decode_error_text(error).get(lang))]) }
                </p>
            }
            <p class="samspil-plan-count" role="status">{ fill(tt::PLAN_COUNT.get(lang), &[("n", &count.to_string())]) }</p>
            if plan.items.is_empty() {
                <p class="samspil-no-print">{ tt::PLAN_EMPTY.get(lang) }</p>
            } else {
                <ol class="samspil-plan-list">{ for items }</ol>
            }
            if plan.is_full() {
                <p class="samspil-hint samspil-no-print">{ tt::PLAN_FULL.get(lang) }</p>
            } else {
                <form class="samspil-plan-own samspil-no-print" onsubmit={on_own_submit}>
                    <label for="samspil-plan-own">{ tt::PLAN_OWN_LABEL.get(lang) }</label>
                    <input id="samspil-plan-own" type="text" maxlength={TEXT_MAX_CHARS.to_string()} value={(*own).clone()}
                        oninput={on_own_input} autocomplete="off" aria-describedby="samspil-plan-own-count" />
                    <span class="samspil-count" id="samspil-plan-own-count">
                        { fill(tt::PLAN_CHARS.get(lang), &[("n", &own_count.to_string()), ("max", &TEXT_MAX_CHARS.to_string())]) }
                    </span>
                    <div class="samspil-actions">
                        <button type="submit" class="samspil-button" disabled={own.trim().is_empty()}>{ tt::PLAN_OWN_ADD.get(lang) }</button>
                    </div>
                </form>
            }
            if !plan.items.is_empty() {
                <div class="samspil-actions samspil-no-print">
                    <button type="button" class="samspil-button samspil-primary" onclick={on_calendar}>{ tt::PLAN_CALENDAR.get(lang) }</button>
                </div>
                if let Some(n) = (*left_out).filter(|n| *n > 0) {
                    <p class="samspil-hint samspil-no-print" role="status">{ fill(tt::CALENDAR_LEFT_OUT.get(lang), &[("n", &n.to_string())]) }</p>
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OwnerFieldProps {
    id: AttrValue,
    owner: AttrValue,
    on_commit: Callback<String>,
    lang: Lang,
}

/// An action's owner, taken into the plan (and the team link) as it is typed, with
/// a counter that follows. Until the field is left it shows what was typed: the
/// plan keeps the owner trimmed, and a re-render while typing would otherwise eat a
/// space just typed, or put an older owner back (field test, polish 17).
#[component]
fn OwnerField(props: &OwnerFieldProps) -> Html {
    let typed = use_state(|| None::<AttrValue>);
    let oninput = {
        let typed = typed.clone();
        let commit = props.on_commit.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let v = input.value();
                commit.emit(v.clone());
                typed.set(Some(v.into()));
            }
        })
    };
    let onblur = {
        let typed = typed.clone();
        Callback::from(move |_: FocusEvent| typed.set(None))
    };
    let value = (*typed).clone().unwrap_or_else(|| props.owner.clone());
    let (id, lang) = (&props.id, props.lang);
    html! {
        <div class="samspil-field">
            <label for={format!("{id}-owner")}>{ tt::PLAN_OWNER.get(lang) }</label>
            <input id={format!("{id}-owner")} type="text" maxlength={OWNER_MAX_CHARS.to_string()}
                value={value.clone()} {oninput} {onblur} autocomplete="off"
                aria-describedby={format!("{id}-text {id}-owner-count")} />
            <span class="samspil-count" id={format!("{id}-owner-count")}>
                { fill(tt::PLAN_CHARS.get(lang), &[("n", &value.chars().count().to_string()), ("max", &OWNER_MAX_CHARS.to_string())]) }
            </span>
        </div>
    }
}
