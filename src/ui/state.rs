//! The app's one state, changed only through [`Action`]s.
//!
//! The reducer is pure: storage and the address bar are written by effects in
//! [`super::app`], from the state, so what is shown and what is saved never drift.

use std::rc::Rc;

use super::storage::StorageError;
use crate::model::answers::LABEL_MAX_CHARS;
use crate::model::date::Date;
use crate::model::options::{Options, StartWith};
use crate::model::session::{open_fragment, View};
use crate::model::{Answer, ItemId, Lang, Response, Sector};
use yew::Reducible;

/// A one-line notice about where answers are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or full: answers live in this tab (and its address) only.
    StorageUnavailable,
    /// Stored answers could not be read and were discarded.
    StorageCorrupt,
    /// The host page gave options that were ignored (see `Options::ignored`).
    BadOptions,
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
    /// The person has moved on from the view the page opened with. Focus follows a
    /// move to the new view's heading; the first view keeps the browser's own
    /// start (the top of the page), and so skips a forced layout while loading.
    pub moved: bool,
}

impl State {
    pub fn new(lang: Lang, today: Date) -> Self {
        State {
            lang,
            view: View::Start,
            response: Response::new(lang, today),
            resume: false,
            notices: Vec::new(),
            options: Rc::default(),
            saved: false,
            booted: false,
            moved: false,
        }
    }
}

/// What the app found when it started.
pub struct Boot {
    pub lang: Lang,
    pub fragment: String,
    pub stored: Result<Option<String>, StorageError>,
    pub today: Date,
}

pub enum Action {
    Boot(Boot),
    SetLang(Lang),
    /// Begin (or continue) the check at its first step.
    Start,
    /// Forget the answers on this device and begin again.
    StartOver,
    Answer(ItemId, Answer),
    SetSector(Option<Sector>),
    SetLabel(String),
    Go(View),
    Notice(Notice),
    Saved(bool),
    /// The address changed (back/forward, or a pasted link): show what it holds.
    OpenFragment(String, Date),
    /// Show the team view with these respondents (the facilitator edited the team).
    SetTeam(Rc<[Response]>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Boot(boot) => s.boot(boot),
            Action::SetLang(lang) => s.lang = lang,
            Action::Start => {
                s.resume = false;
                s.view = View::Step(0);
            }
            Action::StartOver => {
                let (sector, label) = (s.response.sector, s.response.label.clone());
                s.response = Response::new(s.lang, s.response.date);
                s.response.sector = sector;
                s.response.label = label;
                s.resume = false;
                s.view = View::Step(0);
            }
            Action::Answer(id, answer) => s.response.set(id, answer),
            Action::SetSector(sector) => s.response.sector = sector,
            // Cut to length while typing, but trim only when the label is written into a
            // link: trimming here would eat the space between two words as it is typed.
            Action::SetLabel(label) => {
                s.response.label = label
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(LABEL_MAX_CHARS)
                    .collect()
            }
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
                let opened = open_fragment(&fragment, s.lang, today);
                s.view = opened.view.unwrap_or(View::Start);
            }
            Action::SetTeam(team) => s.view = View::Team(team),
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
    fn boot(&mut self, boot: Boot) {
        self.booted = true;
        let options = Options::from_params(&crate::model::codec::parse_params(&boot.fragment));
        if !options.ignored.is_empty() {
            self.notices.push(Notice::BadOptions);
        }
        self.lang = options.lang.unwrap_or(boot.lang);
        self.response = Response::new(boot.lang, boot.today);
        let from_address = open_fragment(&boot.fragment, boot.lang, boot.today);
        let from_storage = match boot.stored {
            Err(_) => {
                self.notices.push(Notice::StorageUnavailable);
                None
            }
            Ok(None) => None,
            Ok(Some(saved)) => {
                let opened = open_fragment(&saved, boot.lang, boot.today);
                if opened.own.is_none() && !saved.is_empty() {
                    // Unreadable: it is replaced by the next save.
                    self.notices.push(Notice::StorageCorrupt);
                }
                opened.own
            }
        };
        match (from_address.own, from_storage) {
            // The address is the most specific: it is where this tab was.
            (Some(own), _) => self.response = own,
            (None, Some(saved)) => {
                // Offered on the start view, also after a detour via a shared link.
                self.resume = saved.answered_count() > 0
                    && !matches!(from_address.view, Some(View::Step(_) | View::Results));
                self.response = saved;
            }
            (None, None) => {}
        }
        self.view = from_address.view.unwrap_or(match options.start {
            StartWith::Check => View::Start,
            StartWith::Team => View::Team(Rc::from([])),
        });
        self.options = Rc::new(options);
    }
}
