//! The content of question bank version 1: thirty statements in six areas, with a
//! remedy for each statement, band actions and facilitator questions for each area.
//! The words live in the translators' files (`locales/<lang>.ftl`, generated into
//! [`super::texts`]); the structure (ids, areas, sources) stays here.
//!
//! The statements are grounded in the project's seed articles (a Swedish step-by-step
//! guide to welfare partnerships, a Danish volunteer centre's co-creation methods,
//! Finnish shared-value partnerships, the Danish "new actors on the welfare pitch"
//! piece on the three roles of non-public actors and equal standing, and Danish
//! cross-municipal collaboration) and in the dimensions shared by the Wilder
//! Collaboration Factors Inventory, the Nuffield Partnership Assessment Tool and the
//! Program Sustainability Assessment Tool (PSAT). The wording is our own; no
//! instrument item is copied. [`SOURCES`] names where each statement comes from.
//!
//! Item ids are permanent: never reorder, reuse or change the meaning of an item here.

use super::bank::{Area, AreaInfo, Item, ItemId};
use super::texts;

/// The thirty statements of bank version 1, in id order (five per area, in area order).
pub static ITEMS: [Item; 30] = [
    Item {
        id: ItemId(1),
        area: Area::SharedGoals,
        text: texts::STATEMENT_1,
        remedy: texts::STATEMENT_1_ACTION,
    },
    Item {
        id: ItemId(2),
        area: Area::SharedGoals,
        text: texts::STATEMENT_2,
        remedy: texts::STATEMENT_2_ACTION,
    },
    Item {
        id: ItemId(3),
        area: Area::SharedGoals,
        text: texts::STATEMENT_3,
        remedy: texts::STATEMENT_3_ACTION,
    },
    Item {
        id: ItemId(4),
        area: Area::SharedGoals,
        text: texts::STATEMENT_4,
        remedy: texts::STATEMENT_4_ACTION,
    },
    Item {
        id: ItemId(5),
        area: Area::SharedGoals,
        text: texts::STATEMENT_5,
        remedy: texts::STATEMENT_5_ACTION,
    },
    Item {
        id: ItemId(6),
        area: Area::Communication,
        text: texts::STATEMENT_6,
        remedy: texts::STATEMENT_6_ACTION,
    },
    Item {
        id: ItemId(7),
        area: Area::Communication,
        text: texts::STATEMENT_7,
        remedy: texts::STATEMENT_7_ACTION,
    },
    Item {
        id: ItemId(8),
        area: Area::Communication,
        text: texts::STATEMENT_8,
        remedy: texts::STATEMENT_8_ACTION,
    },
    Item {
        id: ItemId(9),
        area: Area::Communication,
        text: texts::STATEMENT_9,
        remedy: texts::STATEMENT_9_ACTION,
    },
    Item {
        id: ItemId(10),
        area: Area::Communication,
        text: texts::STATEMENT_10,
        remedy: texts::STATEMENT_10_ACTION,
    },
    Item {
        id: ItemId(11),
        area: Area::Roles,
        text: texts::STATEMENT_11,
        remedy: texts::STATEMENT_11_ACTION,
    },
    Item {
        id: ItemId(12),
        area: Area::Roles,
        text: texts::STATEMENT_12,
        remedy: texts::STATEMENT_12_ACTION,
    },
    Item {
        id: ItemId(13),
        area: Area::Roles,
        text: texts::STATEMENT_13,
        remedy: texts::STATEMENT_13_ACTION,
    },
    Item {
        id: ItemId(14),
        area: Area::Roles,
        text: texts::STATEMENT_14,
        remedy: texts::STATEMENT_14_ACTION,
    },
    Item {
        id: ItemId(15),
        area: Area::Roles,
        text: texts::STATEMENT_15,
        remedy: texts::STATEMENT_15_ACTION,
    },
    Item {
        id: ItemId(16),
        area: Area::Evaluation,
        text: texts::STATEMENT_16,
        remedy: texts::STATEMENT_16_ACTION,
    },
    Item {
        id: ItemId(17),
        area: Area::Evaluation,
        text: texts::STATEMENT_17,
        remedy: texts::STATEMENT_17_ACTION,
    },
    Item {
        id: ItemId(18),
        area: Area::Evaluation,
        text: texts::STATEMENT_18,
        remedy: texts::STATEMENT_18_ACTION,
    },
    Item {
        id: ItemId(19),
        area: Area::Evaluation,
        text: texts::STATEMENT_19,
        remedy: texts::STATEMENT_19_ACTION,
    },
    Item {
        id: ItemId(20),
        area: Area::Evaluation,
        text: texts::STATEMENT_20,
        remedy: texts::STATEMENT_20_ACTION,
    },
    Item {
        id: ItemId(21),
        area: Area::Flexibility,
        text: texts::STATEMENT_21,
        remedy: texts::STATEMENT_21_ACTION,
    },
    Item {
        id: ItemId(22),
        area: Area::Flexibility,
        text: texts::STATEMENT_22,
        remedy: texts::STATEMENT_22_ACTION,
    },
    Item {
        id: ItemId(23),
        area: Area::Flexibility,
        text: texts::STATEMENT_23,
        remedy: texts::STATEMENT_23_ACTION,
    },
    Item {
        id: ItemId(24),
        area: Area::Flexibility,
        text: texts::STATEMENT_24,
        remedy: texts::STATEMENT_24_ACTION,
    },
    Item {
        id: ItemId(25),
        area: Area::Flexibility,
        text: texts::STATEMENT_25,
        remedy: texts::STATEMENT_25_ACTION,
    },
    Item {
        id: ItemId(26),
        area: Area::Sustainability,
        text: texts::STATEMENT_26,
        remedy: texts::STATEMENT_26_ACTION,
    },
    Item {
        id: ItemId(27),
        area: Area::Sustainability,
        text: texts::STATEMENT_27,
        remedy: texts::STATEMENT_27_ACTION,
    },
    Item {
        id: ItemId(28),
        area: Area::Sustainability,
        text: texts::STATEMENT_28,
        remedy: texts::STATEMENT_28_ACTION,
    },
    Item {
        id: ItemId(29),
        area: Area::Sustainability,
        text: texts::STATEMENT_29,
        remedy: texts::STATEMENT_29_ACTION,
    },
    Item {
        id: ItemId(30),
        area: Area::Sustainability,
        text: texts::STATEMENT_30,
        remedy: texts::STATEMENT_30_ACTION,
    },
];

/// Texts for the six areas, in area order.
pub static AREAS: [AreaInfo; 6] = [
    AreaInfo {
        area: Area::SharedGoals,
        name: texts::AREA_GOALS,
        description: texts::AREA_GOALS_DESCRIPTION,
        actions: [
            // needs attention
            &[texts::AREA_GOALS_ATTENTION_1, texts::AREA_GOALS_ATTENTION_2],
            // developing
            &[
                texts::AREA_GOALS_DEVELOPING_1,
                texts::AREA_GOALS_DEVELOPING_2,
                texts::AREA_GOALS_DEVELOPING_3,
            ],
            // strong
            &[texts::AREA_GOALS_STRONG_1, texts::AREA_GOALS_STRONG_2],
        ],
        discussion: &[texts::AREA_GOALS_QUESTION_1, texts::AREA_GOALS_QUESTION_2],
    },
    AreaInfo {
        area: Area::Communication,
        name: texts::AREA_COMMUNICATION,
        description: texts::AREA_COMMUNICATION_DESCRIPTION,
        actions: [
            // needs attention
            &[
                texts::AREA_COMMUNICATION_ATTENTION_1,
                texts::AREA_COMMUNICATION_ATTENTION_2,
            ],
            // developing
            &[
                texts::AREA_COMMUNICATION_DEVELOPING_1,
                texts::AREA_COMMUNICATION_DEVELOPING_2,
            ],
            // strong
            &[
                texts::AREA_COMMUNICATION_STRONG_1,
                texts::AREA_COMMUNICATION_STRONG_2,
            ],
        ],
        discussion: &[
            texts::AREA_COMMUNICATION_QUESTION_1,
            texts::AREA_COMMUNICATION_QUESTION_2,
        ],
    },
    AreaInfo {
        area: Area::Roles,
        name: texts::AREA_ROLES,
        description: texts::AREA_ROLES_DESCRIPTION,
        actions: [
            // needs attention
            &[texts::AREA_ROLES_ATTENTION_1, texts::AREA_ROLES_ATTENTION_2],
            // developing
            &[
                texts::AREA_ROLES_DEVELOPING_1,
                texts::AREA_ROLES_DEVELOPING_2,
            ],
            // strong
            &[texts::AREA_ROLES_STRONG_1, texts::AREA_ROLES_STRONG_2],
        ],
        discussion: &[texts::AREA_ROLES_QUESTION_1, texts::AREA_ROLES_QUESTION_2],
    },
    AreaInfo {
        area: Area::Evaluation,
        name: texts::AREA_EVALUATION,
        description: texts::AREA_EVALUATION_DESCRIPTION,
        actions: [
            // needs attention
            &[
                texts::AREA_EVALUATION_ATTENTION_1,
                texts::AREA_EVALUATION_ATTENTION_2,
            ],
            // developing
            &[
                texts::AREA_EVALUATION_DEVELOPING_1,
                texts::AREA_EVALUATION_DEVELOPING_2,
            ],
            // strong
            &[
                texts::AREA_EVALUATION_STRONG_1,
                texts::AREA_EVALUATION_STRONG_2,
            ],
        ],
        discussion: &[
            texts::AREA_EVALUATION_QUESTION_1,
            texts::AREA_EVALUATION_QUESTION_2,
        ],
    },
    AreaInfo {
        area: Area::Flexibility,
        name: texts::AREA_FLEXIBILITY,
        description: texts::AREA_FLEXIBILITY_DESCRIPTION,
        actions: [
            // needs attention
            &[
                texts::AREA_FLEXIBILITY_ATTENTION_1,
                texts::AREA_FLEXIBILITY_ATTENTION_2,
            ],
            // developing
            &[
                texts::AREA_FLEXIBILITY_DEVELOPING_1,
                texts::AREA_FLEXIBILITY_DEVELOPING_2,
            ],
            // strong
            &[
                texts::AREA_FLEXIBILITY_STRONG_1,
                texts::AREA_FLEXIBILITY_STRONG_2,
            ],
        ],
        discussion: &[
            texts::AREA_FLEXIBILITY_QUESTION_1,
            texts::AREA_FLEXIBILITY_QUESTION_2,
        ],
    },
    AreaInfo {
        area: Area::Sustainability,
        name: texts::AREA_ANCHORING,
        description: texts::AREA_ANCHORING_DESCRIPTION,
        actions: [
            // needs attention
            &[
                texts::AREA_ANCHORING_ATTENTION_1,
                texts::AREA_ANCHORING_ATTENTION_2,
            ],
            // developing
            &[
                texts::AREA_ANCHORING_DEVELOPING_1,
                texts::AREA_ANCHORING_DEVELOPING_2,
            ],
            // strong
            &[
                texts::AREA_ANCHORING_STRONG_1,
                texts::AREA_ANCHORING_STRONG_2,
            ],
        ],
        discussion: &[
            texts::AREA_ANCHORING_QUESTION_1,
            texts::AREA_ANCHORING_QUESTION_2,
        ],
    },
];

/// Where each statement comes from (a seed article, a Nordic framework, an
/// instrument's dimension), by id: the README's table and `docs/` cite these. Kept
/// apart from [`ITEMS`], so the app, which never shows them, does not carry them.
pub static SOURCES: [(ItemId, &str); 30] = [
    (ItemId(1), "Seed: Danish volunteer centre methods (involve all parties, especially the target group, in defining the purpose); Wilder: shared vision; Nuffield: principle 2 (clarity of purpose)"),
    (ItemId(2), "Seed: Swedish step-by-step guide (identify shared goals first); Wilder: concrete, attainable goals; Nuffield: principle 2 (clarity of purpose)"),
    (ItemId(3), "Seed: Swedish step-by-step guide (conflicting interests); Seed: Finnish shared-value partnerships (unclear benefits); Wilder: members see collaboration as in their self-interest; Nuffield: principle 3 (commitment and ownership)"),
    (ItemId(4), "Seed: Danish new actors on the welfare pitch (engagement springs from equal standing); Wilder: mutual respect, understanding and trust; Nuffield: principle 4 (trust)"),
    (ItemId(5), "Seed: Finnish shared-value partnerships (new models take time and resources); Wilder: concrete, attainable goals; Nuffield: principle 2 (realism of purpose); PSAT: strategic planning"),
    (ItemId(6), "Seed: Swedish step-by-step guide (structured channels such as regular meetings); Wilder: open and frequent communication; Nuffield: principle 5 (clear partnership arrangements); PSAT: communications"),
    (ItemId(7), "Seed: Swedish step-by-step guide (shared platforms; do not assume everyone knows the details); Wilder: established communication links"),
    (ItemId(8), "Seed: Swedish step-by-step guide (an open communicative culture where every party can speak freely); Wilder: mutual respect, understanding and trust; Nuffield: principle 4 (trust)"),
    (ItemId(9), "Seed: Danish cross-municipal collaboration (ongoing knowledge sharing between experts); Seed: Swedish step-by-step guide (knowledge exchange); Wilder: informal relationships and communication links"),
    (ItemId(10), "Seed: Swedish step-by-step guide (unclear communication causes misunderstandings); Wilder: open and frequent communication; Nuffield: principle 5 (robust partnership arrangements)"),
    (ItemId(11), "Seed: Danish volunteer centre methods (unclear roles based on oral agreements hamper the process); Wilder: clear roles and policy guidelines; Nuffield: principle 5 (clear partnership arrangements)"),
    (ItemId(12), "Seed: Danish new actors on the welfare pitch (three roles of non-public actors); Wilder: appropriate cross-section of members; Nuffield: principle 5 (clear partnership arrangements)"),
    (ItemId(13), "Seed: Danish new actors on the welfare pitch (when the public sector steers alone, collaboration shrinks to consultation); Wilder: multiple layers of participation; Nuffield: principle 5 (clear partnership arrangements)"),
    (ItemId(14), "Seed: Swedish step-by-step guide (shared resource base, resource shortages); Seed: Finnish shared-value partnerships (who pays for the development work); Wilder: sufficient funds, staff, materials and time; PSAT: organisational capacity"),
    (ItemId(15), "Seed: Danish new actors on the welfare pitch (a neutral third party keeps the process equal); Seed: Finnish shared-value partnerships (cross-sector “interpreters”); Wilder: skilled leadership"),
    (ItemId(16), "Seed: Swedish step-by-step guide (define clear measures from the start); Nuffield: principle 6 (monitor, measure and learn); PSAT: program evaluation"),
    (ItemId(17), "Seed: Swedish step-by-step guide (evaluate progress regularly); Nuffield: principle 6 (monitor, measure and learn); PSAT: program evaluation"),
    (ItemId(18), "Seed: Swedish step-by-step guide (involve citizens in decisions and evaluations); Seed: Danish volunteer centre methods (avoid wrong assumptions about the target group); Wilder: evaluation and continuous learning"),
    (ItemId(19), "Seed: Danish cross-municipal collaboration (learn from what fails, adjust locally); Wilder: evaluation and continuous learning; Nuffield: principle 6 (monitor, measure and learn); PSAT: program evaluation"),
    (ItemId(20), "Seed: Swedish step-by-step guide (transparency about how welfare resources are used); PSAT: communications; PSAT: organisational capacity (leadership support)"),
    (ItemId(21), "Seed: Swedish step-by-step guide (be prepared to adapt to new circumstances); Wilder: adaptability; PSAT: program adaptation"),
    (ItemId(22), "Seed: Danish cross-municipal collaboration (start small, fail fast, scale fast); Wilder: flexibility; PSAT: program adaptation"),
    (ItemId(23), "Seed: Danish cross-municipal collaboration (leaders must dare to experiment and accept that some approaches fail); Wilder: mutual respect, understanding and trust; Nuffield: principle 6 (learn)"),
    (ItemId(24), "Seed: Swedish step-by-step guide (conflicting interests call for compromise); Wilder: ability to compromise"),
    (ItemId(25), "Seed: Swedish step-by-step guide (a plan to reconsider or end the partnership constructively); Nuffield: principle 5 (robust partnership arrangements)"),
    (ItemId(26), "Seed: Danish volunteer centre methods (foundation-funded projects have an end date); PSAT: funding stability; PSAT: strategic planning"),
    (ItemId(27), "Seed: Danish volunteer centre methods (discuss anchoring continuously, all the time); PSAT: strategic planning"),
    (ItemId(28), "Seed: Danish volunteer centre methods (activities must run on in a new way when the money stops); Seed: Danish new actors (who implements the solution); PSAT: organisational capacity"),
    (ItemId(29), "Seed: Danish cross-municipal collaboration (leaders open to experiment, large-scale roll-out); Nuffield: principle 3 (commitment and ownership); PSAT: environmental support"),
    (ItemId(30), "Seed: Swedish step-by-step guide (realistic budgets, new funding sources); Seed: Finnish shared-value partnerships (who pays); PSAT: funding stability"),
];
