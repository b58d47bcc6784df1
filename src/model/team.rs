//! Team statistics for the meeting view.
//!
//! The rules in plain words, with worked examples, are in `docs/team-rules.md`;
//! this is the short form.
//! - **Partners, not sectors.** The partners are the organisations of the meeting.
//!   Each respondent belongs to one ([`Partners`]): the organisation they gave, else
//!   their sector (release 1's wide sectors read as bank 2's), else none, or what
//!   the facilitator chose by hand. A respondent with no partner counts in the mean
//!   of everyone and is never weighted as a partner of its own.
//! - **The team figure** weights partners equally only when there are at least two
//!   partners, every partner sent at least [`MIN_PARTNER_RESPONDENTS`] people (in the
//!   anonymous picture [`ANONYMOUS_MIN`]) and nobody is without a partner; otherwise
//!   it is the mean of everyone, and [`Figure`] says why.
//! - **The perspective map** (full view): each partner's mean per area and per
//!   statement, with the number of answers behind it.
//! - **Action candidates** (a statement's own action): a third of its answers at
//!   1–2; or a partner group's mean at 2.0 or lower (one answer is enough in the
//!   full view, [`ANONYMOUS_MIN`] in the anonymous picture); or a gap of at least
//!   [`ACTION_GAP`] scale points between two partners with [`ANONYMOUS_MIN`]
//!   answers each.
//! - **One partner's concern** (full view): a critical statement answered 1 by the
//!   only respondent of a partner.
//! - **Where you differ:** area gaps between partners first ([`SECTOR_GAP`] scale
//!   points = 25 score points, partners with at least [`MIN_PARTNER_RESPONDENTS`]
//!   scores, [`ANONYMOUS_MIN`] anonymous); then areas with answers on both sides;
//!   then at most [`MAX_POSSIBLE`] "possible" statement gaps of [`ACTION_GAP`]
//!   scale points between partners with [`ANONYMOUS_MIN`] answers each (full view
//!   only); then statements with answers on both sides, which needs
//!   [`MIN_BOTH_SIDES`] answers.
//! - **Two partners** (full view): the statements where their means differ by
//!   [`DYAD_GAP`] points or more, side by side.
//! - **Anonymous picture:** one team figure per area, whole points, at least
//!   [`ANONYMOUS_MIN`] people behind it; no partner figures, names, counts or
//!   per-person lines; gaps only between partners with [`ANONYMOUS_MIN`] answers each
//!   and without names. The summary for the minutes holds exactly this picture.
//! - **Before and after** (see [`compare`]): same bank only; a change is "clear"
//!   only when it is at least [`CLEAR_CHANGE`] points and twice its standard
//!   error, and each side has at least [`MIN_COMPARE`] respondents.

use super::answers::{clean_label, name_key, Answer, Response, Sector};
use super::bank::{Area, ItemId};
use super::remedies::{self, Action, ItemValue};
use super::scoring::{display_score, AreaScore, ResultSummary};

/// In the full view, partners need this many respondents for an area gap and for
/// an equal-partner team figure.
pub const MIN_PARTNER_RESPONDENTS: usize = 2;
/// Kept for older callers: the full view's smallest partner for a comparison.
pub const MIN_SECTOR_RESPONDENTS: usize = MIN_PARTNER_RESPONDENTS;
/// In the anonymous picture, no figure rests on fewer answers than this; in both
/// views a statement gap needs this many answers per partner.
pub const ANONYMOUS_MIN: usize = 3;
/// A gap between partners: this many scale points between two partners' means.
pub const SECTOR_GAP: f64 = 1.0;
/// A statement gap between partners this wide is listed ("possible") and is an
/// action candidate. Wider than an area's: with 3 answers a side, two partners
/// that agree lie a whole point apart on about one statement in eight.
pub const ACTION_GAP: f64 = 1.5;
/// A partner group whose mean on a statement is this or lower is heard.
pub const GROUP_LOW: f64 = 2.0;
/// At most this many "possible" statement gaps are listed.
pub const MAX_POSSIBLE: usize = 5;
/// Two partners: statements where their means differ by this many scale points.
pub const DYAD_GAP: f64 = 2.0;
/// Answers on both sides: at least this share of answers at 1–2 and at 4–5.
pub const POLAR_SHARE: f64 = 0.2;
/// "Answers on both sides" needs this many answers to a statement.
pub const MIN_BOTH_SIDES: usize = 6;
/// Kept for older callers.
pub const MIN_DIFFER_ANSWERS: usize = MIN_BOTH_SIDES;
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

/// A partner of the meeting: an organisation named by the facilitator or given by
/// respondents, or a sector when no organisation was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Partner {
    Sector(Sector),
    Named(String),
}

/// Release 1's wide sectors read as bank 2's: "Municipality or region" as
/// "Municipality", "Volunteer centre or association" as "Association". The
/// facilitator can map a person elsewhere by hand.
pub fn current_sector(sector: Sector) -> Sector {
    match sector {
        Sector::MunicipalityOrRegion => Sector::Municipality,
        Sector::VolunteerCentreOrAssociation => Sector::Association,
        s => s,
    }
}

/// The partners of a meeting and who belongs to which.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Partners {
    pub list: Vec<Partner>,
    /// Per respondent, in team order: a position in `list`, or `None` (no partner).
    pub of: Vec<Option<usize>>,
}

impl Partners {
    /// The partners the answers suggest: each person's organisation (compared
    /// without case and outer spaces), else their sector (release 1's wide sectors
    /// read as bank 2's), else no partner. In order of first appearance.
    pub fn derive(team: &[Response]) -> Partners {
        let mut p = Partners::default();
        for r in team {
            let org = clean_label(&r.org);
            let partner = if !org.is_empty() {
                Some(Partner::Named(org))
            } else {
                r.sector.map(|s| Partner::Sector(current_sector(s)))
            };
            let index = partner.map(|partner| p.index_or_add(partner));
            p.of.push(index);
        }
        p
    }

    fn index_or_add(&mut self, partner: Partner) -> usize {
        let same = |a: &Partner| match (a, &partner) {
            (Partner::Named(x), Partner::Named(y)) => name_key(x) == name_key(y),
            (x, y) => x == y,
        };
        match self.list.iter().position(same) {
            Some(i) => i,
            None => {
                self.list.push(partner);
                self.list.len() - 1
            }
        }
    }

    /// These partners for `team`: people beyond the mapping (added since it was
    /// made) get the partner their answers suggest, and a mapping to a partner that
    /// does not exist is dropped. Never panics on a hand-edited mapping.
    pub fn fit(&self, team: &[Response]) -> Partners {
        let mut p = Partners {
            list: self.list.clone(),
            of: Vec::with_capacity(team.len()),
        };
        for (i, r) in team.iter().enumerate() {
            let given = self.of.get(i).copied();
            let index = match given {
                Some(k) => k.filter(|&k| k < p.list.len()),
                None => Partners::derive(std::slice::from_ref(r))
                    .list
                    .pop()
                    .map(|partner| p.index_or_add(partner)),
            };
            p.of.push(index);
        }
        p
    }

    /// These partners without respondent `i` (removed from the team).
    pub fn without(&self, i: usize) -> Partners {
        let mut p = self.clone();
        if i < p.of.len() {
            p.of.remove(i);
        }
        p
    }

    /// Respondent `i` moved to partner `to` (`None`: no partner).
    pub fn assign(&self, i: usize, to: Option<usize>) -> Partners {
        let mut p = self.clone();
        if let Some(slot) = p.of.get_mut(i) {
            *slot = to.filter(|&k| k < p.list.len());
        }
        p
    }

    /// A partner added by name (or found, when it exists), and its position.
    pub fn add(&self, partner: Partner) -> (Partners, usize) {
        let mut p = self.clone();
        let k = p.index_or_add(partner);
        (p, k)
    }

    /// The respondents of partner `p`.
    pub fn members(&self, p: usize) -> Vec<usize> {
        (0..self.of.len())
            .filter(|&i| self.of[i] == Some(p))
            .collect()
    }

    /// Respondents with no partner.
    pub fn unmapped(&self) -> Vec<usize> {
        (0..self.of.len())
            .filter(|&i| self.of[i].is_none())
            .collect()
    }

    /// Partners that have at least one respondent, in list order.
    pub fn present(&self) -> Vec<usize> {
        (0..self.list.len())
            .filter(|&p| self.of.contains(&Some(p)))
            .collect()
    }
}

/// Which figure the team figure is, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Partners weighted equally.
    EqualPartners,
    /// The mean of everyone, because…
    Everyone(Why),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// …there is one partner (or none named).
    OnePartner,
    /// …a partner sent fewer people than an equal weight needs.
    SmallPartner,
    /// …someone belongs to no partner.
    Unmapped,
}

/// The mean of the group means: every group counts once.
fn weighted(groups: &[Vec<f64>]) -> Option<f64> {
    let means: Vec<f64> = groups
        .iter()
        .filter(|g| !g.is_empty())
        .map(|g| mean(g))
        .collect();
    (!means.is_empty()).then(|| mean(&means))
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaStats {
    pub area: Area,
    /// Over respondents' area scores (0–100): the headcount figures (`None` in the
    /// anonymous picture, which publishes one figure: the team figure).
    pub stats: Option<Stats>,
    /// The team figure (see [`Figure`]).
    pub weighted: Option<f64>,
    /// Answers on the 1–5 scale, over all respondents (0 in the anonymous picture).
    pub answered: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// Statements asked in the area, summed over the respondents (banks differ).
    pub total: usize,
    /// Most of the people who answered in the area could not judge it: an
    /// information gap for the team. The area gets no band and no overall share.
    pub gap: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    pub id: ItemId,
    pub area: Area,
    /// Over the 1–5 answers (headcount); `None` in the anonymous picture.
    pub stats: Option<Stats>,
    /// The team figure (see [`Figure`]); `None` in the anonymous picture.
    pub weighted: Option<f64>,
    /// Answers on the 1–5 scale, and of them those at 1–2 and at 4–5.
    pub answered: usize,
    pub low: usize,
    pub high: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// A partner group (or the people with no partner) has a mean of 2.0 or lower
    /// (see the module docs for how many answers that needs).
    pub group_low: bool,
    /// The lowest mean of a heard group (same answers as `group_low`): ranks a
    /// lone partner's 1 before another's 2. Never shown.
    pub lowest_group: Option<f64>,
    /// The widest gap between two partners with [`ANONYMOUS_MIN`] answers each.
    pub partner_gap: Option<f64>,
}

impl ItemStats {
    /// Answers on both sides (see the module docs).
    pub fn polarised(&self) -> bool {
        let n = self.answered;
        let need = ((POLAR_SHARE * n as f64).ceil() as usize).max(1);
        n >= MIN_BOTH_SIDES && self.low >= need && self.high >= need
    }

    /// The statement is an action candidate (see the module docs).
    pub fn fires(&self) -> bool {
        let n = self.answered;
        (n > 0 && self.low as f64 >= MINORITY_SHARE * n as f64 - 1e-9)
            || self.group_low
            || self.partner_gap.is_some_and(|g| g >= ACTION_GAP - 1e-9)
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
    /// Two sectors' means differ (old summaries for the minutes hold these).
    SectorGap {
        higher: Sector,
        lower: Sector,
        /// In scale points.
        gap: f64,
    },
    /// Two partners' means differ by at least [`SECTOR_GAP`] scale points:
    /// positions in [`TeamSummary::partners`], or `None` in the anonymous picture,
    /// which names no partner.
    PartnerGap {
        higher: Option<usize>,
        lower: Option<usize>,
        /// In scale points; in the anonymous picture to the half point.
        gap: f64,
        /// A statement gap: listed as "possible" (few answers behind it).
        possible: bool,
    },
    /// Answers on both sides of a statement (counts 0 in the anonymous picture).
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
    /// Area gaps first, largest first; areas with answers on both sides; possible
    /// statement gaps; statements with answers on both sides, the most even first.
    fn rank_key(&self) -> (u8, f64) {
        match (self.subject, self.difference) {
            (Subject::Area(_), Difference::SectorGap { gap, .. })
            | (Subject::Area(_), Difference::PartnerGap { gap, .. }) => (0, -gap),
            (_, Difference::BothSidesArea { statements }) => (1, -(statements as f64)),
            (_, Difference::SectorGap { gap, .. }) | (_, Difference::PartnerGap { gap, .. }) => {
                (2, -gap)
            }
            (_, Difference::BothSides { low, high, n }) => {
                (3, -(low.min(high) as f64 / n.max(1) as f64))
            }
        }
    }
}

/// One partner's column of the perspective map (full view only).
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerMeans {
    pub partner: Partner,
    /// Its position in the team's [`Partners::list`].
    pub index: usize,
    pub respondents: usize,
    /// Mean area score per area, in area order, and the people behind it.
    pub means: Vec<Option<f64>>,
    pub counts: Vec<usize>,
    /// Mean answer per statement, in list order, and the answers behind it.
    pub item_means: Vec<Option<f64>>,
    pub item_counts: Vec<usize>,
}

/// A critical statement answered 1 by the only respondent of a partner.
#[derive(Clone, Debug, PartialEq)]
pub struct Concern {
    pub id: ItemId,
    /// A position in [`TeamSummary::partners`].
    pub partner: usize,
}

/// A statement on which two partners' means differ by [`DYAD_GAP`] or more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SideBySide {
    pub id: ItemId,
    /// The two partners' means, in the order of [`TeamSummary::partners`].
    pub first: f64,
    pub second: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamSummary {
    /// The statements the team answered: a bank's version, or 0 when people
    /// answered different banks (see [`super::bank::list`]). Area figures combine
    /// every bank; a statement's figures come from those who were asked it.
    pub bank: u8,
    pub respondents: usize,
    /// The anonymous picture (see the module docs).
    pub anonymous: bool,
    /// What the team figure is.
    pub figure: Figure,
    pub areas: Vec<AreaStats>,
    pub items: Vec<ItemStats>,
    /// Flagged areas and statements, in the order of [`Disagreement::rank_key`].
    pub disagreements: Vec<Disagreement>,
    /// The perspective map: every partner with a respondent (full view; empty in
    /// the anonymous picture).
    pub partners: Vec<PartnerMeans>,
    /// Respondents with no partner.
    pub unmapped: usize,
    /// The fewest respondents of any partner (or of the people with no partner):
    /// never shown, used to refuse a summary for the minutes.
    pub smallest_group: usize,
    /// One partner's concern (full view).
    pub concerns: Vec<Concern>,
    /// Exactly two partners (full view): where they differ by 2 points or more.
    pub side_by_side: Option<Vec<SideBySide>>,
    /// The team seen as one respondent.
    pub combined: ResultSummary,
}

impl TeamSummary {
    /// Statements with answers at both ends of the scale but fewer than
    /// [`MIN_BOTH_SIDES`] answers: too few to call a split, so they are not listed
    /// under "where you differ"; the full view says only that someone answered
    /// 1–2 there. The anonymous picture never names them: with so few answers,
    /// "someone" could be told apart.
    pub fn someone_low(&self) -> Vec<ItemId> {
        if self.anonymous {
            return Vec::new();
        }
        self.items
            .iter()
            .filter(|i| i.answered < MIN_BOTH_SIDES && i.low >= 1 && i.high >= 1)
            .map(|i| i.id)
            .collect()
    }

    /// The full team picture, partners as the answers suggest them.
    pub fn of(responses: &[Response]) -> TeamSummary {
        Self::build(responses, &Partners::derive(responses), false)
    }

    /// The anonymous team picture, partners as the answers suggest them.
    pub fn anonymous(responses: &[Response]) -> TeamSummary {
        Self::build(responses, &Partners::derive(responses), true)
    }

    /// The full or anonymous picture with the facilitator's partners.
    pub fn with_partners(
        responses: &[Response],
        partners: &Partners,
        anonymous: bool,
    ) -> TeamSummary {
        Self::build(responses, &partners.fit(responses), anonymous)
    }

    fn build(responses: &[Response], partners: &Partners, anonymous: bool) -> TeamSummary {
        let personal: Vec<ResultSummary> = responses.iter().map(ResultSummary::of).collect();
        let min_figure = if anonymous { ANONYMOUS_MIN } else { 1 };
        let min_partner = if anonymous {
            ANONYMOUS_MIN
        } else {
            MIN_PARTNER_RESPONDENTS
        };
        let present = partners.present();
        let members: Vec<Vec<usize>> = present.iter().map(|&p| partners.members(p)).collect();
        let unmapped = partners.unmapped();
        let figure = if present.len() < 2 {
            Figure::Everyone(Why::OnePartner)
        } else if !unmapped.is_empty() {
            Figure::Everyone(Why::Unmapped)
        } else if members.iter().any(|m| m.len() < min_partner) {
            Figure::Everyone(Why::SmallPartner)
        } else {
            Figure::EqualPartners
        };
        let equal = figure == Figure::EqualPartners;
        // Groups heard for action candidates: the partners and, together, the
        // people with no partner.
        let mut heard = members.clone();
        if !unmapped.is_empty() {
            heard.push(unmapped.clone());
        }

        let areas: Vec<AreaStats> = Area::ALL
            .iter()
            .map(|&area| {
                let scores: Vec<f64> = personal.iter().filter_map(|p| p.area(area).score).collect();
                let by_group: Vec<Vec<f64>> = members
                    .iter()
                    .map(|m| {
                        m.iter()
                            .filter_map(|&i| personal[i].area(area).score)
                            .collect()
                    })
                    .collect();
                let enough = scores.len() >= min_figure;
                let stats = Stats::of(&scores).filter(|_| enough);
                let team = if equal {
                    weighted(&by_group)
                } else {
                    stats.map(|s| s.mean)
                };
                // The team cannot judge the area: fewer than half of those who
                // answered in it have a score there, "don't know" among them.
                let judged = personal
                    .iter()
                    .filter(|p| p.area(area).answered + p.area(area).dont_know > 0)
                    .count();
                let unsure = personal.iter().any(|p| p.area(area).information_gap());
                let gap = unsure && 2 * scores.len() < judged;
                let (answered, dont_know, not_relevant, total) = if anonymous {
                    (0, 0, 0, 0)
                } else {
                    (
                        personal.iter().map(|p| p.area(area).answered).sum(),
                        personal.iter().map(|p| p.area(area).dont_know).sum(),
                        personal.iter().map(|p| p.area(area).not_relevant).sum(),
                        personal.iter().map(|p| p.area(area).total).sum(),
                    )
                };
                AreaStats {
                    area,
                    // One figure only in the anonymous picture: the team figure.
                    stats: stats.filter(|_| !anonymous),
                    weighted: team.filter(|_| enough && !gap).map(|t| {
                        if anonymous {
                            display_score(t) as f64
                        } else {
                            t
                        }
                    }),
                    answered,
                    dont_know,
                    not_relevant,
                    total,
                    gap,
                }
            })
            .collect();

        let bank = super::bank::list_of(responses.iter().map(|r| r.bank_version));
        let statements = super::bank::list(bank).unwrap_or_default();
        let values_of = |id: ItemId, who: &[usize]| -> Vec<f64> {
            who.iter()
                .filter_map(|&i| responses[i].answer(id).value().map(f64::from))
                .collect()
        };
        let group_min = if anonymous { ANONYMOUS_MIN } else { 1 };
        let items: Vec<ItemStats> = statements
            .iter()
            .map(|it| {
                let everyone: Vec<usize> = (0..responses.len()).collect();
                let values = values_of(it.id, &everyone);
                let lowest_group = heard
                    .iter()
                    .map(|g| values_of(it.id, g))
                    .filter(|v| v.len() >= group_min)
                    .map(|v| mean(&v))
                    .fold(None, |lo: Option<f64>, m| {
                        Some(lo.map_or(m, |lo| lo.min(m)))
                    });
                // The anonymous picture counts answers at 1–2 instead of judging a
                // mean: a threshold on a mean can pin one person's exact answer
                // between two summaries one person apart; a count cannot (1 and 2,
                // or 3, 4 and 5, look the same).
                let group_low = if anonymous {
                    heard.iter().any(|g| {
                        let v = values_of(it.id, g);
                        let low = v.iter().filter(|x| **x <= 2.0).count();
                        v.len() >= ANONYMOUS_MIN && 2 * low >= v.len()
                    })
                } else {
                    lowest_group.is_some_and(|m| m <= GROUP_LOW + 1e-9)
                };
                let partner_means: Vec<f64> = members
                    .iter()
                    .map(|m| values_of(it.id, m))
                    .filter(|v| v.len() >= ANONYMOUS_MIN)
                    .map(|v| mean(&v))
                    .collect();
                // Statement gaps rest on means: the full view only (see above).
                let partner_gap = (!anonymous && partner_means.len() >= 2).then(|| {
                    let hi = partner_means.iter().copied().fold(f64::MIN, f64::max);
                    let lo = partner_means.iter().copied().fold(f64::MAX, f64::min);
                    hi - lo
                });
                let count = |a: Answer| responses.iter().filter(|r| r.answer(it.id) == a).count();
                let enough = values.len() >= min_figure;
                let stats = Stats::of(&values).filter(|_| enough);
                let by_group: Vec<Vec<f64>> = members.iter().map(|m| values_of(it.id, m)).collect();
                let team = if equal {
                    weighted(&by_group)
                } else {
                    stats.map(|s| s.mean)
                };
                ItemStats {
                    id: it.id,
                    area: it.area,
                    stats: stats.filter(|_| !anonymous),
                    weighted: team.filter(|_| enough && !anonymous),
                    answered: values.len(),
                    low: values.iter().filter(|v| **v <= 2.0).count(),
                    high: values.iter().filter(|v| **v >= 4.0).count(),
                    dont_know: count(Answer::DontKnow),
                    not_relevant: count(Answer::NotRelevant),
                    group_low,
                    // The anonymous picture ranks on shares only: a group's mean
                    // would order the actions by figures it does not publish.
                    lowest_group: lowest_group.filter(|_| !anonymous),
                    partner_gap,
                }
            })
            .collect();

        // The perspective map, the concerns and the side-by-side: full view only.
        let mut map: Vec<PartnerMeans> = Vec::new();
        let mut concerns = Vec::new();
        if !anonymous {
            for (k, &p) in present.iter().enumerate() {
                let who = &members[k];
                let area_cells: Vec<(Option<f64>, usize)> = Area::ALL
                    .iter()
                    .map(|&area| {
                        let v: Vec<f64> = who
                            .iter()
                            .filter_map(|&i| personal[i].area(area).score)
                            .collect();
                        ((!v.is_empty()).then(|| mean(&v)), v.len())
                    })
                    .collect();
                let item_cells: Vec<(Option<f64>, usize)> = statements
                    .iter()
                    .map(|it| {
                        let v = values_of(it.id, who);
                        ((!v.is_empty()).then(|| mean(&v)), v.len())
                    })
                    .collect();
                if who.len() == 1 {
                    let r = &responses[who[0]];
                    for it in &statements {
                        if remedies::is_critical(it.id) && r.answer(it.id) == Answer::Scale(1) {
                            concerns.push(Concern {
                                id: it.id,
                                partner: map.len(),
                            });
                        }
                    }
                }
                map.push(PartnerMeans {
                    partner: partners.list[p].clone(),
                    index: p,
                    respondents: who.len(),
                    means: area_cells.iter().map(|c| c.0).collect(),
                    counts: area_cells.iter().map(|c| c.1).collect(),
                    item_means: item_cells.iter().map(|c| c.0).collect(),
                    item_counts: item_cells.iter().map(|c| c.1).collect(),
                });
            }
        }
        let side_by_side = (!anonymous && map.len() == 2).then(|| {
            statements
                .iter()
                .enumerate()
                .filter_map(|(k, it)| {
                    let a = map[0].item_means[k]?;
                    let b = map[1].item_means[k]?;
                    ((a - b).abs() >= DYAD_GAP - 1e-9).then_some(SideBySide {
                        id: it.id,
                        first: a,
                        second: b,
                    })
                })
                .collect()
        });

        // Area means of partners large enough to be compared.
        let area_groups: Vec<(usize, Vec<Option<f64>>)> = members
            .iter()
            .enumerate()
            .map(|(k, who)| {
                let means = Area::ALL
                    .iter()
                    .map(|&area| {
                        let v: Vec<f64> = who
                            .iter()
                            .filter_map(|&i| personal[i].area(area).score)
                            .collect();
                        (v.len() >= min_partner).then(|| mean(&v))
                    })
                    .collect();
                (k, means)
            })
            .collect();
        let item_groups: Vec<Vec<Option<f64>>> = members
            .iter()
            .map(|who| {
                statements
                    .iter()
                    .map(|it| {
                        let v = values_of(it.id, who);
                        (v.len() >= ANONYMOUS_MIN).then(|| mean(&v))
                    })
                    .collect()
            })
            .collect();
        let disagreements = differences(&items, &area_groups, &item_groups, anonymous);

        let combined = combined(&areas);

        TeamSummary {
            bank,
            respondents: responses.len(),
            anonymous,
            figure,
            areas,
            items,
            disagreements,
            partners: map,
            unmapped: unmapped.len(),
            smallest_group: heard.iter().map(Vec::len).min().unwrap_or(0),
            concerns,
            side_by_side,
            combined,
        }
    }

    /// The team's ranked actions: the action candidates (see the module docs),
    /// then the areas by their team figure.
    pub fn actions(&self) -> Vec<Action> {
        let low: Vec<ItemValue> = self
            .items
            .iter()
            .filter(|i| i.fires())
            .map(|i| {
                // Ranked on the lowest partner group's view where it is heard, so
                // a lone partner's 1 is not averaged away; the anonymous picture
                // ranks on the share at 1–2 only (it publishes no figure).
                let v = i
                    .weighted
                    .or(i.stats.map(|s| s.mean))
                    .unwrap_or_else(|| 5.0 - 4.0 * i.low as f64 / i.answered.max(1) as f64);
                (
                    i.id,
                    i.lowest_group
                        .filter(|_| i.group_low)
                        .map_or(v, |g| v.min(g)),
                )
            })
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

fn differences(
    items: &[ItemStats],
    area_groups: &[(usize, Vec<Option<f64>>)],
    item_groups: &[Vec<Option<f64>>],
    anonymous: bool,
) -> Vec<Disagreement> {
    // The widest gap between two groups, if at least SECTOR_GAP.
    let gap = |values: Vec<(usize, f64)>, step: f64, possible: bool| {
        let hi = values.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1))?;
        let lo = values.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1))?;
        let g = (hi.1 - lo.1) / step;
        let name = |k: usize| (!anonymous).then_some(k);
        (g >= SECTOR_GAP - 1e-9).then_some(Difference::PartnerGap {
            higher: name(hi.0),
            lower: name(lo.0),
            // The anonymous picture says "at least": an area gap floored to the
            // half point, a statement gap only that it reaches one point (its size
            // would let two summaries one person apart tell that person's answer).
            gap: match (anonymous, possible) {
                (false, _) => g,
                (true, false) => ((g + 1e-9) * 2.0).floor() / 2.0,
                (true, true) => SECTOR_GAP,
            },
            possible,
        })
    };
    let mut out: Vec<Disagreement> = Vec::new();
    for area in Area::ALL {
        let v: Vec<(usize, f64)> = area_groups
            .iter()
            .filter_map(|(k, m)| m[area.index()].map(|x| (*k, x)))
            .collect();
        if let Some(d) = gap(v, POINTS_PER_STEP, false) {
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
    let mut possible: Vec<Disagreement> = Vec::new();
    for (index, it) in items.iter().enumerate() {
        let v: Vec<(usize, f64)> = item_groups
            .iter()
            .enumerate()
            .filter_map(|(k, m)| m[index].map(|x| (k, x)))
            .collect();
        if let Some(d) = gap(v, 1.0, true).filter(|d| {
            !anonymous
                && matches!(d, Difference::PartnerGap { gap, .. } if *gap >= ACTION_GAP - 1e-9)
        }) {
            possible.push(Disagreement {
                subject: Subject::Item(it.id),
                area: it.area,
                difference: d,
            });
        } else if it.polarised() {
            let (low, high, n) = if anonymous {
                (0, 0, 0)
            } else {
                (it.low, it.high, it.answered)
            };
            out.push(Disagreement {
                subject: Subject::Item(it.id),
                area: it.area,
                difference: Difference::BothSides { low, high, n },
            });
        }
    }
    super::order::sort_by(&mut possible, |a, b| {
        a.rank_key().1.total_cmp(&b.rank_key().1)
    });
    out.extend(possible.into_iter().take(MAX_POSSIBLE));
    super::order::sort_by(&mut out, |a, b| {
        let (ka, sa) = a.rank_key();
        let (kb, sb) = b.rank_key();
        ka.cmp(&kb)
            .then(sa.total_cmp(&sb))
            .then(a.area.cmp(&b.area))
    });
    out
}

/// The team seen as one respondent: its team figures as area scores, so the
/// overall rules of [`super::scoring`] apply to the team too. An information-gap
/// area has no score here: no band, no share of the overall figure.
pub fn combined(areas: &[AreaStats]) -> ResultSummary {
    ResultSummary::from_areas(
        areas
            .iter()
            .map(|a| AreaScore {
                area: a.area,
                score: a.weighted.filter(|_| !a.gap),
                partial: None,
                answered: a.answered,
                dont_know: if a.gap {
                    a.dont_know.max(2)
                } else {
                    a.dont_know
                },
                not_relevant: a.not_relevant,
                total: a.total,
            })
            .collect(),
    )
}

/// The partner groups (with at least one respondent) of one round but not the
/// other: (joined, left). Organisations are matched without case or outer spaces,
/// as within a team. The anonymous picture names no partner, so it finds none.
pub fn partners_changed(before: &TeamSummary, after: &TeamSummary) -> (Vec<Partner>, Vec<Partner>) {
    let key = |p: &Partner| match p {
        Partner::Sector(s) => Partner::Sector(*s),
        Partner::Named(n) => Partner::Named(name_key(n)),
    };
    let present = |s: &TeamSummary| -> Vec<Partner> {
        s.partners
            .iter()
            .filter(|p| p.respondents > 0)
            .map(|p| p.partner.clone())
            .collect()
    };
    let (b, a) = (present(before), present(after));
    let missing = |from: &[Partner], other: &[Partner]| -> Vec<Partner> {
        from.iter()
            .filter(|p| !other.iter().any(|o| key(o) == key(p)))
            .cloned()
            .collect()
    };
    (missing(&a, &b), missing(&b, &a))
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
///
/// - No change is given across banks: different statements are not a change
///   (N4c). A team that mixed banks compares only with the same mix.
/// - A change is clear only when it is at least [`CLEAR_CHANGE`] points and at
///   least twice its standard error, √(s₁²/n₁ + s₂²/n₂) with the sample spreads s, each side has at least
///   [`MIN_COMPARE`] respondents, and both pictures publish their spread (the
///   anonymous picture does not, so it never calls a change clear).
/// - No change is clear when a partner group joined or left between the rounds
///   ([`partners_changed`], N4a): the change could come from who answered.
/// - Both sides are the same kind of picture: the anonymous view compares two
///   anonymous pictures, so nothing on fewer than 3 people shows on either (E8).
pub fn compare(before: &TeamSummary, after: &TeamSummary) -> Vec<Change> {
    // Who answered changes the result (N4a): when a partner group joined or left,
    // no change is called clear; the page says which groups differ.
    let (joined, left) = partners_changed(before, after);
    let enough = before.respondents >= MIN_COMPARE
        && after.respondents >= MIN_COMPARE
        && joined.is_empty()
        && left.is_empty();
    let same_bank = before.bank == after.bank;
    Area::ALL
        .iter()
        .map(|&area| {
            let (b, a) = (&before.areas[area.index()], &after.areas[area.index()]);
            let delta = a
                .weighted
                .zip(b.weighted)
                .map(|(a, b)| a - b)
                .filter(|_| same_bank);
            let se = a.stats.zip(b.stats).map(|(a, b)| {
                // The spread of a sample (n − 1): the people are a sample of the
                // partnership's.
                let v = |s: Stats| s.sd.powi(2) / (s.n.max(2) - 1) as f64;
                (v(a) + v(b)).sqrt()
            });
            let clear = enough
                && delta
                    .zip(se)
                    .is_some_and(|(d, se)| d.abs() >= CLEAR_CHANGE.max(2.0 * se) - 1e-9);
            Change { area, delta, clear }
        })
        .collect()
}
