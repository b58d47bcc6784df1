//! The team's action plan: who does what by when, kept in the team link with the
//! evidence it came from.
//!
//! Rules, in plain words:
//! - At most [`MAX_ITEMS`] actions. Each is either one of the team's suggested
//!   actions (kept as its source, so everyone reads it in their own language) or
//!   the team's own words, up to [`TEXT_MAX_CHARS`] characters.
//! - Each has an owner (free text, up to [`OWNER_MAX_CHARS`] characters) and a due
//!   date, both optional while the plan is being written.
//! - At the next check, the earlier plan is marked done, partly done or not done.
//! - Texts are user input: control and invisible characters are dropped and they
//!   are cut to length (see [`clean_text`]); the app shows them as text only.

use super::date::Date;
use super::remedies::{self, Action, ActionSource};

pub const MAX_ITEMS: usize = 8;
pub const TEXT_MAX_CHARS: usize = 140;
pub const OWNER_MAX_CHARS: usize = 40;

/// How far an earlier plan's action got, as the team marks it at the next check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Open,
    Done,
    Partly,
    NotDone,
}

impl Status {
    pub const MARKS: [Status; 3] = [Status::Done, Status::Partly, Status::NotDone];

    pub fn code(self) -> u8 {
        match self {
            Status::Open => 0,
            Status::Done => 1,
            Status::Partly => 2,
            Status::NotDone => 3,
        }
    }

    pub fn from_code(code: u8) -> Option<Status> {
        match code {
            0 => Some(Status::Open),
            1 => Some(Status::Done),
            2 => Some(Status::Partly),
            3 => Some(Status::NotDone),
            _ => None,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Done => "done",
            Status::Partly => "partly",
            Status::NotDone => "not_done",
        }
    }
}

/// What an action says.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// One of the suggested actions, by its source.
    Suggested(ActionSource),
    /// The team's own words.
    Own(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanItem {
    pub what: What,
    pub owner: String,
    pub due: Option<Date>,
    pub status: Status,
}

impl PlanItem {
    /// The suggested action behind the item, if it is one.
    pub fn action(&self) -> Option<Action> {
        match &self.what {
            What::Suggested(source) => remedies::action_of(*source),
            What::Own(_) => None,
        }
    }
}

/// The plan: its actions in the order the team agreed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Plan {
    pub items: Vec<PlanItem>,
}

/// A text as the plan keeps it: the rules of a partnership's name (no control or
/// invisible characters, no symbol cut in half), at most `max` characters.
pub use super::answers::clean_text;

impl Plan {
    pub fn is_full(&self) -> bool {
        self.items.len() >= MAX_ITEMS
    }

    pub fn contains(&self, source: ActionSource) -> bool {
        self.items.iter().any(|i| i.what == What::Suggested(source))
    }

    /// Adds an item at the end, if there is room; returns whether it was added.
    pub fn add(&mut self, what: What) -> bool {
        if self.is_full() {
            return false;
        }
        let what = match what {
            What::Own(text) => {
                let text = clean_text(&text, TEXT_MAX_CHARS);
                if text.is_empty() {
                    return false;
                }
                What::Own(text)
            }
            suggested => {
                if self.items.iter().any(|i| i.what == suggested) {
                    return false;
                }
                suggested
            }
        };
        self.items.push(PlanItem {
            what,
            owner: String::new(),
            due: None,
            status: Status::Open,
        });
        true
    }

    /// Whether an earlier plan's action is already in this plan (carried over).
    pub fn holds(&self, what: &What) -> bool {
        self.items.iter().any(|i| i.what == *what)
    }

    /// Carries an unfinished action of the earlier plan into this one, with its
    /// owner; it starts open and without a date (the team sets a new one). Returns
    /// whether it was added: not when the plan is full, the action is done or it
    /// is already here.
    pub fn carry(&mut self, item: &PlanItem) -> bool {
        if item.status == Status::Done || self.is_full() || self.holds(&item.what) {
            return false;
        }
        self.items.push(PlanItem {
            what: item.what.clone(),
            owner: clean_text(&item.owner, OWNER_MAX_CHARS),
            due: None,
            status: Status::Open,
        });
        true
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }

    /// Moves an item one place up (`-1`) or down (`1`).
    pub fn move_by(&mut self, index: usize, delta: isize) {
        let target = index as isize + delta;
        if index < self.items.len() && (0..self.items.len() as isize).contains(&target) {
            self.items.swap(index, target as usize);
        }
    }

    pub fn set_owner(&mut self, index: usize, owner: &str) {
        if let Some(item) = self.items.get_mut(index) {
            item.owner = clean_text(owner, OWNER_MAX_CHARS);
        }
    }

    pub fn set_due(&mut self, index: usize, due: Option<Date>) {
        if let Some(item) = self.items.get_mut(index) {
            item.due = due;
        }
    }

    pub fn set_status(&mut self, index: usize, status: Status) {
        if let Some(item) = self.items.get_mut(index) {
            item.status = status;
        }
    }
}

// The calendar file is written by `super::export::ics`, with the other files.

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::bank::ItemId;

    #[test]
    fn at_most_eight_and_no_suggestion_twice() {
        let mut p = Plan::default();
        assert!(p.add(What::Suggested(ActionSource::Item(ItemId(4)))));
        assert!(!p.add(What::Suggested(ActionSource::Item(ItemId(4)))));
        for i in 0..7 {
            assert!(p.add(What::Own(format!("Action {i}"))));
        }
        assert!(p.is_full());
        assert!(!p.add(What::Own("one more".into())));
        assert!(
            !Plan::default().add(What::Own("  \u{200b} ".into())),
            "nothing to add"
        );
    }

    #[test]
    fn an_unfinished_action_is_carried_with_its_owner_once() {
        let mut earlier = Plan::default();
        earlier.add(What::Own("Write the agreement down".into()));
        earlier.add(What::Suggested(ActionSource::Item(ItemId(42))));
        earlier.set_owner(0, "Mette");
        earlier.set_owner(1, "Jukka");
        earlier.set_due(0, crate::model::date::Date::from_ymd(2026, 3, 1));
        earlier.set_status(0, Status::Partly);
        earlier.set_status(1, Status::Done);
        let mut now = Plan::default();
        assert!(now.carry(&earlier.items[0]));
        assert!(!now.carry(&earlier.items[0]), "once");
        assert!(!now.carry(&earlier.items[1]), "done stays behind");
        assert_eq!(now.items.len(), 1);
        assert_eq!(now.items[0].owner, "Mette");
        assert_eq!(now.items[0].status, Status::Open);
        assert_eq!(now.items[0].due, None);
        assert!(now.holds(&earlier.items[0].what));
    }

    #[test]
    fn texts_are_cleaned_and_cut() {
        let mut p = Plan::default();
        p.add(What::Own(format!("A\u{202e}B{}", "x".repeat(200))));
        let What::Own(t) = &p.items[0].what else {
            panic!()
        };
        assert_eq!(t.chars().count(), TEXT_MAX_CHARS);
        assert!(t.starts_with("AB"));
        p.set_owner(0, &"Mette\u{0007} ".repeat(20));
        assert!(p.items[0].owner.chars().count() <= OWNER_MAX_CHARS);
        assert!(!p.items[0].owner.contains('\u{7}'));
    }

    #[test]
    fn moving_stays_inside_the_list() {
        let mut p = Plan::default();
        for t in ["a", "b", "c"] {
            p.add(What::Own(t.into()));
        }
        p.move_by(0, -1);
        p.move_by(2, 1);
        p.move_by(1, -1);
        let order: Vec<String> = p
            .items
            .iter()
            .map(|i| match &i.what {
                What::Own(t) => t.clone(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(order, ["b", "a", "c"]);
    }
}
