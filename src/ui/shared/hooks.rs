//! The facade components use to read and change the check: `use_survey()`.
//! Components say what the person meant (`go`, `start`, …, and `use_answer()` for
//! the statements); how that changes state stays in the reducer.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::plan::Plan;
use crate::model::session::{Before, View};
use crate::model::{Answer, ItemId, Lang, Response, Sector};
use crate::ui::shared::state::{Action, State};

pub type SurveyContext = UseReducerHandle<State>;

#[derive(Clone, PartialEq)]
pub struct Survey(SurveyContext);

impl Deref for Survey {
    type Target = State;
    fn deref(&self) -> &State {
        &self.0
    }
}

impl Survey {
    pub fn go(&self, view: View) {
        self.0.dispatch(Action::Go(view));
    }
    pub fn start(&self) {
        self.0.dispatch(Action::Start);
    }
    pub fn start_over(&self) {
        self.0.dispatch(Action::StartOver);
    }
    /// Switches the language once its texts are loaded; every answer stays.
    pub fn set_lang(&self, lang: Lang) {
        self.0.dispatch(Action::WantLang(lang));
    }
    pub fn set_sector(&self, sector: Option<Sector>) {
        self.0.dispatch(Action::SetSector(sector));
    }
    pub fn set_label(&self, label: String) {
        self.0.dispatch(Action::SetLabel(label));
    }
    pub fn set_org(&self, org: String) {
        self.0.dispatch(Action::SetOrg(org));
    }
    /// On a host page that set `data-share`, links open the host's own page.
    pub fn share_base(&self) -> String {
        self.options
            .share
            .clone()
            .unwrap_or_else(crate::ui::shared::browser::page_address)
    }
    /// The address of the self-check, for an invitation to take it: the host's page
    /// for a widget, otherwise the self-check's own page (also from the team page).
    pub fn check_base(&self) -> String {
        self.options
            .share
            .clone()
            .unwrap_or_else(crate::ui::shared::browser::check_address)
    }
    /// Shows the team view with these respondents (empty: a new team).
    pub fn set_team(&self, team: Rc<[Response]>) {
        self.0.dispatch(Action::SetTeam(team));
    }
    /// Sets (or, with `Before::None`, clears) the "before" team of the comparison.
    pub fn set_before(&self, before: Before) {
        self.0.dispatch(Action::SetBefore(before));
    }
    /// Replaces the team's action plan.
    pub fn set_plan(&self, plan: Plan) {
        self.0.dispatch(Action::SetPlan(plan));
    }
    /// Replaces the meeting's partners.
    pub fn set_partners(&self, partners: crate::model::team::Partners) {
        self.0.dispatch(Action::SetPartners(partners));
    }
    /// Replaces the earlier team's plan (its marks).
    pub fn set_before_plan(&self, plan: Plan) {
        self.0.dispatch(Action::SetBeforePlan(plan));
    }
    /// Replaces the partnership's earlier rounds (`h=`).
    pub fn set_history(&self, history: Option<std::rc::Rc<str>>) {
        self.0.dispatch(Action::SetHistory(history));
    }
    /// Replaces what the meeting agreed.
    pub fn set_agreed(&self, agreed: crate::model::agreed::Agreed) {
        self.0.dispatch(Action::SetAgreed(agreed));
    }
    /// A callback that performs an intent, for `onclick`.
    pub fn on<E>(&self, f: impl Fn(&Survey) + 'static) -> Callback<E> {
        let s = self.clone();
        Callback::from(move |_| f(&s))
    }
}

#[hook]
pub fn use_survey() -> Survey {
    Survey(use_context::<SurveyContext>().expect("use_survey() inside <App>"))
}

/// The intent "answer this statement", for the step's statements: made once, as
/// the state's dispatcher never changes (the state handle does, with every answer).
#[hook]
pub fn use_answer() -> Callback<(ItemId, Answer)> {
    let dispatcher = use_survey().0.dispatcher();
    use_callback(dispatcher, |(id, answer), dispatcher| {
        dispatcher.dispatch(Action::Answer(id, answer))
    })
}

/// A view's heading, focused whenever `deps` change, once the person has moved on
/// from the view the page opened with (see [`State::moved`]): keyboard and
/// screen-reader users then start at the top of the new view.
#[hook]
pub fn use_heading_focus<D: PartialEq + 'static>(deps: D) -> NodeRef {
    let heading = use_node_ref();
    let moved = use_survey().moved;
    {
        let heading = heading.clone();
        use_effect_with(deps, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>().filter(|_| moved) {
                crate::ui::shared::browser::focus(&h);
            }
        });
    }
    heading
}
