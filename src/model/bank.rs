//! The question banks: six areas, the same in every bank, each asked through a few
//! statements.
//!
//! Item ids are permanent and unique across banks: bank 1 has ids 1–30, bank 2 ids
//! 31–68. A shared link stores answers by position in the bank its header names; a
//! later bank never reuses an id or changes what an id asks. Links made with an older
//! bank keep opening with that bank's statements, because every bank ever published
//! stays here.

use super::answers::Answer;
use super::i18n::Tr;

/// The version of the question bank that new checks use.
pub const BANK_VERSION: u8 = 2;

/// The six areas of a partnership, in the order they are asked and drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    SharedGoals,
    Communication,
    Roles,
    Evaluation,
    Flexibility,
    Sustainability,
}

impl Area {
    pub const ALL: [Area; 6] = [
        Area::SharedGoals,
        Area::Communication,
        Area::Roles,
        Area::Evaluation,
        Area::Flexibility,
        Area::Sustainability,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// A short, stable slug for anchors and exports (never translated).
    pub fn slug(self) -> &'static str {
        match self {
            Area::SharedGoals => "goals",
            Area::Communication => "communication",
            Area::Roles => "roles",
            Area::Evaluation => "evaluation",
            Area::Flexibility => "flexibility",
            Area::Sustainability => "sustainability",
        }
    }

    pub fn info(self) -> &'static AreaInfo {
        &super::content::AREAS[self.index()]
    }

    /// The items of this area in a bank, in bank order.
    pub fn items(self, bank: &'static Bank) -> impl Iterator<Item = &'static Item> {
        bank.items.iter().filter(move |i| i.area == self)
    }
}

/// A stable item id: 1–30 in bank 1, 31–68 in bank 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId(pub u8);

/// One statement a partner agrees or disagrees with.
#[derive(Debug)]
pub struct Item {
    pub id: ItemId,
    pub area: Area,
    /// The statement, phrased so that agreeing is the healthy direction.
    pub text: Tr,
    /// What to do when this statement is answered 1 or 2.
    pub remedy: Tr,
}

/// Where a statement comes from: a seed article, a Nordic framework or an
/// instrument's dimension (see the README's "Where the statements come from").
pub fn source(id: ItemId) -> Option<&'static str> {
    super::content::SOURCES
        .iter()
        .chain(&super::content2::SOURCES)
        .find_map(|(i, s)| (*i == id).then_some(*s))
}

/// Texts for one area.
#[derive(Debug)]
pub struct AreaInfo {
    pub area: Area,
    pub name: Tr,
    /// One line that explains the area in plain words.
    pub description: Tr,
    /// Actions by band: [needs attention, developing, strong]; 2–4 each.
    pub actions: [&'static [Tr]; 3],
    /// Questions a facilitator can ask when partners see this area differently.
    pub discussion: &'static [Tr],
}

/// One published question bank.
#[derive(Debug)]
pub struct Bank {
    pub version: u8,
    /// Its statements, grouped by area in area order.
    pub items: &'static [Item],
    /// Statements whose low answers win ties in the ranking of actions (see
    /// [`super::remedies`]): the ones that say most about equal standing.
    pub critical: &'static [ItemId],
    /// The statements that offer "not relevant for us": the ones that presuppose
    /// something a partnership may not have (see [`Offers`]). `None`: every
    /// statement does, as bank 1 was released.
    pub not_relevant_on: Option<&'static [ItemId]>,
    /// First-person knowledge statements ("I know who decides what"): not knowing
    /// is itself the answer "no", so they offer no "don't know".
    pub no_dont_know: &'static [ItemId],
}

/// The answers a statement offers beside the 1–5 scale (the answer rules, which
/// live here with the statements; the self-check's page only draws them).
///
/// "Not relevant for us" is neither a score nor a finding, so where every
/// statement offered it a result could hide its own red flags ("I feel free to
/// disagree": not relevant). Bank 2 offers it only where the statement presupposes
/// something a partnership may not have (the methodological review of December
/// 2026, section 3.2): meetings with unpaid people (38), associations (42, 47),
/// volunteers beside paid staff (48), a year of results (53), people using an
/// activity (56, 63), new ideas to try (57), frontline staff who refer (66), a
/// question of paying for the coming years (68). "Don't know" on "I know who
/// decides what" (45) or "I could explain our shared goal" (32) is really a "no",
/// and leaving it out of the mean raised the area; those two offer no "don't know".
///
/// Links are forever: an answer a statement no longer offers, held by a link or a
/// device from before this rule, is kept as given. It opens, counts and reads
/// exactly as it did when it was made (a "don't know" on 45 stays out of the mean
/// and counts towards an information gap), and the page still shows it as the
/// chosen option (see [`shown`]), so the person sees their answer and can change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offers {
    pub dont_know: bool,
    pub not_relevant: bool,
}

impl Offers {
    /// Whether an answer is one of the statement's options (skipping always is).
    pub fn allows(self, answer: Answer) -> bool {
        match answer {
            Answer::Unanswered | Answer::Scale(_) => true,
            Answer::DontKnow => self.dont_know,
            Answer::NotRelevant => self.not_relevant,
        }
    }
}

/// The answers a statement offers (an unknown id offers everything, as every
/// statement did before the rules).
pub fn offers(id: ItemId) -> Offers {
    match bank_of(id) {
        Some(bank) => Offers {
            dont_know: !bank.no_dont_know.contains(&id),
            not_relevant: bank.not_relevant_on.is_none_or(|on| on.contains(&id)),
        },
        None => Offers {
            dont_know: true,
            not_relevant: true,
        },
    }
}

/// The options the page shows for a statement that holds `held`: its own, and the
/// held answer too when the statement no longer offers it (kept as given).
pub fn shown(id: ItemId, held: Answer) -> Offers {
    let own = offers(id);
    Offers {
        dont_know: own.dont_know || held == Answer::DontKnow,
        not_relevant: own.not_relevant || held == Answer::NotRelevant,
    }
}

/// Every bank ever published, oldest first. Never remove or reorder one.
pub static BANKS: [Bank; 2] = [
    Bank {
        version: 1,
        items: &super::content::ITEMS,
        // Equal say over goals, disagreement raised openly, who decides, colliding
        // interests, an agreed way to end.
        critical: &[ItemId(4), ItemId(8), ItemId(13), ItemId(24), ItemId(25)],
        // As released: every statement offered both.
        not_relevant_on: None,
        no_dont_know: &[],
    },
    Bank {
        version: 2,
        items: &super::content2::ITEMS,
        // The benefit each partner gets (34, which predicts a partner leaving),
        // free to disagree, associations' independence, promises kept (44, trust),
        // who decides, deciding together, what each partner cannot accept, an
        // agreed way to end.
        critical: &[
            ItemId(34),
            ItemId(40),
            ItemId(42),
            ItemId(44),
            ItemId(45),
            ItemId(46),
            ItemId(59),
            ItemId(62),
        ],
        // The statements with a presupposition (see [`Offers`]).
        not_relevant_on: Some(&[
            ItemId(38),
            ItemId(42),
            ItemId(47),
            ItemId(48),
            ItemId(53),
            ItemId(56),
            ItemId(57),
            ItemId(63),
            ItemId(66),
            ItemId(68),
        ]),
        // I could explain our shared goal; I know who decides what.
        no_dont_know: &[ItemId(32), ItemId(45)],
    },
];

/// The bank of a version, if it was ever published.
pub fn bank(version: u8) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.version == version)
}

/// The bank new checks use.
pub fn current() -> &'static Bank {
    bank(BANK_VERSION).expect("the current bank is published")
}

/// The bank that asks a statement.
pub fn bank_of(id: ItemId) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.items.iter().any(|i| i.id == id))
}

/// A statement of any bank.
pub fn item(id: ItemId) -> Option<&'static Item> {
    BANKS.iter().flat_map(|b| b.items).find(|i| i.id == id)
}

/// The position of a statement in its bank (and in a response's answers).
pub fn index_of(id: ItemId) -> Option<usize> {
    BANKS
        .iter()
        .find_map(|b| b.items.iter().position(|i| i.id == id))
}

/// The statements a team or a link speaks of: one bank's (`list` = its version), or
/// every bank's in publishing order (`list` = [`MIXED`], a team that answered more
/// than one bank).
pub fn list(list: u8) -> Option<Vec<&'static Item>> {
    if list == MIXED {
        Some(BANKS.iter().flat_map(|b| b.items).collect())
    } else {
        bank(list).map(|b| b.items.iter().collect())
    }
}

/// The list code of a set of banks: the bank when there is one, else [`MIXED`].
pub fn list_of(versions: impl IntoIterator<Item = u8>) -> u8 {
    let mut versions = versions.into_iter();
    let first = versions.next().unwrap_or(BANK_VERSION);
    if versions.all(|v| v == first) {
        first
    } else {
        MIXED
    }
}

/// The list code for "every bank" (a mixed team).
pub const MIXED: u8 = 0;
