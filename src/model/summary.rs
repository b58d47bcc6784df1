//! A summary for the minutes: the team's anonymous picture, and nothing more.
//!
//! A team link holds every person's answers, and minutes in a municipality may
//! become public documents. A summary holds exactly what its page shows, at the
//! precision shown (see [`super::team`] for the anonymous picture):
//! - per area, the one team figure in whole points (at least
//!   [`ANONYMOUS_MIN`] people behind it) and whether the area is an information gap;
//! - which figure that is (partners weighted equally, or the mean of everyone and
//!   why);
//! - where the team differs (the first [`MAX_DIFFERENCES`]), without partner names
//!   or counts;
//! - the team's actions.
//!
//! It holds no statement figures, no counts of answers, "don't know" or "not
//! relevant", and no flag about a whole group. It is refused below
//! [`MIN_SUMMARY`] respondents, or below [`MIN_SUMMARY_SMALL_PARTNER`] when any
//! partner (or the people with no partner) sent fewer than [`ANONYMOUS_MIN`].
//!
//! Summaries made before this rule (format 2) held more; they still open, and
//! show what they hold.

use super::bank::Area;
use super::date::Date;
use super::remedies::Action;
use super::team::{AreaStats, Disagreement, Figure, ItemStats, Stats, TeamSummary, ANONYMOUS_MIN};

/// No summary for fewer respondents than this.
pub const MIN_SUMMARY: usize = 5;
/// …or than this, when any partner sent fewer than [`ANONYMOUS_MIN`].
pub const MIN_SUMMARY_SMALL_PARTNER: usize = 8;

/// The summary lists at most this many differences (its page shows them all).
pub const MAX_DIFFERENCES: usize = 10;

/// Why no summary is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Fewer than [`MIN_SUMMARY`] respondents.
    TooFew,
    /// Fewer than [`MIN_SUMMARY_SMALL_PARTNER`], and a partner sent fewer than 3.
    SmallPartner,
}

/// Whether a summary may be made of this team (see the module docs).
pub fn refusal(respondents: usize, smallest_group: usize) -> Option<Refusal> {
    if respondents < MIN_SUMMARY {
        Some(Refusal::TooFew)
    } else if respondents < MIN_SUMMARY_SMALL_PARTNER && smallest_group < ANONYMOUS_MIN {
        Some(Refusal::SmallPartner)
    } else {
        None
    }
}

/// One area's figures.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct AreaFigures {
    /// The team figure, 0–100 (whole points since format 3).
    pub weighted: Option<f64>,
    /// The mean of everyone, 0–100 (format-2 summaries only).
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    /// People with a score in the area (format 2 only).
    pub n: usize,
    pub answered: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// Statements asked in the area, summed over the people (format 2 only).
    pub total: usize,
    /// An information gap for the team (format 3).
    pub gap: bool,
}

/// One statement's figures (format-2 summaries only).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ItemFigures {
    pub weighted: Option<f64>,
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    pub answered: usize,
    pub low: usize,
    pub high: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    pub sector_all_low: bool,
}

/// The summary as the link holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The statements the actions and differences refer to: a bank's version, or 0
    /// for every bank's (a team that mixed banks; see [`super::bank::list`]).
    pub bank: u8,
    /// The day the summary was made.
    pub date: Date,
    pub respondents: usize,
    /// Which figure the team figure is.
    pub figure: Figure,
    pub areas: Vec<AreaFigures>,
    /// Empty since format 3: the page shows no statement figures.
    pub items: Vec<ItemFigures>,
    pub disagreements: Vec<Disagreement>,
    pub actions: Vec<Action>,
}

impl Summary {
    /// The summary of a team's anonymous picture, or why there is none.
    pub fn of(team: &TeamSummary, date: Date) -> Result<Summary, Refusal> {
        debug_assert!(
            team.anonymous,
            "a summary is made from the anonymous picture"
        );
        if let Some(r) = refusal(team.respondents, team.smallest_group) {
            return Err(r);
        }
        Ok(Self::publish(team, date))
    }

    /// Everything an anonymous picture publishes, as a summary holds it, whatever
    /// the team's size: the anonymous view and the meeting display show exactly
    /// this (the tests' attacks read it).
    pub fn publish(team: &TeamSummary, date: Date) -> Summary {
        Summary {
            bank: team.bank,
            date,
            respondents: team.respondents,
            figure: team.figure,
            areas: team
                .areas
                .iter()
                .map(|a| AreaFigures {
                    weighted: a.weighted.filter(|_| !a.gap),
                    gap: a.gap,
                    ..AreaFigures::default()
                })
                .collect(),
            items: Vec::new(),
            disagreements: team
                .disagreements
                .iter()
                .take(MAX_DIFFERENCES)
                .copied()
                .collect(),
            actions: team
                .actions()
                .into_iter()
                .take(super::remedies::MAX_ACTIONS)
                .collect(),
        }
    }

    /// The read-only team picture the summary opens: an anonymous [`TeamSummary`].
    /// Only the mean and spread of the figures are known, so the lowest and highest
    /// are left equal to the mean; the anonymous picture never shows them.
    pub fn picture(&self) -> TeamSummary {
        let stats = |mean: Option<f64>, sd: Option<f64>, n: usize| {
            mean.map(|m| Stats {
                n,
                mean: m,
                median: m,
                min: m,
                max: m,
                sd: sd.unwrap_or(0.0),
            })
        };
        let areas: Vec<AreaStats> = Area::ALL
            .iter()
            .zip(&self.areas)
            .map(|(&area, f)| AreaStats {
                area,
                stats: stats(f.mean, f.sd, f.n),
                weighted: f.weighted,
                answered: f.answered,
                dont_know: f.dont_know,
                not_relevant: f.not_relevant,
                total: f.total,
                gap: f.gap,
            })
            .collect();
        let items: Vec<ItemStats> = super::bank::list(self.bank)
            .unwrap_or_default()
            .into_iter()
            .zip(&self.items)
            .map(|(it, f)| ItemStats {
                id: it.id,
                area: it.area,
                stats: stats(f.mean, f.sd, f.answered),
                weighted: f.weighted,
                answered: f.answered,
                low: f.low,
                high: f.high,
                dont_know: f.dont_know,
                not_relevant: f.not_relevant,
                group_low: f.sector_all_low,
                lowest_group: None,
                partner_gap: None,
            })
            .collect();
        let combined = super::team::combined(&areas);
        TeamSummary {
            bank: self.bank,
            respondents: self.respondents,
            anonymous: true,
            figure: self.figure,
            areas,
            items,
            disagreements: self.disagreements.clone(),
            partners: Vec::new(),
            unmapped: 0,
            smallest_group: 0,
            concerns: Vec::new(),
            side_by_side: None,
            combined,
        }
    }
}
