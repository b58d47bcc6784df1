use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::plan::Plan;
use crate::model::remedies::Action;
use crate::model::team::TeamSummary;
use crate::model::{texts_team as tt, Lang, Response, Tr};
use crate::ui::shared::browser;
use crate::ui::shared::overall::overall;
use crate::ui::shared::qr::QrProps;
use crate::ui::team::actions::team_actions;
use crate::ui::team::disagreements::Disagreements;
use crate::ui::team::parts;
use crate::ui::team::plan::item_text;
use crate::ui::team::radar::team_radar;
use crate::ui::team::sector_table::sector_table;

/// The sections, one per screen, in order.
const SECTIONS: [Tr; 6] = [
    tt::TEAM_TITLE,
    tt::DIFFER_TITLE,
    tt::SECTOR_TITLE,
    tt::TEAM_ACTIONS_TITLE,
    tt::PLAN_TITLE,
    tt::INVITE_TITLE,
];
/// Disagreements that fit on one projected screen.
const DIFFERENCES_SHOWN: usize = 4;

#[derive(Properties, PartialEq, Clone)]
pub struct MeetingProps {
    pub team: Rc<[Response]>,
    pub summary: Rc<TeamSummary>,
    pub actions: Rc<[Action]>,
    /// The team's action plan.
    pub plan: Rc<Plan>,
    pub lang: Lang,
    /// The address of the self-check, for the invitation.
    pub invite: AttrValue,
    pub on_leave: Callback<()>,
}

/// Moves between sections.
enum Move {
    Prev,
    Next,
    First,
    Last,
}

#[derive(PartialEq)]
struct Position(usize);

impl Reducible for Position {
    type Action = Move;
    fn reduce(self: Rc<Self>, m: Move) -> Rc<Self> {
        let last = SECTIONS.len() - 1;
        let next = match m {
            Move::Prev => self.0.saturating_sub(1),
            Move::Next => (self.0 + 1).min(last),
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

/// The meeting display: large type, one section per screen for a projector. The
/// arrow keys (and Page Up/Down, Home/End) move between sections, Escape leaves.
/// Moving by key puts focus on the new section's heading; the buttons keep focus
/// where it is. A live region says where you are either way.
#[component]
pub fn Meeting(props: &MeetingProps) -> Html {
    let lang = props.lang;
    let position = use_reducer(|| Position(0));
    let heading = use_node_ref();
    // Whether the next section change should move focus to its heading: on
    // opening and after a key, not after a button.
    let focus_heading = use_mut_ref(|| true);

    {
        let position = position.dispatcher();
        let on_leave = props.on_leave.clone();
        let focus_heading = focus_heading.clone();
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
                    let m = match e.key().as_str() {
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
                    position.dispatch(m);
                },
            );
            move || drop(listener)
        });
    }
    {
        let heading = heading.clone();
        let focus_heading = focus_heading.clone();
        use_effect_with(position.0, move |_| {
            if std::mem::take(&mut *focus_heading.borrow_mut()) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    browser::focus(&h);
                    h.scroll_into_view();
                }
            }
        });
    }

    let index = position.0;
    let title = SECTIONS[index].get(lang);
    let body = match index {
        0 => html! {
            <div class="samspil-meeting-radar">
                { team_radar("samspil-meeting-radar", &props.team, &props.summary, lang) }
                { overall(&props.summary.combined, lang) }
            </div>
        },
        1 => {
            html! { <Disagreements summary={props.summary.clone()} lang={lang} limit={Some(DIFFERENCES_SHOWN)} /> }
        }
        2 => sector_table(&props.summary, lang),
        3 => team_actions(&props.actions, lang, None),
        4 if props.plan.items.is_empty() => html! { <p>{ tt::PLAN_EMPTY.get(lang) }</p> },
        4 => html! {
            <ol class="samspil-plan-list samspil-meeting-plan">
                { for props.plan.items.iter().map(|item| {
                    let owner = if item.owner.is_empty() { tt::PLAN_NO_OWNER.get(lang).to_owned() } else { item.owner.clone() };
                    let due = item.due.map_or_else(|| tt::PLAN_NO_DATE.get(lang).to_owned(), |d| d.iso());
                    html! {
                        <li class="samspil-plan-item">
                            <p class="samspil-plan-text">{ item_text(item, lang) }</p>
                            <p class="samspil-hint">{ format!("{}: {owner} · {}: {due}", tt::PLAN_OWNER.get(lang), tt::PLAN_DUE.get(lang)) }</p>
                        </li>
                    }
                }) }
            </ol>
        },
        _ => html! {
            <div class="samspil-invite">
                <div>
                    <p>{ tt::INVITE_BODY.get(lang) }</p>
                    <p class="samspil-invite-address">{ props.invite.clone() }</p>
                </div>
                { parts::qr_code(QrProps { text: props.invite.clone(), title: tt::INVITE_QR.get(lang).into(), lang, module: 10 }) }
            </div>
        },
    };
    let go = |m: fn() -> Move| {
        let position = position.dispatcher();
        let focus_heading = focus_heading.clone();
        Callback::from(move |_| {
            // A button keeps focus (a key pressed at the first or last section may
            // have left the flag set).
            *focus_heading.borrow_mut() = false;
            position.dispatch(m())
        })
    };
    let on_leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_| on_leave.emit(()))
    };
    html! {
        <section class="samspil-meeting" aria-labelledby="samspil-meeting-title">
            <div class="samspil-meeting-bar">
                <h1 id="samspil-meeting-title" class="samspil-meeting-label">{ tt::MEETING_TITLE.get(lang) }</h1>
                <p class="samspil-meeting-position" role="status" aria-live="polite" aria-atomic="true">
                    { fill(tt::MEETING_POSITION.get(lang), &[("k", &(index + 1).to_string()), ("total", &SECTIONS.len().to_string()), ("title", title)]) }
                </p>
            </div>
            <h2 class="samspil-meeting-heading" tabindex="-1" ref={heading}>{ title }</h2>
            <div class="samspil-meeting-body">{ body }</div>
            <p class="samspil-hint samspil-meeting-hint">{ tt::MEETING_HINT.get(lang) }</p>
            <div class="samspil-meeting-nav">
                <button type="button" class="samspil-button" onclick={go(|| Move::Prev)}>{ tt::MEETING_PREV.get(lang) }</button>
                <button type="button" class="samspil-button samspil-primary" onclick={go(|| Move::Next)}>{ tt::MEETING_NEXT.get(lang) }</button>
                <button type="button" class="samspil-button" onclick={on_leave}>{ tt::MEETING_LEAVE.get(lang) }</button>
            </div>
        </section>
    }
}
