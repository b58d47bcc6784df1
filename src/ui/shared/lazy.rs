//! Parts of a page whose code comes in a wasm chunk loaded when the part is needed
//! (the team page's release build, feature `split`; see `ui::team::parts`).
//!
//! A split point is a function marked `#[wasm_split(chunk)]` (made by [`lazy_view!`])
//! that returns a plain function drawing the part. Everything only that function
//! reaches (the component, its hooks, the model code it alone uses) goes into the
//! chunk: scripts/build links the team page with `--emit-relocs`, and
//! `wasm-split-cli` cuts the chunks out of it. Calling the split function fetches
//! and instantiates the chunk (once; later calls resolve at once).
//!
//! [`Lazy`] is one component for every chunk (a copy per props type would cost the
//! page's main wasm about 1.7 KB each): an empty, busy placeholder that loads its
//! chunk when mounted or, for a part further down the page, when the placeholder
//! comes within a screen of the viewport or its chunk has come in for another
//! part. When the loader reports a failure, the part says so in the page's
//! language, with a button to try again, and tries again by itself when the browser
//! comes back online (tests/e2e/parts.test.mjs).

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::texts_team as tt;
use crate::ui::shared::hooks::use_survey;

pub use wasm_split_helpers::SplitLoaderError;

/// A part in a chunk: draws its props (the part's own props type, erased).
pub type ChunkView = fn(&dyn Any) -> Html;
/// Loads a chunk and returns its part.
pub type Loader = fn() -> Pin<Box<dyn Future<Output = Result<ChunkView, SplitLoaderError>>>>;

/// Declares a split point for a component: `lazy_view!(chunk, loader_fn, split_fn,
/// Component, Props)`. `Props` must be `Clone`.
#[macro_export]
macro_rules! lazy_view {
    ($chunk:ident, $loader:ident, $split:ident, $comp:ident, $props:ty) => {
        #[::wasm_split_helpers::wasm_split($chunk, fallible)]
        fn $split() -> ::core::result::Result<
            $crate::ui::shared::lazy::ChunkView,
            $crate::ui::shared::lazy::SplitLoaderError,
        > {
            ::core::result::Result::Ok(|p: &dyn ::std::any::Any| match p.downcast_ref::<$props>() {
                ::core::option::Option::Some(p) => ::yew::html! { <$comp ..p.clone() /> },
                ::core::option::Option::None => ::yew::Html::default(),
            })
        }
        fn $loader() -> ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::core::future::Future<
                    Output = ::core::result::Result<
                        $crate::ui::shared::lazy::ChunkView,
                        $crate::ui::shared::lazy::SplitLoaderError,
                    >,
                >,
            >,
        > {
            ::std::boxed::Box::pin($split())
        }
    };
}

#[derive(Properties, Clone)]
pub struct LazyProps {
    /// The chunk's loader (made by `lazy_view!`).
    pub load: Loader,
    /// The chunk's name: parts in the same chunk come in together.
    pub chunk: &'static str,
    /// The part's own props.
    pub props: Rc<dyn Any>,
    /// Load when the placeholder comes near the viewport (else when mounted).
    pub on_visible: bool,
    /// For a part that takes the whole page (the meeting display): the way back,
    /// offered beside "Try again" when the part cannot be loaded.
    pub leave: Option<Callback<()>>,
}

impl PartialEq for LazyProps {
    fn eq(&self, other: &Self) -> bool {
        // New props on each render of the parent: the part compares its own.
        Rc::ptr_eq(&self.props, &other.props)
            && self.load as usize == other.load as usize
            && self.chunk == other.chunk
            && self.on_visible == other.on_visible
            && self.leave == other.leave
    }
}

thread_local! {
    /// The chunks in already: mounted again, their parts show at once.
    static LOADED: RefCell<Vec<(Loader, ChunkView)>> = const { RefCell::new(Vec::new()) };
    /// The names of the chunks in already (see [`CHUNK_IN`]).
    static ARRIVED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Said on the window when a chunk has come in. A part that waits to come near the
/// screen stops waiting when its chunk is in: there is nothing left to download,
/// and a part above it that came in with the chunk may have grown and pushed it out
/// of the observer's reach in the same frame as the person's scroll, so that it
/// would wait until the next scroll (30 s in an end-to-end test under load;
/// docs/audit-2026-12-done.md).
const CHUNK_IN: &str = "samspil-chunk-in";

fn arrived(chunk: &str) -> bool {
    ARRIVED.with(|a| a.borrow().contains(&chunk))
}

fn loaded(load: Loader) -> Option<ChunkView> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(k, _)| *k as usize == load as usize)
            .map(|(_, v)| *v)
    })
}

/// A part from a chunk, with its props.
pub fn lazy<P: 'static>(
    load: Loader,
    chunk: &'static str,
    props: P,
    on_visible: bool,
    leave: Option<Callback<()>>,
) -> Html {
    let props: Rc<dyn Any> = Rc::new(props);
    html! { <Lazy {load} {chunk} {props} {on_visible} {leave} /> }
}

/// Where a part is: waiting, in, or not loadable (this time).
#[derive(Clone, Copy)]
enum Status {
    Waiting,
    In(ChunkView),
    Failed,
}

/// A part from a lazily loaded chunk: an empty, busy placeholder until the chunk is
/// in, then the part.
#[component]
pub fn Lazy(props: &LazyProps) -> Html {
    let survey = use_survey();
    let status = use_state(|| loaded(props.load).map_or(Status::Waiting, Status::In));
    // Counts the attempts: "Try again" starts the effect below once more.
    let attempt = use_state(|| 0u32);
    let node = use_node_ref();
    {
        let status = status.clone();
        let load = props.load;
        let chunk = props.chunk;
        let node = node.clone();
        let on_visible = props.on_visible && *attempt == 0;
        let waiting = matches!(*status, Status::Waiting);
        // Again when the part is wanted at once after all (a plan just begun).
        use_effect_with((*attempt, props.on_visible), move |_| {
            let start = move || {
                wasm_bindgen_futures::spawn_local(async move {
                    match load().await {
                        Ok(view) => {
                            if loaded(load).is_none() {
                                LOADED.with(|l| l.borrow_mut().push((load, view)));
                            }
                            status.set(Status::In(view));
                            if !arrived(chunk) {
                                ARRIVED.with(|a| a.borrow_mut().push(chunk));
                                if let Ok(event) = web_sys::Event::new(CHUNK_IN) {
                                    let _ = gloo::utils::window().dispatch_event(&event);
                                }
                            }
                        }
                        // Not remembered: the next attempt fetches again.
                        Err(e) => {
                            gloo::console::error!(format!("Samspil: a part of the page: {e}"));
                            status.set(Status::Failed);
                        }
                    }
                })
            };
            let mut observer = None;
            let mut chunk_in = None;
            match node.cast::<web_sys::Element>() {
                _ if !waiting => {}
                Some(el) if on_visible && !arrived(chunk) => {
                    // Taken by whichever comes first: the observer, its failure, or
                    // the chunk coming in for another part.
                    let start = Rc::new(RefCell::new(Some(start)));
                    let with_chunk = start.clone();
                    chunk_in = Some(gloo::events::EventListener::new(
                        &gloo::utils::window(),
                        CHUNK_IN,
                        move |_| {
                            if arrived(chunk) {
                                if let Some(start) = with_chunk.borrow_mut().take() {
                                    start();
                                }
                            }
                        },
                    ));
                    let first = start.clone();
                    let seen =
                        Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
                            move |entries: js_sys::Array, o: web_sys::IntersectionObserver| {
                                let near = entries.iter().any(|e| {
                                    e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                                        .is_intersecting()
                                });
                                if near {
                                    o.disconnect();
                                    if let Some(start) = first.borrow_mut().take() {
                                        start();
                                    }
                                }
                            },
                        );
                    // A screen ahead: the part is usually in before it is seen.
                    let init = web_sys::IntersectionObserverInit::new();
                    init.set_root_margin("100% 0px");
                    match web_sys::IntersectionObserver::new_with_options(
                        seen.as_ref().unchecked_ref(),
                        &init,
                    ) {
                        Ok(o) => {
                            o.observe(&el);
                            observer = Some((o, seen));
                        }
                        Err(_) => {
                            if let Some(start) = start.borrow_mut().take() {
                                start();
                            }
                        }
                    }
                }
                _ => start(),
            }
            move || {
                if let Some((o, _seen)) = observer {
                    o.disconnect();
                }
                drop(chunk_in);
            }
        });
    }
    // Another attempt: the effect above runs once more.
    let retry = {
        let status = status.clone();
        let attempt = attempt.clone();
        Callback::from(move |_: ()| {
            status.set(Status::Waiting);
            attempt.set(*attempt + 1);
        })
    };
    // A part that could not be loaded tries again by itself when the browser is back
    // online (every such part on the page at once), as well as on its button.
    {
        let failed = matches!(*status, Status::Failed);
        let retry = retry.clone();
        use_effect_with(failed, move |failed| {
            let listener = failed.then(|| {
                gloo::events::EventListener::once(&gloo::utils::window(), "online", move |_| {
                    retry.emit(())
                })
            });
            move || drop(listener)
        });
    }
    match *status {
        Status::In(view) => view(&*props.props),
        Status::Waiting => html! { <div class="samspil-lazy" aria-busy="true" ref={node}></div> },
        Status::Failed => {
            let lang = survey.lang;
            html! {
                <div class="samspil-lazy" ref={node}>
                    <p class="samspil-error" role="alert">{ tt::PART_FAILED.get(lang) }</p>
                    <div class="samspil-nav">
                        <button type="button" class="samspil-button" onclick={retry.reform(|_| ())}>
                            { tt::PART_RETRY.get(lang) }
                        </button>
                        if let Some(leave) = props.leave.clone() {
                            <button type="button" class="samspil-button" onclick={move |_| leave.emit(())}>
                                { tt::MEETING_LEAVE.get(lang) }
                            </button>
                        }
                    </div>
                </div>
            }
        }
    }
}
