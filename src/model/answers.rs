//! One respondent's answers and context.

use super::bank::{Area, ItemId, ITEMS};
use super::date::Date;
use super::i18n::Lang;

/// How many items the current bank has.
pub const ITEM_COUNT: usize = 30;

/// One answer on the agreement scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Answer {
    /// Skipped: the person moved on without answering.
    #[default]
    Unanswered,
    /// "Don't know": excluded from scores, but counted and shown.
    DontKnow,
    /// 1 = strongly disagree … 5 = strongly agree.
    Scale(u8),
}

impl Answer {
    /// The scale value, if this is an answer on the 1–5 scale.
    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Scale(v) => Some(v),
            _ => None,
        }
    }

    /// A compact code 0..=6 used by the link codec: 0 unanswered, 1–5 scale, 6 don't know.
    pub fn code(self) -> u8 {
        match self {
            Answer::Unanswered => 0,
            Answer::Scale(v) => v,
            Answer::DontKnow => 6,
        }
    }

    pub fn from_code(code: u8) -> Option<Answer> {
        match code {
            0 => Some(Answer::Unanswered),
            1..=5 => Some(Answer::Scale(code)),
            6 => Some(Answer::DontKnow),
            _ => None,
        }
    }

    pub fn is_answered(self) -> bool {
        self != Answer::Unanswered
    }
}

/// The respondent's sector (optional in the check).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    Municipality,
    VolunteerCentre,
    Company,
    Foundation,
    Citizen,
    Other,
}

impl Sector {
    pub const ALL: [Sector; 6] = [
        Sector::Municipality,
        Sector::VolunteerCentre,
        Sector::Company,
        Sector::Foundation,
        Sector::Citizen,
        Sector::Other,
    ];

    /// Code used by the link codec: 0 means "not given".
    pub fn code(sector: Option<Sector>) -> u8 {
        sector.map_or(0, |s| s as u8 + 1)
    }

    /// `Some(None)` for "not given", `None` for a code no sector has.
    pub fn from_code(code: u8) -> Option<Option<Sector>> {
        match code {
            0 => Some(None),
            c => Sector::ALL.get(c as usize - 1).copied().map(Some),
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Sector::Municipality => "municipality",
            Sector::VolunteerCentre => "volunteer-centre",
            Sector::Company => "company",
            Sector::Foundation => "foundation",
            Sector::Citizen => "citizen",
            Sector::Other => "other",
        }
    }
}

/// One person's completed (or partly completed) check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub bank_version: u8,
    /// Answers by position in the bank of `bank_version`.
    pub answers: [Answer; ITEM_COUNT],
    pub sector: Option<Sector>,
    pub lang: Lang,
    pub date: Date,
    /// A short free-text label, e.g. the partnership's name. Never part of the
    /// checksummed payload's meaning: it travels beside it.
    pub label: String,
}

/// The longest label we keep, in characters.
pub const LABEL_MAX_CHARS: usize = 40;

/// Trims a label and cuts it to [`LABEL_MAX_CHARS`] characters.
pub fn clean_label(input: &str) -> String {
    input
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(LABEL_MAX_CHARS)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

impl Response {
    pub fn new(lang: Lang, date: Date) -> Self {
        Response {
            bank_version: super::bank::BANK_VERSION,
            answers: [Answer::Unanswered; ITEM_COUNT],
            sector: None,
            lang,
            date,
            label: String::new(),
        }
    }

    pub fn answer(&self, id: ItemId) -> Answer {
        position(id).map_or(Answer::Unanswered, |i| self.answers[i])
    }

    pub fn set(&mut self, id: ItemId, answer: Answer) {
        if let Some(i) = position(id) {
            self.answers[i] = answer;
        }
    }

    /// How many items have any answer, "don't know" included.
    pub fn answered_count(&self) -> usize {
        self.answers.iter().filter(|a| a.is_answered()).count()
    }

    /// The answers of one area, paired with their items.
    pub fn area_answers(
        &self,
        area: Area,
    ) -> impl Iterator<Item = (&'static super::bank::Item, Answer)> + '_ {
        ITEMS
            .iter()
            .enumerate()
            .filter(move |(_, it)| it.area == area)
            .map(move |(i, it)| (it, self.answers[i]))
    }
}

fn position(id: ItemId) -> Option<usize> {
    ITEMS.iter().position(|i| i.id == id)
}
