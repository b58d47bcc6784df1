//! The root component: owns the state, and is the only place with side effects on
//! storage and the address bar.
//!
//! Samspil is three pages over one crate, each with its own wasm, so a visitor
//! downloads only what the page in front of them needs:
//! - the self-check (`index.html`, [`crate::ui::check::SelfCheck`]): the start and
//!   the statements, what every first visit needs;
//! - the person's result (`result.html`, [`crate::ui::check::ResultPage`]): their
//!   own result and a result opened from a link, with its radar, actions and share
//!   link;
//! - the facilitator's team view (`team.html`, [`crate::ui::team::Facilitator`]).
//!
//! A [`Product`] says which page it is; a view another page shows is handed over to
//! that page with the address as it stands, so every link opens wherever it lands and
//! no answer stays behind (the person's own check lives on the device, which all
//! pages share, and travels in the address of the handover too).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::i18n::Texts;
use crate::model::options::Options;
use crate::model::session::{own_fragment, step_fragment, View};
use crate::model::Response;
use crate::model::{i18n, texts, Lang};
use crate::ui::check::results::ResultsView;
use crate::ui::check::start::StartView;
use crate::ui::check::step::StepView;
use crate::ui::shared::browser;
use crate::ui::shared::hooks::SurveyContext;
use crate::ui::shared::lang_switch::LangSwitch;
use crate::ui::shared::link_error::{LinkErrorProps, LinkErrorView};
use crate::ui::shared::notice::notice_text;
use crate::ui::shared::state::{Action, Boot, Notice, Opener, State};
use crate::ui::shared::storage;
use crate::ui::team::parts;
use crate::ui::team::summary_view::SummaryViewProps;
use crate::ui::team::view::TeamView;

/// The language to start in, and whether it is the person's own earlier choice.
fn initial_lang() -> (Lang, bool) {
    match storage::load_lang().and_then(|code| Lang::from_tag(&code)) {
        Some(lang) => (lang, true),
        None => (
            Lang::negotiate(browser::preferred_languages().iter().map(String::as_str)),
            false,
        ),
    }
}

/// Samspil's pages. They sit side by side in one folder, so each names the others
/// relative to itself and the bundle works under any sub-path.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    Check,
    Result,
    Team,
}

impl Page {
    /// The page that shows a view. A damaged link is explained where it landed.
    pub fn of(view: &View) -> Option<Page> {
        match view {
            View::Start | View::Step(_) => Some(Page::Check),
            View::Results | View::Shared(_) => Some(Page::Result),
            View::Team(_) | View::Summary(_) => Some(Page::Team),
            View::LinkError(_) => None,
        }
    }

    /// The page's address, relative to any of the pages.
    pub fn address(self) -> &'static str {
        match self {
            Page::Check => "./",
            Page::Result => "result.html",
            Page::Team => "team.html",
        }
    }
}

/// One of Samspil's pages.
pub trait Product: 'static {
    const PAGE: Page;
    /// Whether this page keeps the person's own check in the address and on the
    /// device (the self-check and the result do; the team view never writes it).
    const OWN_CHECK: bool;
    /// How this page reads an address (only the team page reads team links).
    const OPEN: Opener;
    /// The views of this page (a view of another page is never passed).
    fn view(view: &View, response: &Response) -> Html;
}

#[component]
pub fn App<P: Product>() -> Html {
    // The address and the device are read as the state is made, so the very first
    // render draws the page the address asks for: no empty first render, and no
    // second round of effects and renders before the first question shows.
    // Reading is not a side effect; the listeners below are set up in an effect.
    let state = use_reducer(|| {
        let (lang, lang_saved) = initial_lang();
        State::started(
            P::OPEN,
            Boot {
                lang,
                lang_saved,
                framed: browser::is_framed(),
                team_page: !P::OWN_CHECK,
                // The person's own result, as this tab wrote it (`r=…` with the tab's
                // mark), is read as their own check, also where the device keeps nothing.
                fragment: if P::OWN_CHECK && browser::own_result_marked() {
                    crate::model::session::as_own_result(&browser::fragment())
                } else {
                    browser::fragment()
                },
                stored: storage::load_check(),
                tab: storage::load_tab_check(),
                today: browser::today(),
            },
        )
    });

    // Then follow the address when the person uses back/forward or pastes a link
    // into the address bar, and another tab's saves.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let on_change = {
                let state = state.clone();
                move |_: &Event| {
                    state.dispatch(Action::OpenFragment(browser::fragment(), browser::today()))
                }
            };
            // Another tab or widget saved the check: take its answers over, so two
            // tabs never silently undo each other's answers (the newest save wins,
            // and this tab says so).
            let on_storage = {
                let state = state.clone();
                move |e: &Event| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if let (Some(storage::KEY), Some(value)) = (e.key().as_deref(), e.new_value()) {
                        state.dispatch(Action::Adopt(value, browser::today()));
                    }
                }
            };
            let window = gloo::utils::window();
            let listeners = [
                gloo::events::EventListener::new(&window, "popstate", on_change.clone()),
                gloo::events::EventListener::new(&window, "hashchange", on_change),
                gloo::events::EventListener::new(&window, "storage", on_storage),
            ];
            move || drop(listeners)
        });
    }

    // Keep the person's own check in the address and on the device.
    {
        let state = state.clone();
        let previous_view = use_mut_ref(|| None::<View>);
        use_effect_with(
            (
                state.view.clone(),
                state.response.clone(),
                state.booted,
                state.options.clone(),
                state.invitation.clone(),
            ),
            move |(view, response, booted, options, invitation)| {
                if !*booted || !P::OWN_CHECK {
                    return;
                }
                let (Some(full), Some(step)) = (
                    own_check_fragment(view, response, invitation.as_deref()),
                    step_fragment(view),
                ) else {
                    return;
                };
                let untouched = *view == View::Start && response.answered_count() == 0;
                if Page::of(view).is_some_and(|page| page != P::PAGE) {
                    // Another page shows this view: it is handed over with the answers
                    // in its address. This address stays where the person was, so the
                    // back button returns there and not into the handover again.
                    let _ = storage::save_check(&full);
                } else if untouched {
                    // Nothing to keep yet; a damaged link that was left is dropped, but a
                    // widget's own options stay, or a reload would leave embed mode, and
                    // so does an invitation, or a reload would lose what it filled in.
                    match invitation {
                        Some(invitation) => browser::clear_fragment(&with_options(
                            format!(
                                "n={}{invitation}",
                                crate::model::codec::percent_encode(&response.label)
                            ),
                            options,
                        )),
                        None => browser::clear_fragment(&options.to_params()),
                    }
                } else {
                    // Saving on the device costs microseconds; rewriting the address costs
                    // milliseconds in Chromium. So the address carries the answers only
                    // when the device cannot keep them, and otherwise just the step.
                    let saved = storage::save_check(&full).is_ok();
                    if !saved {
                        // This tab's own: after a reload the address is not someone else's.
                        storage::save_tab_check(&full);
                    }
                    let new_view = previous_view.borrow().as_ref() != Some(view);
                    // A new step gets a history entry, so back/forward move between steps.
                    // Inside a host page, history entries would hijack the host's back button.
                    // After back/forward (or a pasted address) the address already shows
                    // the view: a new entry there would cut off the forward entries and
                    // leave a copy of this one behind (audit E10), so it is replaced.
                    let push = new_view
                        && previous_view.borrow().is_some()
                        && !options.embedded
                        && !shows(&state, &browser::fragment(), view);
                    if *view == View::Results {
                        // The result's address is its link, answers and all: what a
                        // browser's own share button or a copied address bar sends.
                        // Where the device keeps nothing, the invitation travels on in
                        // the address too, so a reload can still send to the facilitator.
                        let mut address = crate::model::session::own_result_fragment(response);
                        if let (false, Some(invitation)) = (saved, invitation) {
                            address.push_str(invitation);
                        }
                        let address = with_options(address, options);
                        browser::set_own_result_fragment(&address, push);
                    } else {
                        let address = with_options(if saved { step } else { full }, options);
                        browser::set_fragment(&address, push);
                    }
                    state.dispatch(Action::Saved(saved));
                    if !saved {
                        state.dispatch(Action::Notice(Notice::StorageUnavailable));
                    }
                }
                *previous_view.borrow_mut() = Some(view.clone());
            },
        );
    }

    // Keep the team in the address while the facilitator edits it (replacing the
    // entry: each edit is not a step back/forward should visit).
    use_effect_with(
        (state.view.clone(), state.booted, state.options.clone()),
        |(view, booted, options)| {
            // Only the team page: on the self-check, the team view is a handover,
            // and the address still holds the person's own check.
            if let (true, false, View::Team(page)) = (*booted, P::OWN_CHECK, view) {
                if page.team.is_empty() {
                    browser::clear_fragment(&options.to_params());
                } else {
                    // The comparison and the plans travel with the team (`&b=…&p=…`), so
                    // they survive a reload and go wherever the team link goes.
                    browser::set_fragment(&with_options(page.fragment(), options), false);
                }
            }
        },
    );

    // The texts of the page's language, and of a language the person chose: loaded
    // from the page's own folder, one language at a time. The self-check's page and
    // the team page load their own packs, unless a check on bank 1 (begun before
    // bank 2) is shown, whose statements only the whole pack holds.
    let need = texts_needed(P::PAGE, &state);
    use_effect_with((state.booted, state.lang, state.pending_lang, need), {
        let state = state.clone();
        move |(booted, lang, pending, need)| {
            let need = *need;
            let want = pending.or((!i18n::is_installed(*lang, need)).then_some(*lang));
            if let (true, Some(want)) = (*booted, want) {
                if i18n::is_installed(want, need) {
                    state.dispatch(Action::PackLoaded(want));
                } else {
                    wasm_bindgen_futures::spawn_local(async move {
                        let action = match load_pack(want, need == Texts::Whole).await {
                            Ok(()) => Action::PackLoaded(want),
                            Err(problem) => {
                                gloo::console::warn!(format!(
                                    "Samspil: the {} texts could not be loaded: {problem}",
                                    want.code()
                                ));
                                Action::PackFailed(want)
                            }
                        };
                        state.dispatch(action);
                    });
                }
            }
        }
    });

    // The interface language: announced to assistive technology, and remembered
    // only when the person chose it (a language in someone else's link is not a
    // choice of theirs).
    use_effect_with((state.lang, state.lang_chosen), |(lang, chosen)| {
        browser::set_document_lang(lang.code());
        if *chosen {
            storage::save_lang(lang.code());
        }
    });

    // A saved check that could not be read is set aside once, so its notice is true
    // and does not come back on every load.
    use_effect_with(state.stored_unreadable, |unreadable| {
        if *unreadable {
            storage::set_aside_check();
        }
    });

    // Host options: accent colour and font as custom properties (checked values only,
    // set through the CSS object model, which a strict style-src allows).
    // The page is shown once the address is read and its language's texts are in.
    let ready = state.booted && i18n::is_installed(state.lang, need);
    let app_ref = use_node_ref();
    {
        let app_ref = app_ref.clone();
        use_effect_with((state.options.clone(), ready), move |(options, _)| {
            if let Some(el) = app_ref.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                if let Some(accent) = &options.accent {
                    let _ = style.set_property("--samspil-host-accent", accent);
                }
                if let Some(font) = &options.font {
                    let _ = style.set_property("--samspil-host-font", font);
                }
            }
            for name in &options.ignored {
                gloo::console::warn!(format!("Samspil: the embed option \"{name}\" has a value Samspil cannot use; it was ignored."));
            }
        });
    }
    crate::ui::shared::embed::use_report_height(app_ref.clone(), state.options.embedded && ready);

    // A view another page shows is handed to that page (`Page::of`) as soon as the
    // address and the device are read, without waiting for this page's texts.
    let handover = handover::<P>(&state);
    use_effect_with(handover.clone(), |target| {
        if let Some((page, fragment, replace)) = target {
            browser::open_page(page, fragment, *replace);
        }
    });

    if state.texts_failed {
        return html! { <p class="samspil-error" role="alert">{ TEXTS_FAILED }</p> };
    }
    if !ready {
        // Nothing yet: the page's own loading indicator stays visible.
        return html! {};
    }
    let lang = state.lang;
    let view = if handover.is_some() {
        // Another page shows this view; the effect above opens it.
        html! {}
    } else {
        P::view(&state.view, &state.response)
    };
    let own_check =
        P::OWN_CHECK && matches!(state.view, View::Start | View::Step(_) | View::Results);
    // A widget whose browser keeps nothing for it loses the answers when the host
    // page reloads: its notice offers Samspil's own page in a new tab, with the check
    // as it stands (this page's own address and its own fragment, made here, never
    // taken from the address). Nothing goes through the host page.
    let own_tab = (own_check && state.options.embedded)
        .then(|| own_check_fragment(&state.view, &state.response, state.invitation.as_deref()))
        .flatten()
        .map(|fragment| format!("{}#{fragment}", browser::page_address()));

    html! {
        <ContextProvider<SurveyContext> context={state.clone()}>
            // Data attributes rather than classes: the self-check's page then carries
            // none of Yew's class-list machinery (an ordered set), about 2 KB.
            <div ref={app_ref} lang={lang.code()} class="samspil-app"
                data-embedded={state.options.embedded.then_some("")}
                data-compact={state.options.compact.then_some("")}
                data-host-accent={state.options.accent.is_some().then_some("")}
                data-host-font={state.options.font.is_some().then_some("")}>
                <header class="samspil-header">
                    <p class="samspil-brand">
                        <span class="samspil-brand-name">{ texts::APP_NAME.get(lang) }</span>
                        <span class="samspil-brand-tagline">{ texts::TAGLINE.get(lang) }</span>
                    </p>
                    <LangSwitch />
                </header>
                { for state.notices.iter().map(|n| html! {
                    <p class="samspil-notice" role="status">
                        { notice_text(*n, &state) }
                        if let (Notice::StorageUnavailable, Some(href)) = (n, own_tab.as_ref()) {
                            { " " }<a href={href.clone()} target="_blank" rel="noopener">{ texts::OPEN_IN_TAB.get(lang) }</a>
                        }
                    </p>
                }) }
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

/// Whether an address shows this view, as back/forward opens it
/// ([`Action::OpenFragment`]).
fn shows(state: &State, fragment: &str, view: &View) -> bool {
    (state.open.0)(fragment, state.lang, state.response.date)
        .view
        .unwrap_or(View::Start)
        == *view
}

/// Where this page hands the view over to, if another page shows it: that page, the
/// address to open it with, and whether to replace this history entry.
fn handover<P: Product>(state: &State) -> Option<(&'static str, String, bool)> {
    let page = Page::of(&state.view).filter(|page| state.booted && *page != P::PAGE)?;
    let fragment = match &state.view {
        // A team link or a summary in the address, as it stands: this page
        // recognised it without reading it. "Open the team view" has none.
        View::Team(_) | View::Summary(_) => {
            let address = browser::fragment();
            let linked = crate::model::codec::parse_params(&address)
                .iter()
                .any(|(k, _)| matches!(*k, "t" | "m"))
                || !crate::model::codec::starts_as_fragment(&address)
                    && crate::model::codec::holds_link(&address);
            if linked {
                address
            } else {
                String::new()
            }
        }
        // The person's own check with its answers, so none stays behind, even where
        // the device cannot keep them.
        View::Step(_) | View::Results if P::OWN_CHECK => {
            own_check_fragment(&state.view, &state.response, state.invitation.as_deref())
                .unwrap_or_default()
        }
        // The address as it came; "to the start" opens the self-check's start.
        View::Shared(_) | View::Step(_) | View::Results => browser::fragment(),
        View::Start | View::LinkError(_) => String::new(),
    };
    // A page opened with an address another page shows hands it on in place, so the
    // back button does not lead back into the handover; after the person moved on,
    // the handover is a new history entry.
    Some((
        page.address(),
        with_options(fragment, &state.options),
        !state.moved,
    ))
}

/// The person's own check as its address and saved copy hold it: where they are,
/// their answers, and the invitation they answer, if any.
fn own_check_fragment(
    view: &View,
    response: &Response,
    invitation: Option<&str>,
) -> Option<String> {
    let mut full = own_fragment(view, response)?;
    if let Some(invitation) = invitation {
        full.push_str(invitation);
    }
    Some(full)
}

/// The self-check's views: the start and the statements.
pub fn check_view(view: &View) -> Html {
    match view {
        View::Step(k) => html! { <StepView index={*k} /> },
        View::LinkError(e) => html! { <LinkErrorView error={e.clone()} /> },
        _ => html! { <StartView /> },
    }
}

/// The result page's views: the person's own result, and a result from a link.
pub fn result_view(view: &View, response: &Response) -> Html {
    match view {
        View::Shared(r) => html! { <ResultsView response={r.clone()} shared={true} /> },
        View::LinkError(e) => html! { <LinkErrorView error={e.clone()} /> },
        _ => {
            html! { <ResultsView response={std::rc::Rc::new(response.clone())} shared={false} /> }
        }
    }
}

/// The team page's views. (The team page opened bare starts a new team: see `Boot`.)
pub fn team_view(view: &View) -> Html {
    match view {
        View::Summary(s) => parts::summary_view(SummaryViewProps { summary: s.clone() }),
        View::LinkError(e) => parts::link_error(LinkErrorProps { error: e.clone() }),
        View::Team(page) => html! { <TeamView page={page.clone()} /> },
        _ => html! {},
    }
}

/// Said in every language, because no language's texts could be loaded.
const TEXTS_FAILED: &str =
    "Samspil kunne ikke hente sine tekster · Samspil kunde inte hämta sina texter · \
    Samspil fikk ikke hentet tekstene sine · Samspil ei saanut ladattua tekstejään · \
    Samspil could not load its texts. Genindlæs siden · Ladda om sidan · Last inn siden på nytt · \
    Lataa sivu uudelleen · Reload the page.";

/// The texts a page needs for what it shows (see [`Texts`]).
fn texts_needed(page: Page, state: &State) -> Texts {
    let bank_1 = |team: &[Response]| team.iter().any(|r| r.bank_version == 1);
    match (page, &state.view) {
        (Page::Check, _) if state.response.bank_version == 1 => Texts::Whole,
        (Page::Check, _) => Texts::Check,
        (Page::Team, View::Team(page))
            if !bank_1(&page.team) && !page.before.ok().is_some_and(|b| bank_1(b)) =>
        {
            Texts::Team
        }
        _ => Texts::Whole,
    }
}

/// Loads and installs a language's texts from the page's own folder: the page's
/// own pack, or the whole pack.
async fn load_pack(lang: Lang, whole: bool) -> Result<(), String> {
    let address = browser::pack_address(lang.code(), whole)
        .ok_or_else(|| "the page lists no text pack for this language".to_owned())?;
    let text = browser::fetch_text(&address).await.map_err(|e| {
        // The browser's own error, as it is, in the console: formatting a JsValue in
        // Rust would carry wasm-bindgen's debug printer into every page.
        gloo::console::warn!("Samspil:", e);
        format!("{address} could not be fetched")
    })?;
    i18n::install(lang, &text).map_err(|e| e.to_string())
}

/// Appends the host's options, so every address the app writes keeps them.
fn with_options(fragment: String, options: &Options) -> String {
    let params = options.to_params();
    if params.is_empty() {
        fragment
    } else {
        format!("{fragment}&{params}")
    }
}
