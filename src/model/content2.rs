//! The content of question bank version 2: 38 statements in the same six areas,
//! with an action for each. The words live in the translators' files
//! (`locales/<lang>.ftl`); the structure (ids, areas, sources) stays here.
//!
//! Written after the methodological review of November 2026: every statement makes
//! one observable claim, with no leading contrast and no presupposed event, and
//! reads the same from a municipality and from an association (how each sector
//! reads each statement is written down in `docs/bank-2.md`). It adds what bank 1
//! missed: trust and reliability, the benefit to each partner, why a partnership is
//! needed, capacity to coordinate, the associations' independence, and the line
//! between volunteer and paid work. The band actions and facilitator questions of
//! the areas are shared with bank 1 ([`super::content::AREAS`]).
//!
//! Sources name the seed article (by file name), the Nordic framework (the Danish
//! Charter for samspil, the Swedish Överenskommelsen) or the instrument dimension
//! (Wilder, Nuffield, PSAT, CACSH, TPI, VicHealth) a statement rests on. The wording
//! is our own; no instrument item is copied. Borrowing a dimension does not borrow
//! its validation: Samspil is a structured conversation tool, not a validated
//! measure.
//!
//! Item ids are permanent: never reorder, reuse or change the meaning of an item here.

use super::bank::{Area, Item, ItemId};
use super::texts;

/// The 38 statements of bank version 2, in id order (grouped by area in area order).
pub static ITEMS: [Item; 38] = [
    Item {
        id: ItemId(31),
        area: Area::SharedGoals,
        text: texts::STATEMENT_31,
        remedy: texts::STATEMENT_31_ACTION,
    },
    Item {
        id: ItemId(32),
        area: Area::SharedGoals,
        text: texts::STATEMENT_32,
        remedy: texts::STATEMENT_32_ACTION,
    },
    Item {
        id: ItemId(33),
        area: Area::SharedGoals,
        text: texts::STATEMENT_33,
        remedy: texts::STATEMENT_33_ACTION,
    },
    Item {
        id: ItemId(34),
        area: Area::SharedGoals,
        text: texts::STATEMENT_34,
        remedy: texts::STATEMENT_34_ACTION,
    },
    Item {
        id: ItemId(35),
        area: Area::SharedGoals,
        text: texts::STATEMENT_35,
        remedy: texts::STATEMENT_35_ACTION,
    },
    Item {
        id: ItemId(36),
        area: Area::SharedGoals,
        text: texts::STATEMENT_36,
        remedy: texts::STATEMENT_36_ACTION,
    },
    Item {
        id: ItemId(37),
        area: Area::Communication,
        text: texts::STATEMENT_37,
        remedy: texts::STATEMENT_37_ACTION,
    },
    Item {
        id: ItemId(38),
        area: Area::Communication,
        text: texts::STATEMENT_38,
        remedy: texts::STATEMENT_38_ACTION,
    },
    Item {
        id: ItemId(39),
        area: Area::Communication,
        text: texts::STATEMENT_39,
        remedy: texts::STATEMENT_39_ACTION,
    },
    Item {
        id: ItemId(40),
        area: Area::Communication,
        text: texts::STATEMENT_40,
        remedy: texts::STATEMENT_40_ACTION,
    },
    Item {
        id: ItemId(41),
        area: Area::Communication,
        text: texts::STATEMENT_41,
        remedy: texts::STATEMENT_41_ACTION,
    },
    Item {
        id: ItemId(42),
        area: Area::Communication,
        text: texts::STATEMENT_42,
        remedy: texts::STATEMENT_42_ACTION,
    },
    Item {
        id: ItemId(43),
        area: Area::Roles,
        text: texts::STATEMENT_43,
        remedy: texts::STATEMENT_43_ACTION,
    },
    Item {
        id: ItemId(44),
        area: Area::Roles,
        text: texts::STATEMENT_44,
        remedy: texts::STATEMENT_44_ACTION,
    },
    Item {
        id: ItemId(45),
        area: Area::Roles,
        text: texts::STATEMENT_45,
        remedy: texts::STATEMENT_45_ACTION,
    },
    Item {
        id: ItemId(46),
        area: Area::Roles,
        text: texts::STATEMENT_46,
        remedy: texts::STATEMENT_46_ACTION,
    },
    Item {
        id: ItemId(47),
        area: Area::Roles,
        text: texts::STATEMENT_47,
        remedy: texts::STATEMENT_47_ACTION,
    },
    Item {
        id: ItemId(48),
        area: Area::Roles,
        text: texts::STATEMENT_48,
        remedy: texts::STATEMENT_48_ACTION,
    },
    Item {
        id: ItemId(49),
        area: Area::Roles,
        text: texts::STATEMENT_49,
        remedy: texts::STATEMENT_49_ACTION,
    },
    Item {
        id: ItemId(50),
        area: Area::Evaluation,
        text: texts::STATEMENT_50,
        remedy: texts::STATEMENT_50_ACTION,
    },
    Item {
        id: ItemId(51),
        area: Area::Evaluation,
        text: texts::STATEMENT_51,
        remedy: texts::STATEMENT_51_ACTION,
    },
    Item {
        id: ItemId(52),
        area: Area::Evaluation,
        text: texts::STATEMENT_52,
        remedy: texts::STATEMENT_52_ACTION,
    },
    Item {
        id: ItemId(53),
        area: Area::Evaluation,
        text: texts::STATEMENT_53,
        remedy: texts::STATEMENT_53_ACTION,
    },
    Item {
        id: ItemId(54),
        area: Area::Evaluation,
        text: texts::STATEMENT_54,
        remedy: texts::STATEMENT_54_ACTION,
    },
    Item {
        id: ItemId(55),
        area: Area::Evaluation,
        text: texts::STATEMENT_55,
        remedy: texts::STATEMENT_55_ACTION,
    },
    Item {
        id: ItemId(56),
        area: Area::Flexibility,
        text: texts::STATEMENT_56,
        remedy: texts::STATEMENT_56_ACTION,
    },
    Item {
        id: ItemId(57),
        area: Area::Flexibility,
        text: texts::STATEMENT_57,
        remedy: texts::STATEMENT_57_ACTION,
    },
    Item {
        id: ItemId(58),
        area: Area::Flexibility,
        text: texts::STATEMENT_58,
        remedy: texts::STATEMENT_58_ACTION,
    },
    Item {
        id: ItemId(59),
        area: Area::Flexibility,
        text: texts::STATEMENT_59,
        remedy: texts::STATEMENT_59_ACTION,
    },
    Item {
        id: ItemId(60),
        area: Area::Flexibility,
        text: texts::STATEMENT_60,
        remedy: texts::STATEMENT_60_ACTION,
    },
    Item {
        id: ItemId(61),
        area: Area::Flexibility,
        text: texts::STATEMENT_61,
        remedy: texts::STATEMENT_61_ACTION,
    },
    Item {
        id: ItemId(62),
        area: Area::Sustainability,
        text: texts::STATEMENT_62,
        remedy: texts::STATEMENT_62_ACTION,
    },
    Item {
        id: ItemId(63),
        area: Area::Sustainability,
        text: texts::STATEMENT_63,
        remedy: texts::STATEMENT_63_ACTION,
    },
    Item {
        id: ItemId(64),
        area: Area::Sustainability,
        text: texts::STATEMENT_64,
        remedy: texts::STATEMENT_64_ACTION,
    },
    Item {
        id: ItemId(65),
        area: Area::Sustainability,
        text: texts::STATEMENT_65,
        remedy: texts::STATEMENT_65_ACTION,
    },
    Item {
        id: ItemId(66),
        area: Area::Sustainability,
        text: texts::STATEMENT_66,
        remedy: texts::STATEMENT_66_ACTION,
    },
    Item {
        id: ItemId(67),
        area: Area::Sustainability,
        text: texts::STATEMENT_67,
        remedy: texts::STATEMENT_67_ACTION,
    },
    Item {
        id: ItemId(68),
        area: Area::Sustainability,
        text: texts::STATEMENT_68,
        remedy: texts::STATEMENT_68_ACTION,
    },
];

/// Where each statement comes from (a seed article, a Nordic framework, an
/// instrument's dimension), by id: the README's table and `docs/` cite these. Kept
/// apart from [`ITEMS`], so the app, which never shows them, does not carry them.
pub static SOURCES: [(ItemId, &str); 38] = [
    (ItemId(31), "Nuffield Partnership Assessment Tool, principle 1 (recognise and accept the need for partnership); VicHealth Partnerships Analysis Tool (determining the need); seed 003_fcc06f09e8914041.txt (the right actors and the right process form)"),
    (ItemId(32), "Wilder Collaboration Factors Inventory: shared vision; Nuffield principle 2 (clarity of purpose); seed 000_36c5d0b076a33f7f.txt (identify shared goals first)"),
    (ItemId(33), "Wilder: members see collaboration as in their self-interest; seed 000_36c5d0b076a33f7f.txt (conflicting interests); seed 002_e7ec0d301431a0a0.txt (shared value)"),
    (ItemId(34), "Partnership Self-Assessment Tool (CACSH): benefits and drawbacks of participating; TPI partnering principles: equitable value; seed 002_e7ec0d301431a0a0.txt (shared value for each partner)"),
    (ItemId(35), "Wilder: concrete, attainable goals; Nuffield principle 2 (realism of purpose); seed 002_e7ec0d301431a0a0.txt (new models take time and resources)"),
    (ItemId(36), "Seed 001_a2b0b421a8bcbd65.txt (involve all parties, especially the people it is for, in defining the purpose); seed 000_36c5d0b076a33f7f.txt (citizen engagement in decisions); Danish Charter for samspil (2013)"),
    (ItemId(37), "Wilder: open and frequent communication; Nuffield principle 5 (clear partnership arrangements); seed 000_36c5d0b076a33f7f.txt (structured channels such as regular meetings)"),
    (ItemId(38), "Danish Charter for samspil (volunteers take part on their own terms); Överenskommelsen: dialogue; seed 001_a2b0b421a8bcbd65.txt (clear frames for every actor)"),
    (ItemId(39), "Wilder: established communication links; seed 000_36c5d0b076a33f7f.txt (shared platforms, do not assume everyone knows the details)"),
    (ItemId(40), "Nuffield principle 4 (trust); Wilder: mutual respect, understanding and trust; seed 000_36c5d0b076a33f7f.txt (an open culture where every party can speak freely)"),
    (ItemId(41), "Wilder: mutual respect, understanding and trust; seed 000_36c5d0b076a33f7f.txt (differences in culture); Danish Charter for samspil (the associations' own decision-making)"),
    (ItemId(42), "Överenskommelsen: independence and autonomy (associations can be critical voices without risking collaboration or support); Danish Charter for samspil (2001, 2013): the associations' independence"),
    (ItemId(43), "Wilder: clear roles and policy guidelines; Nuffield principle 5 (clear partnership arrangements); seed 001_a2b0b421a8bcbd65.txt (roles resting on oral agreements hamper the process)"),
    (ItemId(44), "Nuffield principle 4 (trust); Wilder: mutual respect, understanding and trust; Danish Charter for samspil (2013): trust, mutuality and cooperation"),
    (ItemId(45), "CACSH: decision-making; Nuffield principle 5 (clear partnership arrangements); seed 003_fcc06f09e8914041.txt (collaboration, not involvement)"),
    (ItemId(46), "Seed 003_fcc06f09e8914041.txt (equal standing; when the public sector steers alone, collaboration shrinks to consultation); seed 001_a2b0b421a8bcbd65.txt (communities of equals); TPI: power balance; CACSH: decision-making"),
    (ItemId(47), "Danish Charter for samspil (2001): the associations' right to choose and prioritise their own tasks; Överenskommelsen: independence and autonomy"),
    (ItemId(48), "Danish Charter for samspil (2001): voluntary effort does not replace the public effort; methodological review 2026-11, section 2.1 (volunteer-specific governance)"),
    (ItemId(49), "Wilder: skilled leadership; CACSH: leadership; PSAT: organisational capacity; seed 002_e7ec0d301431a0a0.txt (who pays for the development work)"),
    (ItemId(50), "Nuffield principle 6 (monitor, measure and learn); PSAT: program evaluation; seed 000_36c5d0b076a33f7f.txt (define clear measures from the start)"),
    (ItemId(51), "Wilder: evaluation and continuous learning; seed 000_36c5d0b076a33f7f.txt (involve citizens in decisions and evaluations); seed 001_a2b0b421a8bcbd65.txt (avoid wrong assumptions about the people it is for)"),
    (ItemId(52), "Nuffield principle 6 (monitor, measure and learn); PSAT: program evaluation; seed 000_36c5d0b076a33f7f.txt (evaluate progress regularly)"),
    (ItemId(53), "Wilder: evaluation and continuous learning; Nuffield principle 6; seed 004_e2cdfe1f2dd32a72.txt (learn and adjust locally)"),
    (ItemId(54), "PSAT: communications (with stakeholders) and organisational capacity (leadership support); Överenskommelsen: openness and transparency"),
    (ItemId(55), "CACSH: synergy and benefits; TPI: value of the partnership; seed 003_fcc06f09e8914041.txt (social, economic and democratic gains); seed 000_36c5d0b076a33f7f.txt (social sustainability)"),
    (ItemId(56), "Wilder: adaptability; PSAT: program adaptation; seed 000_36c5d0b076a33f7f.txt (be prepared to adapt to new circumstances)"),
    (ItemId(57), "Wilder: flexibility; PSAT: program adaptation; seed 004_e2cdfe1f2dd32a72.txt (start small, then scale)"),
    (ItemId(58), "Nuffield principle 6 (learn); seed 004_e2cdfe1f2dd32a72.txt (dare to experiment and accept that some approaches fail)"),
    (ItemId(59), "Wilder: ability to compromise; TPI: power balance; seed 000_36c5d0b076a33f7f.txt (conflicting interests)"),
    (ItemId(60), "Nuffield principle 5 (robust partnership arrangements); PSAT: program adaptation"),
    (ItemId(61), "Wilder: ability to compromise; CACSH: leadership (resolving conflict); methodological review 2026-11, section 2.1 (handling conflict)"),
    (ItemId(62), "Nuffield principle 5 (robust partnership arrangements); VicHealth (question whether the partnership should go on); seed 000_36c5d0b076a33f7f.txt (reconsider or end the partnership constructively)"),
    (ItemId(63), "Seed 003_fcc06f09e8914041.txt (security of supply for citizens); Danish Charter for samspil (voluntary effort does not replace public responsibility)"),
    (ItemId(64), "PSAT: organisational capacity; seed 001_a2b0b421a8bcbd65.txt (activities must run on when the money stops); seed 003_fcc06f09e8914041.txt (who carries the solution)"),
    (ItemId(65), "PSAT: environmental support and organisational capacity; Nuffield principle 3 (commitment and ownership)"),
    (ItemId(66), "PSAT: organisational capacity; methodological review 2026-11, section 2.1 (anchoring in frontline practice)"),
    (ItemId(67), "PSAT: organisational capacity; seed 003_fcc06f09e8914041.txt (local enthusiasts, ildsjæle); methodological review 2026-11, section 2.1 (an activity resting on one or two enthusiasts)"),
    (ItemId(68), "PSAT: funding stability; seed 000_36c5d0b076a33f7f.txt (realistic budgets, new funding sources); seed 002_e7ec0d301431a0a0.txt (who pays)"),
];
