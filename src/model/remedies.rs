//! Suggested actions, in order of priority.
//!
//! The ranking, in plain words:
//! 1. Areas are visited from the weakest score up; areas without a score come last.
//! 2. Within an area, statements answered 1 or 2 come first, lowest answer first,
//!    each bringing its own specific action.
//! 3. Then the area's actions for its band (a strong area gets "keep it up" actions
//!    only when nothing weaker needs the space).
//! 4. Each area contributes at most two actions in a first pass, so the list covers
//!    more than one problem; a second pass fills any remaining places.
//! 5. At most [`MAX_ACTIONS`] actions, never the same one twice.

use super::bank::{Area, ItemId, ITEMS};
use super::i18n::Tr;
use super::scoring::{Band, ResultSummary};

pub const MAX_ACTIONS: usize = 5;
const PER_AREA_FIRST_PASS: usize = 2;

/// Where an action comes from; also its identity for removing duplicates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionSource {
    /// The specific action of a statement answered 1–2.
    Item(ItemId),
    /// The `n`th action for an area in a band.
    Area(Area, Band, usize),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Action {
    pub area: Area,
    pub source: ActionSource,
    pub text: Tr,
}

/// One statement's answer as the ranking sees it: the (mean) answer on the 1–5 scale.
pub type ItemValue = (ItemId, f64);

/// Ranks actions from area scores and statement values (one person's answers, or a
/// team's means). Statements with a value of 2 or less count as "answered 1–2".
pub fn rank(summary: &ResultSummary, items: &[ItemValue]) -> Vec<Action> {
    // Areas ordered weakest first; unscored areas after all scored ones.
    let mut order: Vec<(Area, Option<f64>)> =
        summary.areas.iter().map(|a| (a.area, a.score)).collect();
    order.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y).then(a.0.cmp(&b.0)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });

    let candidates: Vec<Vec<Action>> = order
        .iter()
        .map(|&(area, score)| area_candidates(area, score, items))
        .collect();

    // Passes: (actions per area, whether "keep it up" actions of strong areas count).
    let passes = [
        (PER_AREA_FIRST_PASS, false),
        (usize::MAX, false),
        (usize::MAX, true),
    ];
    let mut out: Vec<Action> = Vec::new();
    for (limit, with_strong) in passes {
        for list in &candidates {
            let mut taken = list
                .first()
                .map_or(0, |f| out.iter().filter(|a| a.area == f.area).count());
            for action in list {
                if out.len() >= MAX_ACTIONS || taken >= limit {
                    break;
                }
                let keep_up = matches!(action.source, ActionSource::Area(_, Band::Strong, _));
                if (with_strong || !keep_up) && !out.iter().any(|a| a.source == action.source) {
                    out.push(*action);
                    taken += 1;
                }
            }
        }
    }
    out
}

fn area_candidates(area: Area, score: Option<f64>, items: &[ItemValue]) -> Vec<Action> {
    let mut low: Vec<ItemValue> = items
        .iter()
        .copied()
        .filter(|&(id, v)| v <= 2.0 && ITEMS.iter().any(|i| i.id == id && i.area == area))
        .collect();
    low.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut list: Vec<Action> = low
        .into_iter()
        .filter_map(|(id, _)| ITEMS.iter().find(|i| i.id == id))
        .map(|item| Action {
            area,
            source: ActionSource::Item(item.id),
            text: item.remedy,
        })
        .collect();
    // Band actions only for areas with a score: we do not guess a band.
    if let Some(band) = score.map(Band::of) {
        list.extend(
            area.info().actions[band.index()]
                .iter()
                .enumerate()
                .map(|(n, text)| Action {
                    area,
                    source: ActionSource::Area(area, band, n),
                    text: *text,
                }),
        );
    }
    list
}

/// The statement values of one person: their 1–5 answers.
pub fn person_items(response: &super::answers::Response) -> Vec<ItemValue> {
    ITEMS
        .iter()
        .filter_map(|it| response.answer(it.id).value().map(|v| (it.id, v as f64)))
        .collect()
}
