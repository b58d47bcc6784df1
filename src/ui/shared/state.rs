//! The app's one state, changed only through [`Action`]s.
//!
//! The reducer is pure: storage and the address bar are written by effects in
//! [`super::app`], from the state, so what is shown and what is saved never drift.

use std::rc::Rc;

use crate::model::answers::LABEL_MAX_CHARS;
use crate::model::date::Date;
use crate::model::invitation::carried_part;
use crate::model::options::{Options, StartWith};
use crate::model::plan::Plan;
use crate::model::session::{Before, LinkPart, Opened, PlanPart, TeamPage, View};
use crate::model::{Answer, ItemId, Lang, Response, Sector};
use crate::ui::shared::storage::StorageError;
use yew::Reducible;

/// A one-line notice about where answers are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or full: answers live in this tab (and its address) only.
    StorageUnavailable,
    /// Stored answers could not be read and were set aside.
    StorageCorrupt,
    /// The host page gave options that were ignored (see `Options::ignored`).
    BadOptions,
    /// The address carried options meant for a widget on another site, and this is
    /// Samspil's own page (see `Options::not_here`).
    HostOptionsNotHere,
    /// The address held other answers than those saved on this device: the saved
    /// ones were kept, and the address's are shown as a shared result.
    OtherAnswersInAddress,
    /// Another tab or widget of Samspil saved newer answers; this tab now shows them.
    UpdatedElsewhere,
    /// The pack of the language the person chose could not be loaded (offline, or
    /// blocked): the page stays in its language, and nothing else changes.
    LangFailed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub view: View,
    /// The person's own answers, kept whatever view is shown.
    pub response: Response,
    /// Unfinished answers were found on this device when the app started.
    pub resume: bool,
    /// Notices to show, each once.
    pub notices: Vec<Notice>,
    /// Options from the host page (or none, on Samspil's own page).
    pub options: Rc<Options>,
    /// Whether storage accepted the last save ("saved on this device").
    pub saved: bool,
    /// False until the address and storage have been read (the loading indicator
    /// stays until then).
    pub booted: bool,
    /// The person chose the language themselves (only then is it remembered).
    pub lang_chosen: bool,
    /// The saved check could not be read: the app sets it aside once.
    pub stored_unreadable: bool,
    /// The person has moved on from the view the page opened with. Focus follows a
    /// move to the new view's heading; the first view keeps the browser's own
    /// start (the top of the page), and so skips a forced layout while loading.
    pub moved: bool,
    /// A language the person chose whose texts are on their way (the page shows a
    /// light loading state and stays as it is meanwhile).
    pub pending_lang: Option<Lang>,
    /// The texts of the page's first language could not be loaded.
    pub texts_failed: bool,
    /// Counts installed language packs, so the page shows texts that just arrived.
    pub packs: u32,
    /// This is the team page (`team.html`): an address without a link opens an empty
    /// team there, not the self-check's start.
    pub team_page: bool,
    /// How this page reads an address: the team page reads team links; the others
    /// only recognise them and hand them on, and so carry less code.
    pub open: Opener,
    /// The facilitator's invitation this check answers (issue 29), as its parts
    /// stand in a link (`&i=1&by=…&f=…&e=…`, see `invitation::carried_part`): from an
    /// invitation link, or carried on with the person's own check. Read where it is
    /// used (the start's box, the result's "Send to the facilitator").
    pub invitation: Option<Rc<str>>,
}

/// Reads an address fragment: [`crate::model::session::open_fragment`] or
/// [`crate::model::session::open_own_fragment`]. The same for every state of a page,
/// so it never makes two states differ.
#[derive(Clone, Copy)]
pub struct Opener(pub fn(&str, Lang, Date) -> Opened);

impl PartialEq for Opener {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Opener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opener")
    }
}

impl State {
    pub fn new(lang: Lang, today: Date, open: Opener) -> Self {
        State {
            open,
            lang,
            view: View::Start,
            response: Response::new(lang, today),
            resume: false,
            notices: Vec::new(),
            options: Rc::default(),
            saved: false,
            lang_chosen: false,
            stored_unreadable: false,
            booted: false,
            moved: false,
            pending_lang: None,
            texts_failed: false,
            packs: 0,
            team_page: false,
            invitation: None,
        }
    }
}

/// What the app found when it started.
pub struct Boot {
    /// The language remembered on this device, or the browser's.
    pub lang: Lang,
    /// Whether `lang` is the person's own earlier choice (remembered on this device).
    pub lang_saved: bool,
    /// Whether the app runs inside another page's frame (a widget).
    pub framed: bool,
    /// Whether this is the team page: opened bare, it starts a new team.
    pub team_page: bool,
    pub fragment: String,
    pub stored: Result<Option<String>, StorageError>,
    /// The last own check this tab wrote into its address because the device would
    /// not save it (`sessionStorage`, see `storage::load_tab_check`): an address
    /// holding those answers is this tab's own, not someone else's.
    pub tab: Option<String>,
    pub today: Date,
}

pub enum Action {
    Boot(Boot),
    /// Show the page in this language now (its texts are installed).
    SetLang(Lang),
    /// The person chose a language: its texts are loaded first (see `PackLoaded`).
    WantLang(Lang),
    /// A language's texts were installed.
    PackLoaded(Lang),
    /// A language's texts could not be loaded.
    PackFailed(Lang),
    /// Begin (or continue) the check at its first step.
    Start,
    /// Forget the answers on this device and begin again.
    StartOver,
    Answer(ItemId, Answer),
    SetSector(Option<Sector>),
    SetLabel(String),
    /// The person's organisation (optional; kept on the device and in their links).
    SetOrg(String),
    Go(View),
    Notice(Notice),
    Saved(bool),
    /// Another tab or widget saved this check (a `storage` event): take it over, so
    /// the last save never silently undoes the other's answers.
    Adopt(String, Date),
    /// The address changed (back/forward, or a pasted link): show what it holds.
    OpenFragment(String, Date),
    /// Show the team view with these respondents (the facilitator edited the team).
    SetTeam(Rc<[Response]>),
    /// Set or clear the "before" team of the comparison.
    SetBefore(Before),
    /// Set the team's action plan.
    SetPlan(Plan),
    /// Set the earlier team's plan (with the marks given now).
    SetBeforePlan(Plan),
    /// Set the meeting's partners (who belongs to which).
    SetPartners(crate::model::team::Partners),
    /// Set what the meeting agreed (views per area, name, date).
    SetAgreed(crate::model::agreed::Agreed),
    /// The partnership's earlier rounds (`h=`), encoded.
    SetHistory(Option<Rc<str>>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Boot(boot) => s.boot(boot),
            Action::SetLang(lang) => {
                s.lang = lang;
                s.lang_chosen = true;
                s.pending_lang = None;
            }
            Action::WantLang(lang) => {
                s.pending_lang = (lang != s.lang).then_some(lang);
            }
            Action::PackLoaded(lang) => {
                s.packs += 1;
                if s.pending_lang == Some(lang) {
                    s.lang = lang;
                    s.lang_chosen = true;
                    s.pending_lang = None;
                    s.notices.retain(|n| *n != Notice::LangFailed);
                }
            }
            Action::PackFailed(lang) => {
                if s.pending_lang == Some(lang) {
                    s.pending_lang = None;
                    if !s.notices.contains(&Notice::LangFailed) {
                        s.notices.push(Notice::LangFailed);
                    }
                } else if lang == s.lang {
                    s.texts_failed = true;
                }
            }
            Action::Start => {
                s.resume = false;
                // "Continue" opens the first step with a statement still open, not step 1.
                s.view = crate::model::session::continue_view(&s.response);
            }
            Action::StartOver => {
                // A new check uses the newest bank; who the person is stays.
                let fresh = Response::new(s.lang, s.response.date);
                let old = std::mem::replace(&mut s.response, fresh);
                s.response.sector = old.sector.filter(|x| Sector::OFFERED.contains(x));
                s.response.label = old.label;
                s.response.org = old.org;
                s.resume = false;
                s.view = View::Step(0);
            }
            Action::Answer(id, answer) => s.response.choose(id, answer),
            Action::SetSector(sector) => s.response.sector = sector,
            // Cut to length while typing, but trim only when the label is written into a
            // link: trimming here would eat the space between two words as it is typed.
            Action::SetLabel(label) => s.response.label = as_typed(&label),
            Action::SetOrg(org) => s.response.org = as_typed(&org),
            Action::Go(view) => s.view = view,
            Action::Notice(n) => {
                if !s.notices.contains(&n) {
                    s.notices.push(n);
                }
            }
            Action::Saved(saved) => {
                if s.saved == saved {
                    return self;
                }
                s.saved = saved;
            }
            Action::OpenFragment(fragment, today) => {
                // After start-up the answers in memory are the newest: an address from
                // the history (the back button) may hold older ones, so only its view
                // is taken.
                let opened = (s.open.0)(&fragment, s.lang, today);
                s.view = own_result_if_same(
                    opened.view.unwrap_or(if s.team_page {
                        View::Team(Rc::default())
                    } else {
                        View::Start
                    }),
                    &s.response,
                );
            }
            Action::SetTeam(team) => {
                let mut page = match &s.view {
                    View::Team(page) => (**page).clone(),
                    _ => TeamPage::default(),
                };
                page.team = team;
                s.view = View::Team(Rc::new(page));
            }
            Action::SetBefore(before) => s.edit_team_page(|p| {
                // A new "before" team brings its own plan, or none.
                p.before = before;
                p.before_plan = PlanPart::None;
            }),
            Action::SetPlan(plan) => s.edit_team_page(|p| p.plan = PlanPart::Ok(Rc::new(plan))),
            Action::SetPartners(partners) => {
                s.edit_team_page(|p| p.partners = LinkPart::Ok(Rc::new(partners)))
            }
            Action::SetBeforePlan(plan) => {
                s.edit_team_page(|p| p.before_plan = PlanPart::Ok(Rc::new(plan)))
            }
            Action::SetAgreed(agreed) => s.edit_team_page(|p| {
                p.agreed = crate::model::session::LinkPart::Ok(Rc::new(agreed))
            }),
            Action::SetHistory(history) => s.edit_team_page(|p| p.history = history),
            Action::Adopt(saved, today) => {
                if let Some(own) = (s.open.0)(&saved, s.lang, today).own {
                    if !same_answers(&own, &s.response) {
                        s.response = own;
                        if !s.notices.contains(&Notice::UpdatedElsewhere) {
                            s.notices.push(Notice::UpdatedElsewhere);
                        }
                    }
                }
            }
        }
        // The language of new answers follows the interface.
        s.response.lang = s.lang;
        if self.booted && s.view != self.view {
            s.moved = true;
        }
        if s == *self {
            self
        } else {
            Rc::new(s)
        }
    }
}

impl State {
    /// Whether this page keeps the person's own check (not the team page).
    fn open_own_check(&self) -> bool {
        !self.team_page
    }

    /// Changes the team view's page, if the team view is shown.
    fn edit_team_page(&mut self, edit: impl FnOnce(&mut TeamPage)) {
        if let View::Team(page) = &self.view {
            let mut page = (**page).clone();
            edit(&mut page);
            self.view = View::Team(Rc::new(page));
        }
    }
}

/// A result link holding the person's own answers is their own result: the address
/// bar of their result holds its link (`r=…`), so a reload, or Back to it, shows
/// their result with its share section, not "a shared result".
fn own_result_if_same(view: View, own: &Response) -> View {
    match view {
        View::Shared(r) if own.answered_count() > 0 && same_answers(&r, own) => View::Results,
        view => view,
    }
}

/// The same answers, sector, name and organisation (the date and language of a
/// check follow the day and the interface, so they do not make two checks different).
fn same_answers(a: &Response, b: &Response) -> bool {
    a.bank_version == b.bank_version
        && a.answers == b.answers
        && a.sector == b.sector
        && a.label == b.label
        && a.org == b.org
}

/// Whether `newer` is `saved` with more answers: the same bank, every saved answer
/// as it was, and the same person (a sector, name or organisation the device holds
/// is the address's too). A check the device could not save goes on this way.
fn extends(newer: &Response, saved: &Response) -> bool {
    newer.bank_version == saved.bank_version
        && newer
            .answers
            .iter()
            .zip(&saved.answers)
            .all(|(n, s)| *s == Answer::Unanswered || n == s)
        && (saved.sector.is_none() || newer.sector == saved.sector)
        && (saved.label.is_empty() || newer.label == saved.label)
        && (saved.org.is_empty() || newer.org == saved.org)
}

/// A name as it is being typed: cut to length and without control characters, but
/// trimmed only when written into a link (trimming here would eat the space between
/// two words as it is typed).
fn as_typed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(LABEL_MAX_CHARS)
        .collect()
}

impl State {
    /// The state of a page that has read its address and device ([`Boot`]): what
    /// the app starts with, the same as a new state given [`Action::Boot`].
    pub fn started(open: Opener, boot: Boot) -> State {
        let mut s = State::new(Lang::En, boot.today, open);
        s.boot(boot);
        s
    }

    fn boot(&mut self, boot: Boot) {
        self.booted = true;
        self.team_page = boot.team_page;
        let options = Options::from_params(
            &crate::model::codec::parse_params(&boot.fragment),
            boot.framed,
        );
        if !options.ignored.is_empty() {
            self.notices.push(Notice::BadOptions);
        }
        if !options.not_here.is_empty() {
            self.notices.push(Notice::HostOptionsNotHere);
        }
        // A host page decides its widget's language. On Samspil's own page, a
        // language in a received link applies only until the person has chosen one.
        self.lang = match options.lang {
            Some(lang) if boot.framed || !boot.lang_saved => lang,
            _ => boot.lang,
        };
        self.response = Response::new(boot.lang, boot.today);
        // An invitation in the address (a new one, or carried on with the check in
        // it) comes first; else the one the saved check carries.
        let address_params = crate::model::codec::parse_params(&boot.fragment);
        let invited = carried_part(&boot.fragment);
        // A new invitation (no answers with it): its name is the partnership's one
        // spelling.
        let invited_name = (!invited.is_empty() && !address_params.iter().any(|(k, _)| *k == "r"))
            .then(|| address_params.iter().find(|(k, _)| *k == "n"))
            .flatten()
            .map(|(_, v)| {
                crate::model::answers::clean_label(&crate::model::codec::percent_decode(v))
            });
        let invited = match (&boot.stored, invited.is_empty()) {
            (Ok(Some(saved)), true) => carried_part(saved),
            _ => invited,
        };
        let from_address = (self.open.0)(&boot.fragment, boot.lang, boot.today);
        let from_storage = match boot.stored {
            Err(_) => {
                self.notices.push(Notice::StorageUnavailable);
                None
            }
            Ok(None) => None,
            Ok(Some(saved)) => {
                let opened = (self.open.0)(&saved, boot.lang, boot.today);
                if opened.own.is_none() && !saved.is_empty() {
                    // Unreadable: set aside by an effect, and said once.
                    self.notices.push(Notice::StorageCorrupt);
                    self.stored_unreadable = true;
                }
                opened.own
            }
        };
        let mut view = from_address.view;
        // Audit E4: when the device refused a save, the newer answers live only in
        // this tab's address. They are the person's own if this tab wrote them, or
        // if they only add to what the device holds.
        let tab_wrote = |own: &Response| {
            boot.tab.as_deref().is_some_and(|tab| {
                (self.open.0)(tab, boot.lang, boot.today)
                    .own
                    .is_some_and(|written| same_answers(&written, own))
            })
        };
        match (from_address.own, from_storage) {
            // Two different checks: the one on the device is the person's own and is
            // kept; the address's is shown read-only, so neither is lost.
            (Some(own), Some(saved))
                if saved.answered_count() > 0
                    && !same_answers(&own, &saved)
                    && !extends(&own, &saved)
                    && !tab_wrote(&own) =>
            {
                self.notices.push(Notice::OtherAnswersInAddress);
                self.response = saved;
                view = Some(View::Shared(Rc::new(own)));
            }
            // The address is the most specific: it is where this tab was.
            (Some(own), _) => self.response = own,
            (None, Some(saved)) => {
                // Offered on the start view, also after a detour via a shared link.
                self.resume = saved.answered_count() > 0
                    && !matches!(view, Some(View::Step(_) | View::Results));
                self.response = saved;
            }
            (None, None) => {}
        }
        let view = view.map(|v| own_result_if_same(v, &self.response));
        // The invitation's name is the partnership's one spelling: it fills in the
        // person's field (which they still see and may change).
        if !invited.is_empty() && self.open_own_check() {
            if let Some(name) = invited_name.filter(|n| !n.is_empty()) {
                self.response.label = name;
            }
            self.invitation = Some(invited.into());
        }
        self.view = view.unwrap_or(match options.start {
            StartWith::Check if !boot.team_page => View::Start,
            _ => View::Team(Rc::default()),
        });
        self.options = Rc::new(options);
    }
}
