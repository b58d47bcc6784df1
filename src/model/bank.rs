//! The question bank: six areas, five statements each.
//!
//! Item ids are permanent. A shared link stores answers by position in [`ITEMS`] for a
//! given [`BANK_VERSION`]; a later bank version may add items, but never reuses an id
//! or changes what an id asks. Links made with an older version keep decoding because
//! the codec knows the item list of every version it has ever written.

use super::i18n::Tr;

/// The version of the question bank that new links are written with.
pub const BANK_VERSION: u8 = 1;

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

    /// The items of this area, in bank order.
    pub fn items(self) -> impl Iterator<Item = &'static Item> {
        ITEMS.iter().filter(move |i| i.area == self)
    }
}

/// A stable item id, 1..=30 in bank version 1.
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
    /// Where the statement comes from: a seed article and/or a validated instrument.
    pub source: &'static str,
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

/// All items of the current bank, grouped by area in area order.
pub static ITEMS: &[Item] = &super::content::ITEMS;

pub fn item(id: ItemId) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id == id)
}

/// The position of a statement in the bank (and in a response's answers).
pub fn index_of(id: ItemId) -> Option<usize> {
    ITEMS.iter().position(|i| i.id == id)
}
