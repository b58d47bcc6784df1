//! The root component: owns the state, and is the only place with side effects on
//! storage and the address bar.

use yew::prelude::*;

use super::browser;
use super::hooks::SurveyContext;
use super::lang_switch::LangSwitch;
use super::link_error::LinkErrorView;
use super::notice::NoticeBar;
use super::results::ResultsView;
use super::start::StartView;
use super::state::{Action, Boot, Notice, State};
use super::step::StepView;
use super::storage;
use crate::model::session::{own_fragment, View};
use crate::model::{texts, Lang};

fn initial_lang() -> Lang {
    storage::load_lang()
        .and_then(|code| Lang::from_tag(&code))
        .unwrap_or_else(|| {
            Lang::negotiate(browser::preferred_languages().iter().map(String::as_str))
        })
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(Lang::En, browser::today()));

    // Start-up: read the address and the device once, then follow the address when
    // the person uses back/forward or pastes a link into the address bar.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            state.dispatch(Action::Boot(Boot {
                lang: initial_lang(),
                fragment: browser::fragment(),
                stored: storage::load_check(),
                today: browser::today(),
            }));
            let on_change = {
                let state = state.clone();
                move |_: &Event| {
                    state.dispatch(Action::OpenFragment(browser::fragment(), browser::today()))
                }
            };
            let window = gloo::utils::window();
            let listeners = [
                gloo::events::EventListener::new(&window, "popstate", on_change.clone()),
                gloo::events::EventListener::new(&window, "hashchange", on_change),
            ];
            move || drop(listeners)
        });
    }

    // Keep the person's own check in the address and on the device.
    {
        let state = state.clone();
        let previous_view = use_mut_ref(|| None::<View>);
        use_effect_with(
            (state.view.clone(), state.response.clone(), state.booted),
            move |(view, response, booted)| {
                if !*booted {
                    return;
                }
                let Some(fragment) = own_fragment(view, response) else {
                    return;
                };
                let untouched = *view == View::Start && response.answered_count() == 0;
                if untouched {
                    // Nothing to keep yet; a damaged link that was left is dropped.
                    browser::clear_fragment();
                } else {
                    let new_view = previous_view.borrow().as_ref() != Some(view);
                    // A new step gets a history entry, so back/forward move between steps.
                    browser::set_fragment(&fragment, new_view && previous_view.borrow().is_some());
                    match storage::save_check(&fragment) {
                        Ok(()) => state.dispatch(Action::Saved(true)),
                        Err(_) => {
                            state.dispatch(Action::Saved(false));
                            state.dispatch(Action::Notice(Notice::StorageUnavailable));
                        }
                    }
                }
                *previous_view.borrow_mut() = Some(view.clone());
            },
        );
    }

    // The interface language: remembered, and announced to assistive technology.
    use_effect_with((state.lang, state.booted), |(lang, booted)| {
        browser::set_document_lang(lang.code());
        if *booted {
            storage::save_lang(lang.code());
        }
    });

    if !state.booted {
        // Nothing yet: the page's own loading indicator stays visible.
        return html! {};
    }
    let lang = state.lang;
    let view = match &state.view {
        View::Start => html! { <StartView /> },
        View::Step(k) => html! { <StepView index={*k} /> },
        View::Results => {
            html! { <ResultsView response={std::rc::Rc::new(state.response.clone())} shared={false} /> }
        }
        View::Shared(r) => html! { <ResultsView response={r.clone()} shared={true} /> },
        View::Team(_) => {
            html! { <LinkErrorView error={crate::model::codec::DecodeError::WrongKind} /> }
        }
        View::LinkError(e) => html! { <LinkErrorView error={e.clone()} /> },
    };
    let own_check = matches!(state.view, View::Start | View::Step(_) | View::Results);

    html! {
        <ContextProvider<SurveyContext> context={state.clone()}>
            <div class="samspil-app" lang={lang.code()}>
                <header class="samspil-header">
                    <p class="samspil-brand">
                        <span class="samspil-brand-name">{ texts::APP_NAME.get(lang) }</span>
                        <span class="samspil-brand-tagline">{ texts::TAGLINE.get(lang) }</span>
                    </p>
                    <LangSwitch />
                </header>
                if let Some(notice) = state.notice {
                    <NoticeBar notice={notice} />
                }
                <main class="samspil-main">{ view }</main>
                <footer class="samspil-footer">
                    <p>{ texts::FOOTER_PRIVACY.get(lang) }</p>
                    if own_check && state.saved {
                        <p class="samspil-saved">{ texts::SAVED_ON_DEVICE.get(lang) }</p>
                    }
                </footer>
            </div>
        </ContextProvider<SurveyContext>>
    }
}
