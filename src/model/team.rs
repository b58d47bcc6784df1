//! Team statistics for the meeting view.
//!
//! Rules, in plain words (the README's "In a team" says the same, with reasons):
//! - **Partners count equally.** The team figure of an area or statement is the
//!   mean of the sectors' means: each sector (and "sector not given", as one group)
//!   counts once, however many people it sent. A municipality with six respondents
//!   does not outvote two associations. The headcount mean is shown second.
//! - An area's figures are taken over the respondents who have a score in it (see
//!   [`super::scoring`]); a statement's over those who answered it on the 1–5
//!   scale. "Don't know" and "not relevant" are counted beside them.
//! - **Sector gap:** two sectors with at least [`MIN_SECTOR_RESPONDENTS`] (in the
//!   anonymous mode [`ANONYMOUS_MIN`]) respondents each whose means differ by
//!   [`SECTOR_GAP`] scale points or more (25 score points for an area).
//! - **Answers on both sides** (polarisation): at least [`POLAR_SHARE`] of a
//!   statement's answers at 1–2 and as many at 4–5, and at least one on each side
//!   (two from six answers on). This needs at least [`MIN_DIFFER_ANSWERS`] answers:
//!   with two people there is no team spread to speak of, only two views. An area
//!   has answers on both sides when [`AREA_POLARISED_STATEMENTS`] or more of its
//!   statements do: it is judged from its statements, not from the spread of
//!   people's area scores, which averaging hides.
//! - "Where you differ" lists sector gaps first (largest first), then answers on
//!   both sides (the most even split first).
//! - **A statement's action fires for the team** when at least a third of those who
//!   answered it chose 1–2, or when every respondent of a sector with at least
//!   [`MIN_SECTOR_RESPONDENTS`] respondents did: a consistent minority is heard.
//! - **Before and after:** a change is "clear" only when it is at least
//!   [`CLEAR_CHANGE`] points and each side has at least [`MIN_COMPARE`] respondents.
//! - **Anonymous mode:** no per-person figures; any figure resting on fewer than
//!   [`ANONYMOUS_MIN`] people is left out (sector means and gaps included). The
//!   actions stay the same as in the full view: an action is not a figure.

use super::answers::{Answer, Response, Sector};
use super::bank::{Area, ItemId};
use super::remedies::{self, Action, ItemValue};
use super::scoring::{AreaScore, ResultSummary};

/// Sectors with fewer respondents are not shown or compared (full mode).
pub const MIN_SECTOR_RESPONDENTS: usize = 2;
/// In the anonymous mode, no figure rests on fewer people than this.
pub const ANONYMOUS_MIN: usize = 3;
/// A sector gap: this many scale points between two sectors' means.
pub const SECTOR_GAP: f64 = 1.0;
/// Answers on both sides: at least this share of answers at 1–2 and at 4–5.
pub const POLAR_SHARE: f64 = 0.2;
/// "Where you differ" needs this many answers to a statement.
pub const MIN_DIFFER_ANSWERS: usize = 3;
/// An area has answers on both sides when this many of its statements do.
pub const AREA_POLARISED_STATEMENTS: usize = 2;
/// A statement's action fires when at least this share of its answers are 1–2.
pub const MINORITY_SHARE: f64 = 1.0 / 3.0;
/// Before and after: smaller changes (in score points) read "no clear change".
pub const CLEAR_CHANGE: f64 = 10.0;
/// Before and after: each side needs this many respondents for a clear change.
pub const MIN_COMPARE: usize = 5;
/// Score points per scale point.
const POINTS_PER_STEP: f64 = 25.0;

/// Descriptive statistics of a set of numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Population standard deviation (the spread of these people's answers).
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
        super::order::sort_by(&mut sorted, f64::total_cmp);
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

/// The mean of the group means: every group counts once.
fn weighted(groups: &[Vec<f64>]) -> Option<f64> {
    let means: Vec<f64> = groups
        .iter()
        .filter(|g| !g.is_empty())
        .map(|g| g.iter().sum::<f64>() / g.len() as f64)
        .collect();
    (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64)
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaStats {
    pub area: Area,
    /// Over respondents' area scores (0–100): the headcount figures.
    pub stats: Option<Stats>,
    /// The team figure: partners (sectors) weighted equally.
    pub weighted: Option<f64>,
    /// Answers on the 1–5 scale, over all respondents.
    pub answered: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// Statements asked in the area, summed over the respondents (banks differ).
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    pub id: ItemId,
    pub area: Area,
    /// Over the 1–5 answers (headcount).
    pub stats: Option<Stats>,
    /// The team figure: partners (sectors) weighted equally.
    pub weighted: Option<f64>,
    /// Answers on the 1–5 scale, and of them those at 1–2 and at 4–5.
    pub answered: usize,
    pub low: usize,
    pub high: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// A whole sector (of at least [`MIN_SECTOR_RESPONDENTS`]) answered 1–2.
    pub sector_all_low: bool,
}

impl ItemStats {
    fn answers(&self) -> usize {
        self.answered
    }

    /// Answers on both sides (see the module docs).
    pub fn polarised(&self) -> bool {
        let n = self.answers();
        let need = ((POLAR_SHARE * n as f64).ceil() as usize).max(1);
        n >= MIN_DIFFER_ANSWERS && self.low >= need && self.high >= need
    }

    /// The statement's action fires for the team (see the module docs).
    pub fn fires(&self) -> bool {
        let n = self.answers();
        n > 0 && (self.low as f64 >= MINORITY_SHARE * n as f64 - 1e-9 || self.sector_all_low)
    }
}

/// Where partners see things differently.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Subject {
    Area(Area),
    Item(ItemId),
}

/// Why a subject is listed under "where you differ".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Difference {
    /// Two sectors' means differ by at least [`SECTOR_GAP`] scale points.
    SectorGap {
        higher: Sector,
        lower: Sector,
        /// In scale points.
        gap: f64,
    },
    /// Answers on both sides of a statement.
    BothSides { low: usize, high: usize, n: usize },
    /// Statements of an area with answers on both sides.
    BothSidesArea { statements: usize },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disagreement {
    pub subject: Subject,
    pub area: Area,
    pub difference: Difference,
}

impl Disagreement {
    /// Sector gaps first, largest first; then answers on both sides, the most even
    /// split first.
    fn rank_key(&self) -> (u8, f64) {
        match self.difference {
            Difference::SectorGap { gap, .. } => (0, -gap),
            Difference::BothSidesArea { statements } => (1, -(statements as f64)),
            Difference::BothSides { low, high, n } => (2, -(low.min(high) as f64 / n as f64)),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectorMeans {
    pub sector: Sector,
    pub respondents: usize,
    /// Mean area score per area, in area order (`None` where nobody has a score).
    pub means: Vec<Option<f64>>,
    /// Mean answer per statement, in bank order.
    pub item_means: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamSummary {
    /// The statements the team answered: a bank's version, or 0 when people
    /// answered different banks (see [`super::bank::list`]). Area figures combine
    /// every bank; a statement's figures come from those who were asked it.
    pub bank: u8,
    pub respondents: usize,
    /// Whether figures on fewer than [`ANONYMOUS_MIN`] people are left out.
    pub anonymous: bool,
    pub areas: Vec<AreaStats>,
    pub items: Vec<ItemStats>,
    /// Flagged areas and statements, in the order of [`Disagreement::rank_key`].
    pub disagreements: Vec<Disagreement>,
    /// Sectors with enough respondents to be shown, in the sector list's order.
    pub sectors: Vec<SectorMeans>,
    /// The team seen as one respondent, partners weighted equally.
    pub combined: ResultSummary,
}

impl TeamSummary {
    /// The full team picture.
    pub fn of(responses: &[Response]) -> TeamSummary {
        Self::build(responses, false)
    }

    /// The anonymous team picture: nothing on fewer than [`ANONYMOUS_MIN`] people.
    pub fn anonymous(responses: &[Response]) -> TeamSummary {
        Self::build(responses, true)
    }

    fn build(responses: &[Response], anonymous: bool) -> TeamSummary {
        let personal: Vec<ResultSummary> = responses.iter().map(ResultSummary::of).collect();
        let min_figure = if anonymous { ANONYMOUS_MIN } else { 1 };
        let min_sector = if anonymous {
            ANONYMOUS_MIN
        } else {
            MIN_SECTOR_RESPONDENTS
        };
        // Groups for weighting: each sector, and "not given" as one group.
        let mut groups: Vec<Option<Sector>> = responses.iter().map(|r| r.sector).collect();
        super::order::sort_by(&mut groups, Ord::cmp);
        groups.dedup();
        let members = |g: Option<Sector>| -> Vec<usize> {
            (0..responses.len())
                .filter(|&i| responses[i].sector == g)
                .collect()
        };

        let areas: Vec<AreaStats> = Area::ALL
            .iter()
            .map(|&area| {
                let scores: Vec<f64> = personal.iter().filter_map(|p| p.area(area).score).collect();
                let by_group: Vec<Vec<f64>> = groups
                    .iter()
                    .map(|&g| {
                        members(g)
                            .into_iter()
                            .filter_map(|i| personal[i].area(area).score)
                            .collect()
                    })
                    .collect();
                let enough = scores.len() >= min_figure;
                AreaStats {
                    area,
                    stats: Stats::of(&scores).filter(|_| enough),
                    weighted: weighted(&by_group).filter(|_| enough),
                    answered: personal.iter().map(|p| p.area(area).answered).sum(),
                    dont_know: personal.iter().map(|p| p.area(area).dont_know).sum(),
                    not_relevant: personal.iter().map(|p| p.area(area).not_relevant).sum(),
                    total: personal.iter().map(|p| p.area(area).total).sum(),
                }
            })
            .collect();

        let bank = super::bank::list_of(responses.iter().map(|r| r.bank_version));
        let statements = super::bank::list(bank).unwrap_or_default();
        let items: Vec<ItemStats> = statements
            .iter()
            .map(|it| {
                let value = |i: usize| responses[i].answer(it.id).value().map(f64::from);
                let values: Vec<f64> = (0..responses.len()).filter_map(value).collect();
                let by_group: Vec<Vec<f64>> = groups
                    .iter()
                    .map(|&g| members(g).into_iter().filter_map(value).collect())
                    .collect();
                // The same in both views: an action is not a figure, and leaving it
                // out would silence the very minority this rule is for.
                let sector_all_low = groups.iter().zip(&by_group).any(|(g, vals)| {
                    g.is_some()
                        && vals.len() >= MIN_SECTOR_RESPONDENTS
                        && vals.iter().all(|v| *v <= 2.0)
                });
                let count = |a: Answer| responses.iter().filter(|r| r.answer(it.id) == a).count();
                let enough = values.len() >= min_figure;
                ItemStats {
                    id: it.id,
                    area: it.area,
                    stats: Stats::of(&values).filter(|_| enough),
                    weighted: weighted(&by_group).filter(|_| enough),
                    answered: values.len(),
                    low: values.iter().filter(|v| **v <= 2.0).count(),
                    high: values.iter().filter(|v| **v >= 4.0).count(),
                    dont_know: count(Answer::DontKnow),
                    not_relevant: count(Answer::NotRelevant),
                    sector_all_low,
                }
            })
            .collect();

        let mut order = Sector::ALL;
        super::order::sort_by_key(&mut order, |s| s.order());
        let sectors: Vec<SectorMeans> = order
            .iter()
            .filter_map(|&sector| {
                let who = members(Some(sector));
                (who.len() >= min_sector).then(|| SectorMeans {
                    sector,
                    respondents: who.len(),
                    means: Area::ALL
                        .iter()
                        .map(|&area| {
                            let v: Vec<f64> = who
                                .iter()
                                .filter_map(|&i| personal[i].area(area).score)
                                .collect();
                            Stats::of(&v).map(|s| s.mean)
                        })
                        .collect(),
                    item_means: statements
                        .iter()
                        .map(|it| {
                            let v: Vec<f64> = who
                                .iter()
                                .filter_map(|&i| responses[i].answer(it.id).value().map(f64::from))
                                .collect();
                            Stats::of(&v).map(|s| s.mean)
                        })
                        .collect(),
                })
            })
            .collect();

        let disagreements = Self::differences(&items, &sectors);

        let combined = combined(&areas);

        TeamSummary {
            bank,
            respondents: responses.len(),
            anonymous,
            areas,
            items,
            disagreements,
            sectors,
            combined,
        }
    }

    fn differences(items: &[ItemStats], sectors: &[SectorMeans]) -> Vec<Disagreement> {
        // The widest gap between two shown sectors, if at least SECTOR_GAP.
        let gap = |value: &dyn Fn(&SectorMeans) -> Option<f64>, step: f64| {
            let present: Vec<(Sector, f64)> = sectors
                .iter()
                .filter_map(|s| value(s).map(|v| (s.sector, v)))
                .collect();
            let hi = present.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1))?;
            let lo = present.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1))?;
            let g = (hi.1 - lo.1) / step;
            (g >= SECTOR_GAP - 1e-9).then_some(Difference::SectorGap {
                higher: hi.0,
                lower: lo.0,
                gap: g,
            })
        };
        let mut out: Vec<Disagreement> = Vec::new();
        for area in Area::ALL {
            if let Some(d) = gap(&|s| s.means[area.index()], POINTS_PER_STEP) {
                out.push(Disagreement {
                    subject: Subject::Area(area),
                    area,
                    difference: d,
                });
            }
            let polarised = items
                .iter()
                .filter(|i| i.area == area && i.polarised())
                .count();
            if polarised >= AREA_POLARISED_STATEMENTS {
                out.push(Disagreement {
                    subject: Subject::Area(area),
                    area,
                    difference: Difference::BothSidesArea {
                        statements: polarised,
                    },
                });
            }
        }
        for (index, it) in items.iter().enumerate() {
            if let Some(d) = gap(&|s| s.item_means[index], 1.0) {
                out.push(Disagreement {
                    subject: Subject::Item(it.id),
                    area: it.area,
                    difference: d,
                });
            } else if it.polarised() {
                out.push(Disagreement {
                    subject: Subject::Item(it.id),
                    area: it.area,
                    difference: Difference::BothSides {
                        low: it.low,
                        high: it.high,
                        n: it.answers(),
                    },
                });
            }
        }
        super::order::sort_by(&mut out, |a, b| {
            let (ka, sa) = a.rank_key();
            let (kb, sb) = b.rank_key();
            ka.cmp(&kb)
                .then(sa.total_cmp(&sb))
                .then(a.area.cmp(&b.area))
        });
        out
    }

    /// The team's ranked actions: statements where a third of the answers, or a
    /// whole sector, chose 1–2; then the areas by their team figure.
    pub fn actions(&self) -> Vec<Action> {
        let low: Vec<ItemValue> = self
            .items
            .iter()
            .filter(|i| i.fires())
            .filter_map(|i| i.weighted.or(i.stats.map(|s| s.mean)).map(|v| (i.id, v)))
            .collect();
        let unsure: Vec<Area> = Area::ALL
            .into_iter()
            .filter(|&area| {
                let its: Vec<&ItemStats> = self.items.iter().filter(|i| i.area == area).collect();
                let threes_or_dk: usize = its
                    .iter()
                    .map(|i| i.dont_know + i.answered - i.low - i.high)
                    .sum();
                let all: usize = its.iter().map(|i| i.dont_know + i.answered).sum();
                all > 0 && 2 * threes_or_dk > all
            })
            .collect();
        remedies::rank(&self.combined, &low, &unsure)
    }
}

/// The team seen as one respondent: its team figures (sectors weighted equally) as
/// area scores, so the overall rules of [`super::scoring`] apply to the team too.
pub fn combined(areas: &[AreaStats]) -> ResultSummary {
    ResultSummary::from_areas(
        areas
            .iter()
            .map(|a| AreaScore {
                area: a.area,
                score: a.weighted,
                answered: a.answered,
                dont_know: a.dont_know,
                not_relevant: a.not_relevant,
                total: a.total,
            })
            .collect(),
    )
}

/// A change between two team pictures, per area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub area: Area,
    /// After minus before, in score points (team figures, partners weighted equally).
    pub delta: Option<f64>,
    /// Whether the change is clear (see the module docs); otherwise it reads
    /// "no clear change".
    pub clear: bool,
}

/// Change per area between two teams (after minus before), in area order.
pub fn compare(before: &TeamSummary, after: &TeamSummary) -> Vec<Change> {
    let enough = before.respondents >= MIN_COMPARE && after.respondents >= MIN_COMPARE;
    Area::ALL
        .iter()
        .map(|&area| {
            let b = before.areas[area.index()].weighted;
            let a = after.areas[area.index()].weighted;
            let delta = a.zip(b).map(|(a, b)| a - b);
            Change {
                area,
                delta,
                clear: enough && delta.is_some_and(|d| d.abs() >= CLEAR_CHANGE - 1e-9),
            }
        })
        .collect()
}
