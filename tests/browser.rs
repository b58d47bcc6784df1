//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts into a
//! fresh element and awaits `yew::scheduler::flush()`; none of them sleeps.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use samspil::model::{texts, Answer, ItemId, Lang};
use samspil::ui::question::{question, QuestionProps};
use samspil::ui::storage::{self, StorageError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    // The app loads one language pack at a time; the tests have every language.
    samspil::model::i18n::install_builtin();
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    el.set_class_name("samspil");
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn radios(root: &web_sys::Element) -> Vec<web_sys::HtmlInputElement> {
    let list = root.query_selector_all("input[type=radio]").unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .dyn_into::<web_sys::HtmlInputElement>()
                .unwrap()
        })
        .collect()
}

/// The step draws its statements with `question`; here one is drawn alone.
#[component]
fn QuestionHost(props: &QuestionProps) -> Html {
    question(props)
}

#[wasm_bindgen_test]
async fn radio_group_names_itself_after_the_statement_and_reports_answers() {
    let root = fresh_root();
    let seen: Rc<RefCell<Vec<(ItemId, Answer)>>> = Rc::default();
    let props = QuestionProps {
        id: ItemId(7),
        number: 7,
        text: "We meet at fixed times that everyone knows".into(),
        answer: Answer::Scale(3),
        lang: Lang::Sv,
        on_answer: {
            let seen = seen.clone();
            Callback::from(move |x| seen.borrow_mut().push(x))
        },
    };
    yew::Renderer::<QuestionHost>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let fieldset = root
        .query_selector("fieldset")
        .unwrap()
        .expect("a fieldset");
    let legend = fieldset.query_selector("legend").unwrap().unwrap();
    assert!(legend
        .text_content()
        .unwrap()
        .contains("We meet at fixed times"));

    let inputs = radios(&root);
    assert_eq!(
        inputs.len(),
        7,
        "five scale options, don't know and not relevant"
    );
    let name = inputs[0].name();
    assert!(
        inputs.iter().all(|i| i.name() == name),
        "one group, so arrow keys move within it"
    );
    let checked: Vec<bool> = inputs.iter().map(|i| i.checked()).collect();
    assert_eq!(checked, [false, false, true, false, false, false, false]);

    // Every option has a label with the translated scale word.
    let label_of = |i: &web_sys::HtmlInputElement| {
        i.labels().unwrap().item(0).unwrap().text_content().unwrap()
    };
    assert!(label_of(&inputs[0]).contains(texts::SCALE_1.get(Lang::Sv)));
    assert!(label_of(&inputs[5]).contains(texts::DONT_KNOW.get(Lang::Sv)));
    assert!(label_of(&inputs[6]).contains(texts::NOT_RELEVANT.get(Lang::Sv)));

    inputs[5].click();
    yew::scheduler::flush().await;
    inputs[6].click();
    yew::scheduler::flush().await;
    inputs[0].click();
    yew::scheduler::flush().await;
    assert_eq!(
        *seen.borrow(),
        vec![
            (ItemId(7), Answer::DontKnow),
            (ItemId(7), Answer::NotRelevant),
            (ItemId(7), Answer::Scale(1))
        ]
    );
}

/// Makes `window.localStorage` throw, as it does in a sandboxed or partitioned
/// frame, until the returned guard is dropped.
struct BlockedStorage {
    window: js_sys::Object,
    original: JsValue,
}

fn block_storage() -> BlockedStorage {
    let window: js_sys::Object = JsValue::from(gloo::utils::window()).unchecked_into();
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    let getter =
        js_sys::Function::new_no_args("throw new DOMException('blocked', 'SecurityError')");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Reflect::define_property(&window, &"localStorage".into(), &descriptor).unwrap();
    BlockedStorage { window, original }
}

impl Drop for BlockedStorage {
    fn drop(&mut self) {
        js_sys::Reflect::define_property(
            &self.window,
            &"localStorage".into(),
            self.original.unchecked_ref(),
        )
        .unwrap();
    }
}

#[wasm_bindgen_test]
async fn storage_round_trips_and_reports_when_blocked() {
    storage::save_check("s=2&r=test").unwrap();
    assert_eq!(storage::load_check(), Ok(Some("s=2&r=test".to_owned())));

    let blocked = block_storage();
    assert_eq!(storage::load_check(), Err(StorageError::Unavailable));
    assert_eq!(storage::save_check("s=1"), Err(StorageError::Unavailable));

    // The app still starts, in memory, and says so in one line.
    let root = fresh_root();
    yew::Renderer::<samspil::ui::App<samspil::ui::SelfCheck>>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    let notice = root
        .query_selector(".samspil-notice")
        .unwrap()
        .expect("a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("status"));
    assert!(
        root.query_selector("h1").unwrap().is_some(),
        "the start view is shown"
    );

    drop(blocked);
    assert!(storage::load_check().is_ok());
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(storage::KEY)
        .unwrap();
}

#[wasm_bindgen_test]
async fn app_starts_on_the_start_view_in_the_browsers_language() {
    let root = fresh_root();
    yew::Renderer::<samspil::ui::App<samspil::ui::SelfCheck>>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    let h1 = root.query_selector("h1").unwrap().expect("a heading");
    let lang = Lang::negotiate(
        gloo::utils::window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    assert_eq!(h1.text_content().unwrap(), texts::START_TITLE.get(lang));
}

#[wasm_bindgen_test]
async fn after_a_crash_a_readable_panel_replaces_only_samspils_own_element() {
    let doc = gloo::utils::document();
    let html = doc.document_element().unwrap();
    let before = html.get_attribute("lang");
    html.set_attribute("lang", "sv").unwrap();
    // The host page's own content next to Samspil's element.
    let host = fresh_root();
    host.set_text_content(Some("The volunteer centre's own text"));
    let root = fresh_root();
    root.set_inner_html("<p class=\"half\">half drawn</p>");

    samspil::ui::panic::show_panel(&root);

    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a panel");
    assert_eq!(
        alert
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        texts::PANIC_TITLE.get(Lang::Sv)
    );
    let button = alert
        .query_selector("button")
        .unwrap()
        .expect("a reload button");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(
        button.text_content().unwrap(),
        texts::PANIC_RELOAD.get(Lang::Sv)
    );
    assert!(root.query_selector(".half").unwrap().is_none());
    assert_eq!(
        host.text_content().unwrap(),
        "The volunteer centre's own text"
    );
    match before {
        Some(l) => html.set_attribute("lang", &l).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
}

// ---------------------------------------------------------------------------
// The audit's cases (../shared/reviews/audit-2026-11.md) on the app's one state.
// The reducer is pure; these tests give it what the browser gave the audit.

mod audit {
    use std::rc::Rc;

    use samspil::model::codec;
    use samspil::model::date::Date;
    use samspil::model::session::{open_fragment, own_fragment, Before, LinkPart, TeamPage, View};
    use samspil::model::{Answer, ItemId, Lang, Response};
    use samspil::ui::state::{Action, Boot, Notice, Opener, State};
    use samspil::ui::storage::StorageError;
    use wasm_bindgen_test::*;
    use yew::Reducible;

    const TODAY: Date = Date(2522);

    fn boot(fragment: &str, stored: Result<Option<String>, StorageError>) -> Rc<State> {
        Rc::new(State::new(Lang::En, TODAY, Opener(open_fragment))).reduce(Action::Boot(Boot {
            lang: Lang::En,
            lang_saved: false,
            framed: false,
            team_page: false,
            fragment: fragment.to_owned(),
            stored,
            tab: None,
            today: TODAY,
        }))
    }

    fn ten_answers(label: &str) -> Response {
        let mut r = Response::new(Lang::En, TODAY);
        for (i, code) in [1, 2, 3, 4, 5, 6, 1, 2, 3, 4].into_iter().enumerate() {
            let id = r.bank().items[i].id;
            r.set(id, Answer::from_code(code).unwrap());
        }
        r.label = label.into();
        r
    }

    #[wasm_bindgen_test]
    fn d1_a_hash_in_the_name_keeps_every_answer_after_a_reload() {
        let r = ten_answers("Projekt #2");
        let saved = own_fragment(&View::Step(1), &r).unwrap();
        let s = boot("s=2", Ok(Some(saved.clone())));
        assert_eq!(s.response, r);
        assert_eq!(s.view, View::Step(1));
        assert!(s.notices.is_empty(), "{:?}", s.notices);
        // Storage blocked: the address carried the same answers.
        let s = boot(&saved, Err(StorageError::Unavailable));
        assert_eq!(s.response, r);
    }

    #[wasm_bindgen_test]
    fn d2_an_accent_in_the_address_hides_nothing() {
        let team = [ten_answers("A"), ten_answers("B")];
        let f = format!(
            "{}&accent=%23c0392b&start=team",
            codec::team_fragment(&team)
        );
        let s = boot(&f, Ok(None));
        assert!(matches!(&s.view, View::Team(p) if p.team.len() == 2 && p.before == Before::None));
        let r = ten_answers("");
        let own = format!(
            "{}&embed=1&accent=%23c0392b",
            own_fragment(&View::Step(1), &r).unwrap()
        );
        let s = boot(&own, Err(StorageError::Unavailable));
        assert_eq!(s.response.answered_count(), 10);
    }

    #[wasm_bindgen_test]
    fn d3_share_from_a_link_on_samspils_own_page_is_not_obeyed() {
        let s = boot("share=https%3A%2F%2Fevil.example%2Fsamspil%2F", Ok(None));
        assert_eq!(s.options.share, None);
        assert!(s.notices.contains(&Notice::HostOptionsNotHere));
    }

    #[wasm_bindgen_test]
    fn d4_another_tabs_save_is_taken_over_and_said() {
        let mine = ten_answers("");
        let s = boot(
            "s=1",
            Ok(Some(own_fragment(&View::Step(0), &mine).unwrap())),
        );
        let mut theirs = mine.clone();
        let eleventh = theirs.bank().items[10].id;
        theirs.set(eleventh, Answer::Scale(5));
        let s = s.reduce(Action::Adopt(
            own_fragment(&View::Step(2), &theirs).unwrap(),
            TODAY,
        ));
        assert_eq!(s.response.answered_count(), 11);
        assert!(s.notices.contains(&Notice::UpdatedElsewhere));
        // The same answers again change nothing and say nothing new.
        let again = s.clone().reduce(Action::Adopt(
            own_fragment(&View::Step(2), &theirs).unwrap(),
            TODAY,
        ));
        assert!(Rc::ptr_eq(&s, &again));
    }

    #[wasm_bindgen_test]
    fn d5_an_own_check_address_never_replaces_saved_answers() {
        let mine = ten_answers("Mine");
        let mut other = Response::new(Lang::En, TODAY);
        let first = other.bank().items[0].id;
        other.set(first, Answer::Scale(1));
        other.label = "Someone else".into();
        let address = own_fragment(&View::Results, &other).unwrap();
        let s = boot(
            &address,
            Ok(Some(own_fragment(&View::Step(1), &mine).unwrap())),
        );
        assert_eq!(s.response, mine, "the saved answers are kept");
        assert!(matches!(&s.view, View::Shared(r) if r.label == "Someone else"));
        assert!(s.notices.contains(&Notice::OtherAnswersInAddress));
    }

    #[wasm_bindgen_test]
    fn a_check_begun_on_bank_1_goes_on_with_it_and_starting_over_uses_bank_2() {
        // Saved before bank 2: the person keeps their answers and bank 1's statements.
        let mut old = Response::new(Lang::En, TODAY);
        old.bank_version = 1;
        old.set(ItemId(1), Answer::Scale(4));
        old.sector = Some(samspil::model::Sector::VolunteerCentreOrAssociation);
        let saved = own_fragment(&View::Step(0), &old).unwrap();
        let s = boot("s=0", Ok(Some(saved)));
        assert_eq!(s.response.bank_version, 1);
        assert_eq!(s.response.total(), 30);
        assert_eq!(s.response.answer(ItemId(1)), Answer::Scale(4));
        // Starting over begins bank 2, and drops a sector no longer offered.
        let s = s.reduce(Action::StartOver);
        assert_eq!(s.response.bank_version, 2);
        assert_eq!(s.response.total(), 38);
        assert_eq!(s.response.sector, None);
    }

    #[wasm_bindgen_test]
    fn d8_unreadable_storage_is_set_aside_once() {
        let s = boot("", Ok(Some("garbage".into())));
        assert!(s.stored_unreadable);
        assert_eq!(s.notices, vec![Notice::StorageCorrupt]);
        // Nothing to set aside after that: the notice cannot come back.
        let s = boot("", Ok(None));
        assert!(!s.stored_unreadable && s.notices.is_empty());
    }

    #[wasm_bindgen_test]
    fn d12_a_language_in_someone_elses_link_is_not_remembered() {
        let saved_sv = Rc::new(State::new(Lang::Sv, TODAY, Opener(open_fragment))).reduce(
            Action::Boot(Boot {
                lang: Lang::Sv,
                lang_saved: true,
                framed: false,
                team_page: false,
                fragment: "r=EQEH030pylOUpylOUpylOEeq-w&lang=fi".into(),
                stored: Ok(None),
                tab: None,
                today: TODAY,
            }),
        );
        assert_eq!(saved_sv.lang, Lang::Sv);
        assert!(!saved_sv.lang_chosen);
        let chosen = saved_sv.reduce(Action::SetLang(Lang::Fi));
        assert!(chosen.lang_chosen);
    }

    #[wasm_bindgen_test]
    fn a_comparison_is_kept_and_a_damaged_before_is_explained() {
        let after = [ten_answers("Now")];
        let before = [ten_answers("Spring")];
        let f = TeamPage {
            team: after.to_vec().into(),
            before: LinkPart::Ok(before.to_vec().into()),
            ..TeamPage::default()
        }
        .fragment();
        let s = boot(&f, Ok(None));
        assert!(
            matches!(&s.view, View::Team(p) if p.before.ok().is_some_and(|b| b[0].label == "Spring"))
        );
        let damaged = format!("{}&b=EgEDCdVC", codec::team_fragment(&after));
        let s = boot(&damaged, Ok(None));
        match &s.view {
            View::Team(p) => {
                assert_eq!(p.team.len(), 1);
                let Before::Damaged { text, .. } = &p.before else {
                    panic!("{:?}", p.before)
                };
                assert_eq!(&**text, "EgEDCdVC");
            }
            other => panic!("{other:?}"),
        }
        // Editing the team keeps the comparison.
        let s = s.reduce(Action::SetTeam(Rc::from([])));
        assert!(matches!(&s.view, View::Team(p) if p.before.error().is_some()));
    }
}
