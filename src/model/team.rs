//! Team statistics for the meeting view.
//!
//! Rules, in plain words:
//! - An area's team figures are taken over the respondents who have a score in that
//!   area (see [`super::scoring`]); a statement's over those who answered it on the
//!   1–5 scale. "Don't know" answers are counted beside them.
//! - The standard deviation is the population SD (divide by N): the team is the
//!   whole population we describe, not a sample of it.
//! - **Disagreement**: a statement is flagged when its answers span 3 or more
//!   scale points (say a 2 and a 5) or their SD is 1.0 or more. An area is flagged
//!   by the same rule on its 0–100 scores, where one scale point is 25 score points
//!   (span ≥ 75 or SD ≥ 25). At least two answers are needed to disagree.
//!   Flagged areas and statements are ranked by SD, largest first, then by span.
//! - Per-sector means are shown only for sectors with at least
//!   [`MIN_SECTOR_RESPONDENTS`] respondents, so no single person can be singled out.

use super::answers::{Response, Sector};
use super::bank::{Area, ItemId, ITEMS};
use super::remedies::{self, Action, ItemValue};
use super::scoring::{AreaScore, ResultSummary};

pub const DISAGREE_SPAN: f64 = 3.0;
pub const DISAGREE_SD: f64 = 1.0;
pub const MIN_SECTOR_RESPONDENTS: usize = 2;
/// Score points per scale point, to apply the scale rule to 0–100 scores.
const POINTS_PER_STEP: f64 = 25.0;

/// Descriptive statistics of a set of numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Population standard deviation.
    pub sd: f64,
}

impl Stats {
    /// `None` for an empty set.
    pub fn of(values: &[f64]) -> Option<Stats> {
        if values.is_empty() {
            return None;
        }
        let n = values.len();
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let mean = values.iter().sum::<f64>() / n as f64;
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
        Some(Stats {
            n,
            mean,
            median,
            min: sorted[0],
            max: sorted[n - 1],
            sd: var.sqrt(),
        })
    }

    pub fn span(&self) -> f64 {
        self.max - self.min
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaStats {
    pub area: Area,
    /// Over respondents' area scores (0–100).
    pub stats: Option<Stats>,
    /// Answers on the 1–5 scale, over all respondents.
    pub answered: usize,
    pub dont_know: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    pub id: ItemId,
    pub area: Area,
    /// Over the 1–5 answers.
    pub stats: Option<Stats>,
    pub dont_know: usize,
}

/// Where partners see things differently.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Subject {
    Area(Area),
    Item(ItemId),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disagreement {
    pub subject: Subject,
    pub area: Area,
    pub stats: Stats,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectorMeans {
    pub sector: Sector,
    pub respondents: usize,
    /// Mean area score per area, in area order (`None` where nobody has a score).
    pub means: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamSummary {
    pub respondents: usize,
    pub areas: Vec<AreaStats>,
    pub items: Vec<ItemStats>,
    /// Flagged areas and statements, most disagreement first.
    pub disagreements: Vec<Disagreement>,
    pub sectors: Vec<SectorMeans>,
    /// The team seen as one respondent: area means and their overall readiness.
    pub combined: ResultSummary,
}

fn flagged(stats: &Stats, step: f64) -> bool {
    stats.n >= 2
        && (stats.span() >= DISAGREE_SPAN * step - 1e-9 || stats.sd >= DISAGREE_SD * step - 1e-9)
}

impl TeamSummary {
    pub fn of(responses: &[Response]) -> TeamSummary {
        let personal: Vec<ResultSummary> = responses.iter().map(ResultSummary::of).collect();

        let areas: Vec<AreaStats> = Area::ALL
            .iter()
            .map(|&area| {
                let scores: Vec<f64> = personal.iter().filter_map(|p| p.area(area).score).collect();
                AreaStats {
                    area,
                    stats: Stats::of(&scores),
                    answered: personal.iter().map(|p| p.area(area).answered).sum(),
                    dont_know: personal.iter().map(|p| p.area(area).dont_know).sum(),
                }
            })
            .collect();

        let items: Vec<ItemStats> = ITEMS
            .iter()
            .map(|it| {
                let values: Vec<f64> = responses
                    .iter()
                    .filter_map(|r| r.answer(it.id).value().map(f64::from))
                    .collect();
                ItemStats {
                    id: it.id,
                    area: it.area,
                    stats: Stats::of(&values),
                    dont_know: responses
                        .iter()
                        .filter(|r| r.answer(it.id) == super::answers::Answer::DontKnow)
                        .count(),
                }
            })
            .collect();

        let mut disagreements: Vec<Disagreement> = areas
            .iter()
            .filter_map(|a| {
                let s = a.stats?;
                flagged(&s, POINTS_PER_STEP).then_some(Disagreement {
                    subject: Subject::Area(a.area),
                    area: a.area,
                    // Expressed in scale points so areas and statements rank together.
                    stats: Stats {
                        mean: s.mean / POINTS_PER_STEP + 1.0,
                        median: s.median / POINTS_PER_STEP + 1.0,
                        min: s.min / POINTS_PER_STEP + 1.0,
                        max: s.max / POINTS_PER_STEP + 1.0,
                        sd: s.sd / POINTS_PER_STEP,
                        n: s.n,
                    },
                })
            })
            .chain(items.iter().filter_map(|i| {
                let s = i.stats?;
                flagged(&s, 1.0).then_some(Disagreement {
                    subject: Subject::Item(i.id),
                    area: i.area,
                    stats: s,
                })
            }))
            .collect();
        disagreements.sort_by(|a, b| {
            b.stats
                .sd
                .total_cmp(&a.stats.sd)
                .then(b.stats.span().total_cmp(&a.stats.span()))
                .then(a.area.cmp(&b.area))
        });

        let sectors = Sector::ALL
            .iter()
            .filter_map(|&sector| {
                let members: Vec<&ResultSummary> = responses
                    .iter()
                    .zip(&personal)
                    .filter(|(r, _)| r.sector == Some(sector))
                    .map(|(_, p)| p)
                    .collect();
                (members.len() >= MIN_SECTOR_RESPONDENTS).then(|| SectorMeans {
                    sector,
                    respondents: members.len(),
                    means: Area::ALL
                        .iter()
                        .map(|&area| {
                            let v: Vec<f64> =
                                members.iter().filter_map(|p| p.area(area).score).collect();
                            Stats::of(&v).map(|s| s.mean)
                        })
                        .collect(),
                })
            })
            .collect();

        let combined = ResultSummary::from_areas(
            areas
                .iter()
                .map(|a| AreaScore {
                    area: a.area,
                    score: a.stats.map(|s| s.mean),
                    answered: a.answered,
                    dont_know: a.dont_know,
                    total: a.area.items().count() * responses.len(),
                })
                .collect(),
        );

        TeamSummary {
            respondents: responses.len(),
            areas,
            items,
            disagreements,
            sectors,
            combined,
        }
    }

    /// The team's ranked actions: from the weakest mean areas and the statements
    /// whose mean answer is 2 or lower.
    pub fn actions(&self) -> Vec<Action> {
        let means: Vec<ItemValue> = self
            .items
            .iter()
            .filter_map(|i| i.stats.map(|s| (i.id, s.mean)))
            .collect();
        remedies::rank(&self.combined, &means)
    }
}

/// Change per area between two sets (after minus before), in area order.
pub fn compare(before: &TeamSummary, after: &TeamSummary) -> Vec<(Area, Option<f64>)> {
    Area::ALL
        .iter()
        .map(|&area| {
            let b = before.areas[area.index()].stats.map(|s| s.mean);
            let a = after.areas[area.index()].stats.map(|s| s.mean);
            (area, a.zip(b).map(|(a, b)| a - b))
        })
        .collect()
}
