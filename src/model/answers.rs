//! One respondent's answers and context.

use super::bank::{Area, Bank, ItemId};
use super::date::Date;
use super::i18n::Lang;

/// Room for the answers of the largest bank (bank 2: 38 statements). A response of a
/// smaller bank leaves the places after its last statement unanswered.
pub const ITEM_COUNT: usize = 38;

/// One answer on the agreement scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Answer {
    /// Skipped: the person moved on without answering.
    #[default]
    Unanswered,
    /// "Don't know": excluded from scores, but counted and shown (an information gap).
    DontKnow,
    /// "Not relevant for us" (a statement that does not fit this partnership, such as
    /// project funding in a standing partnership): excluded from scores and, unlike
    /// "don't know", never read as a finding.
    NotRelevant,
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

    /// A compact code 0..=7 used by the link codec: 0 unanswered, 1–5 scale, 6 don't
    /// know, 7 not relevant (links of format 2 and later only).
    pub fn code(self) -> u8 {
        match self {
            Answer::Unanswered => 0,
            Answer::Scale(v) => v,
            Answer::DontKnow => 6,
            Answer::NotRelevant => 7,
        }
    }

    pub fn from_code(code: u8) -> Option<Answer> {
        match code {
            0 => Some(Answer::Unanswered),
            1..=5 => Some(Answer::Scale(code)),
            6 => Some(Answer::DontKnow),
            7 => Some(Answer::NotRelevant),
            _ => None,
        }
    }

    pub fn is_answered(self) -> bool {
        self != Answer::Unanswered
    }
}

/// The respondent's sector (optional in the check).
///
/// Release 1 offered six sectors; bank 2 brought a list that fits Nordic
/// partnerships (the methodological review of November 2026): the volunteer centre
/// apart from associations, self-organised citizens, users and relatives, region or
/// health, and education. The two wide sectors of release 1 stay for the links that
/// hold them, but are no longer offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    /// Release 1: "Municipality or region" (code 1, no longer offered).
    MunicipalityOrRegion,
    /// Release 1: "Volunteer centre or association" (code 2, no longer offered).
    VolunteerCentreOrAssociation,
    Company,
    Foundation,
    Citizen,
    Other,
    Municipality,
    Region,
    VolunteerCentre,
    Association,
    /// Self-organised citizens or a local group (local enthusiasts, *ildsjæle*).
    LocalGroup,
    UsersAndRelatives,
    Education,
}

impl Sector {
    /// Every sector a link can hold, in code order (code = position + 1).
    pub const ALL: [Sector; 13] = [
        Sector::MunicipalityOrRegion,
        Sector::VolunteerCentreOrAssociation,
        Sector::Company,
        Sector::Foundation,
        Sector::Citizen,
        Sector::Other,
        Sector::Municipality,
        Sector::Region,
        Sector::VolunteerCentre,
        Sector::Association,
        Sector::LocalGroup,
        Sector::UsersAndRelatives,
        Sector::Education,
    ];

    /// The sectors a person can choose, in the order they are offered.
    pub const OFFERED: [Sector; 11] = [
        Sector::Municipality,
        Sector::Region,
        Sector::VolunteerCentre,
        Sector::Association,
        Sector::LocalGroup,
        Sector::UsersAndRelatives,
        Sector::Citizen,
        Sector::Education,
        Sector::Company,
        Sector::Foundation,
        Sector::Other,
    ];

    /// The order of sector tables: the offered list, then release 1's wide sectors.
    pub fn order(self) -> usize {
        Sector::OFFERED
            .iter()
            .position(|s| *s == self)
            .unwrap_or(Sector::OFFERED.len() + self as usize)
    }

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

    /// A stable name for export files (never translated).
    pub fn slug(self) -> &'static str {
        match self {
            Sector::MunicipalityOrRegion => "municipality-or-region",
            Sector::VolunteerCentreOrAssociation => "volunteer-centre-or-association",
            Sector::Company => "company",
            Sector::Foundation => "foundation",
            Sector::Citizen => "citizen",
            Sector::Other => "other",
            Sector::Municipality => "municipality",
            Sector::Region => "region-or-health",
            Sector::VolunteerCentre => "volunteer-centre",
            Sector::Association => "association",
            Sector::LocalGroup => "local-group",
            Sector::UsersAndRelatives => "users-and-relatives",
            Sector::Education => "education",
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
    /// The person's organisation, optional. Kept on the device and in result and
    /// full team links; never in a summary for the minutes.
    pub org: String,
}

/// The longest label we keep, in characters.
pub const LABEL_MAX_CHARS: usize = 40;

/// Invisible format characters that have no place in a name: bidirectional
/// overrides and isolates (they can make "Kommune\u{202e}gnp.exe" read as
/// "Kommuneexe.png"), zero-width spaces and joiners outside emoji, the byte-order
/// mark, soft hyphens and tag characters. (Unicode category Cf, less the zero-width
/// joiner, which is kept where it joins an emoji: the prepended number and
/// abbreviation signs of Arabic, Syriac, Kaithi and Egyptian too, which alone draw
/// nothing.) Also the fillers that draw nothing though they are letters or symbols
/// (audit E15): the Hangul fillers, the blank Braille pattern, the combining
/// grapheme joiner and Khmer's two inherent vowels.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200c}' | '\u{200e}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}' | '\u{e0000}'..='\u{e007f}'
        | '\u{0600}'..='\u{0605}' | '\u{06dd}' | '\u{070f}' | '\u{0890}'..='\u{0891}' | '\u{08e2}'
        | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{115f}'..='\u{1160}' | '\u{3164}' | '\u{ffa0}' | '\u{2800}'
        | '\u{034f}' | '\u{17b4}'..='\u{17b5}')
}

/// Characters that belong to the character before them in what a reader sees as
/// one symbol: combining marks, variation selectors, skin tones, and a zero-width
/// joiner with what follows it.
fn extends_previous(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}' | '\u{1f3fb}'..='\u{1f3ff}'
        | '\u{180b}'..='\u{180d}' | '\u{180f}'
        | '\u{200d}')
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1f1e6}'..='\u{1f1ff}').contains(&c)
}

/// The label split into what a reader sees as single symbols, approximately: a
/// base character with the marks that extend it, emoji joined by zero-width
/// joiners, and flags (pairs of regional indicators). Enough never to cut a name
/// in the middle of a symbol, without a Unicode segmentation table in the bundle.
fn symbols(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut flag_half = false;
    for (i, c) in text.char_indices() {
        let joins = match prev {
            None => false,
            Some('\u{200d}') => true,
            Some(p) => {
                extends_previous(c)
                    || (is_regional_indicator(c) && is_regional_indicator(p) && flag_half)
            }
        };
        if !joins && i > 0 {
            out.push(&text[start..i]);
            start = i;
        }
        flag_half = is_regional_indicator(c) && !(joins && flag_half);
        prev = Some(c);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Trims a label, removes control and invisible format characters, and cuts it to
/// at most [`LABEL_MAX_CHARS`] characters without splitting a symbol (an emoji
/// family or a flag is kept whole or left out whole).
pub fn clean_label(input: &str) -> String {
    clean_text(input, LABEL_MAX_CHARS)
}

/// A name as it is compared with another (a partnership's, an organisation's):
/// without case and extra spaces. Case is folded for ASCII and the Nordic letters
/// only: the full Unicode tables of `to_lowercase` would cost the team page's first
/// visit about half a KB, and the names are typed by Nordic partners.
pub fn name_key(name: &str) -> String {
    let fold = |c: char| match c {
        'Æ' => 'æ',
        'Ø' => 'ø',
        'Å' => 'å',
        'Ä' => 'ä',
        'Ö' => 'ö',
        c => c.to_ascii_lowercase(),
    };
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(fold)
        .collect()
}

/// [`clean_label`] for any length: also used for the action plan's texts.
pub fn clean_text(input: &str, max_chars: usize) -> String {
    let visible: String = input
        .chars()
        .filter(|c| !c.is_control() && !is_invisible_format(*c))
        .collect();
    let mut out = String::new();
    let mut count = 0;
    for symbol in symbols(visible.trim()) {
        // A joiner that joins nothing is invisible too.
        let symbol = symbol
            .trim_start_matches('\u{200d}')
            .trim_end_matches('\u{200d}');
        let n = symbol.chars().count();
        if count + n > max_chars {
            break;
        }
        count += n;
        out.push_str(symbol);
    }
    // Marks, selectors and joiners with no letter to go with draw nothing (or a
    // stray accent): such a name reads as blank, and is "not given".
    if out
        .chars()
        .all(|c| c.is_whitespace() || extends_previous(c))
    {
        return String::new();
    }
    out.trim_end().to_owned()
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
            org: String::new(),
        }
    }

    /// The bank this person answered (a link from before bank 2 holds bank 1).
    pub fn bank(&self) -> &'static Bank {
        super::bank::bank(self.bank_version).unwrap_or_else(super::bank::current)
    }

    /// The position of a statement of this person's bank. Each bank's ids are
    /// consecutive (bank 1: 1–30, bank 2: 31–68, bank 3: 69–108; `tests/model.rs`
    /// checks it), so the place is a subtraction: the team view of fifty asks it
    /// for every statement of every person, and a search through the bank there
    /// cost 8 ms (measured).
    fn position(&self, id: ItemId) -> Option<usize> {
        let items = self.bank().items;
        let at = usize::from(id.0.checked_sub(items.first()?.id.0)?);
        items.get(at).filter(|i| i.id == id).map(|_| at)
    }

    /// The answer to a statement; unanswered for a statement of another bank.
    pub fn answer(&self, id: ItemId) -> Answer {
        self.position(id)
            .map_or(Answer::Unanswered, |i| self.answers[i])
    }

    /// Sets an answer; a statement of another bank is ignored.
    pub fn set(&mut self, id: ItemId, answer: Answer) {
        if let Some(i) = self.position(id) {
            self.answers[i] = answer;
        }
    }

    /// Sets an answer chosen on the page, if the statement offers it (the answer
    /// rules, [`super::bank::offers`]); any other is ignored. An answer the
    /// statement no longer offers, already held, stays until another is chosen.
    pub fn choose(&mut self, id: ItemId, answer: Answer) {
        if super::bank::offers(id).allows(answer) {
            self.set(id, answer);
        }
    }

    /// The number of statements in this person's bank.
    pub fn total(&self) -> usize {
        self.bank().items.len()
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
        self.bank()
            .items
            .iter()
            .enumerate()
            .filter(move |(_, it)| it.area == area)
            .map(move |(i, it)| (it, self.answers[i]))
    }
}
