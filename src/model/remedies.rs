//! Suggested actions, in order of priority.
//!
//! The ranking, in plain words:
//! 1. **Statements first.** Every statement answered 1–2 (in a team: by a third of
//!    the answers or by a whole sector, see [`super::team`]) brings its own action,
//!    across all areas, lowest answer first. On a tie, the bank's critical statements
//!    ([`super::bank::Bank::critical`]: equal standing, open disagreement, who
//!    decides, the associations' independence, benefit, promises kept, ending well)
//!    come first; the other tied statements are then taken one per area in turn
//!    (area order, lowest id first within an area), so one area's many low answers
//!    do not push every other area's out. A single serious answer is never crowded
//!    out by general advice.
//! 2. **Information gaps.** An area answered mostly "don't know" gets an action to
//!    find out what the partnership does not know.
//! 3. **Clarify.** An area with no 1–2 answers, answered mostly 3 ("neither") or
//!    "don't know", gets an action to clarify what people are unsure of, instead of
//!    general advice for its band.
//! 4. **Band actions** fill the places left: areas from the weakest score up, at most
//!    two per area in a first pass, then any remaining; a strong area's "keep it up"
//!    actions only when nothing else needs the place.
//! 5. At most [`MAX_ACTIONS`] actions, never the same one twice.

use super::bank::{Area, ItemId};
use super::i18n::Tr;
use super::scoring::{Band, ResultSummary};
use super::texts;

pub const MAX_ACTIONS: usize = 5;
const PER_AREA_FIRST_PASS: usize = 2;

/// Whether a statement's low answer wins ties: it is one of its bank's critical
/// statements, the ones that say most about equal standing.
pub fn is_critical(id: ItemId) -> bool {
    super::bank::bank_of(id).is_some_and(|b| b.critical.contains(&id))
}

/// Where an action comes from; also its identity for removing duplicates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionSource {
    /// The specific action of a statement answered 1–2.
    Item(ItemId),
    /// Finding out what nobody knows about an area.
    Gap(Area),
    /// Clarifying an area answered mostly "neither" or "don't know".
    Clarify(Area),
    /// The `n`th action for an area in a band.
    Area(Area, Band, usize),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Action {
    pub area: Area,
    pub source: ActionSource,
    /// The text; `{area}` in it stands for the area's name.
    pub text: Tr,
}

/// One statement as the ranking sees it: its (team) answer on the 1–5 scale.
pub type ItemValue = (ItemId, f64);

/// The statements in ranking order: lowest value first; within a tie, critical
/// statements first (by id), then the rest one per area in turn.
pub fn tie_order(low: &[ItemValue]) -> Vec<ItemValue> {
    let mut items: Vec<ItemValue> = low.to_vec();
    super::order::sort_by(&mut items, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut out = Vec::with_capacity(items.len());
    let mut start = 0;
    while start < items.len() {
        let value = items[start].1;
        let end = start + items[start..].iter().take_while(|i| i.1 == value).count();
        let tie = &items[start..end];
        out.extend(tie.iter().filter(|i| is_critical(i.0)));
        // The rest, round-robin over the areas: the k-th of each area in turn.
        let rest: Vec<(Area, ItemValue)> = tie
            .iter()
            .filter(|i| !is_critical(i.0))
            .map(|i| {
                (
                    super::bank::item(i.0).map_or(Area::ALL[0], |it| it.area),
                    *i,
                )
            })
            .collect();
        let mut round = 0;
        while out.len() < end {
            for area in Area::ALL {
                if let Some(i) = rest.iter().filter(|(a, _)| *a == area).nth(round) {
                    out.push(i.1);
                }
            }
            round += 1;
        }
        start = end;
    }
    out
}

/// Ranks actions. `low` holds the statements that call for their own action (one
/// person's 1–2 answers, or a team's triggered statements) with their answer;
/// `unsure` the areas answered mostly 3 or "don't know".
pub fn rank(summary: &ResultSummary, low: &[ItemValue], unsure: &[Area]) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let push = |out: &mut Vec<Action>, action: Action| {
        if out.len() < MAX_ACTIONS && !out.iter().any(|a| a.source == action.source) {
            out.push(action);
        }
    };

    // 1. Statements, across all areas.
    let items = tie_order(low);
    for (id, _) in &items {
        if let Some(item) = super::bank::item(*id) {
            push(
                &mut out,
                Action {
                    area: item.area,
                    source: ActionSource::Item(item.id),
                    text: item.remedy,
                },
            );
        }
    }

    // 2. Information gaps.
    for area in summary.information_gaps() {
        push(
            &mut out,
            Action {
                area,
                source: ActionSource::Gap(area),
                text: texts::ACTION_GAP,
            },
        );
    }

    // 3. Clarify, where nothing was answered 1–2.
    let has_low = |area: Area| {
        items
            .iter()
            .any(|(id, _)| super::bank::item(*id).is_some_and(|i| i.area == area))
    };
    let clarify: Vec<Area> = unsure
        .iter()
        .copied()
        .filter(|&a| !has_low(a) && !summary.area(a).information_gap())
        .collect();
    for &area in &clarify {
        push(
            &mut out,
            Action {
                area,
                source: ActionSource::Clarify(area),
                text: texts::ACTION_CLARIFY,
            },
        );
    }

    // 4. Band actions, weakest area first; areas given "clarify" only at the end.
    let mut order: Vec<(Area, f64)> = summary
        .areas
        .iter()
        .filter_map(|a| a.score.map(|s| (a.area, s)))
        .collect();
    super::order::sort_by(&mut order, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let band_actions = |area: Area, score: f64| {
        let band = Band::of(score);
        area.info().actions[band.index()]
            .iter()
            .enumerate()
            .map(move |(n, text)| Action {
                area,
                source: ActionSource::Area(area, band, n),
                text: *text,
            })
    };
    // Passes: (actions per area, whether strong areas and clarified areas count).
    for (limit, all) in [
        (PER_AREA_FIRST_PASS, false),
        (usize::MAX, false),
        (usize::MAX, true),
    ] {
        for &(area, score) in &order {
            let strong = Band::of(score) == Band::Strong;
            if !all && (strong || clarify.contains(&area)) {
                continue;
            }
            let mut taken = out
                .iter()
                .filter(|a| matches!(a.source, ActionSource::Area(x, ..) if x == area))
                .count();
            for action in band_actions(area, score) {
                if taken >= limit {
                    break;
                }
                let before = out.len();
                push(&mut out, action);
                taken += usize::from(out.len() > before);
            }
        }
    }
    out
}

/// The statements one person answered 1–2, with their answer.
pub fn person_low_items(response: &super::answers::Response) -> Vec<ItemValue> {
    response
        .bank()
        .items
        .iter()
        .filter_map(|it| response.answer(it.id).value().map(|v| (it.id, v as f64)))
        .filter(|&(_, v)| v <= 2.0)
        .collect()
}

/// The areas one person answered mostly 3 or "don't know" (more than half of the
/// area's statements).
pub fn person_unsure_areas(response: &super::answers::Response) -> Vec<Area> {
    use super::answers::Answer;
    Area::ALL
        .into_iter()
        .filter(|&area| {
            let answers: Vec<Answer> = response.area_answers(area).map(|(_, a)| a).collect();
            let unsure = answers
                .iter()
                .filter(|a| matches!(a, Answer::Scale(3) | Answer::DontKnow))
                .count();
            2 * unsure > answers.len()
        })
        .collect()
}

/// One person's ranked actions.
pub fn for_person(response: &super::answers::Response) -> Vec<Action> {
    rank(
        &ResultSummary::of(response),
        &person_low_items(response),
        &person_unsure_areas(response),
    )
}

/// The action a source stands for, or `None` for a source no bank has (a damaged
/// summary link).
pub fn action_of(source: ActionSource) -> Option<Action> {
    match source {
        ActionSource::Item(id) => super::bank::item(id).map(|item| Action {
            area: item.area,
            source,
            text: item.remedy,
        }),
        ActionSource::Gap(area) => Some(Action {
            area,
            source,
            text: texts::ACTION_GAP,
        }),
        ActionSource::Clarify(area) => Some(Action {
            area,
            source,
            text: texts::ACTION_CLARIFY,
        }),
        ActionSource::Area(area, band, n) => {
            area.info().actions[band.index()].get(n).map(|text| Action {
                area,
                source,
                text: *text,
            })
        }
    }
}
