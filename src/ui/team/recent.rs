//! The facilitator's recent teams (issue 31): the latest team link of each
//! partnership, kept on this device only (see [`crate::model::recent`]). Kept from
//! the team link section, listed on the empty team page; both load lazily.

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::recent::{self, Kept};
use crate::model::session::TeamPage;
use crate::model::{texts_team as tt, Lang};

/// The one key of this list on the device.
const KEY: &str = "samspil:teams:v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether this device keeps any team: the empty team page lists them, and loads
/// the part that does only then.
pub fn any_kept() -> bool {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .is_some_and(|v| !v.trim().is_empty())
}

fn load() -> Vec<Kept> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map(|t| recent::parse(&t))
        .unwrap_or_default()
}

/// Whether the list was written.
fn store(list: &[Kept]) -> bool {
    // A device that refuses only loses the convenience: the link is what counts.
    storage().is_some_and(|s| {
        if list.is_empty() {
            s.remove_item(KEY).is_ok()
        } else {
            s.set_item(KEY, &recent::write(list)).is_ok()
        }
    })
}

thread_local! {
    /// The team fragment last kept on this device in this tab.
    static KEPT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keeps this team as its partnership's latest on the device.
pub fn remember(page: &TeamPage, name: Option<String>) {
    let entry = Kept {
        saved: crate::ui::shared::browser::today(),
        name: name.unwrap_or_default(),
        fragment: page.fragment(),
    };
    let fragment = entry.fragment.clone();
    if store(&recent::keep(&load(), entry)) {
        KEPT.with(|k| *k.borrow_mut() = Some(fragment));
    }
}

/// The plan part (`p=`) of a fragment.
fn plan_of(fragment: &str) -> Option<String> {
    fragment
        .split('&')
        .find_map(|kv| kv.strip_prefix("p="))
        .map(str::to_owned)
}

/// Leaving the team view with changes to the plan that are neither in the team
/// link it was opened with nor kept on this device asks first (the browser's own
/// "Leave site?" question). Changes kept on the device are not lost, so they do
/// not ask.
#[hook]
pub fn use_unsaved_plan_guard() {
    use_effect_with((), |_| {
        let opened = plan_of(&crate::ui::shared::browser::fragment());
        let listener = gloo::events::EventListener::new(
            &gloo::utils::window(),
            "beforeunload",
            move |event| {
                let now = plan_of(&crate::ui::shared::browser::fragment());
                let kept = KEPT.with(|k| k.borrow().as_deref().map(plan_of));
                if now != opened && kept != Some(now) {
                    event.prevent_default();
                    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                }
            },
        );
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq, Clone)]
pub struct RecentTeamsProps {
    pub lang: Lang,
}

/// The list of teams kept on this device, each to open or remove.
#[component]
pub fn RecentTeams(props: &RecentTeamsProps) -> Html {
    let lang = props.lang;
    let list = use_state(load);
    if list.is_empty() {
        return html! {};
    }
    let items = list.iter().enumerate().map(|(i, k)| {
        let name = if k.name.is_empty() {
            tt::RECENT_UNNAMED.get(lang).to_owned()
        } else {
            k.name.clone()
        };
        let fragment = k.fragment.clone();
        let on_open = Callback::from(move |_| {
            // The address's fragment opens the team as a pasted link would.
            let _ = gloo::utils::window().location().set_hash(&fragment);
        });
        let on_remove = {
            let list = list.clone();
            Callback::from(move |_| {
                let next = recent::remove(&list, i);
                let _ = store(&next);
                list.set(next);
            })
        };
        html! {
            <li>
                <span>{ fill(tt::RECENT_ITEM.get(lang), &[("name", &name), ("date", &k.saved.iso())]) }</span>
                <button type="button" class="samspil-button" onclick={on_open}>{ fill(tt::RECENT_OPEN.get(lang), &[("name", &name)]) }</button>
                <button type="button" class="samspil-button" onclick={on_remove}>{ fill(tt::RECENT_REMOVE.get(lang), &[("name", &name)]) }</button>
            </li>
        }
    });
    html! {
        <section class="samspil-recent samspil-no-print" aria-labelledby="samspil-recent-title">
            <h2 id="samspil-recent-title">{ tt::RECENT_TITLE.get(lang) }</h2>
            <p class="samspil-hint">{ tt::RECENT_INTRO.get(lang) }</p>
            <ul class="samspil-recent-list">{ for items }</ul>
        </section>
    }
}
