//! A summary for the minutes: the team's figures without anyone's own answers.
//!
//! A team link holds every person's answers, and minutes in a municipality may
//! become public documents. A summary holds only what the anonymous team picture
//! shows (see [`super::team`]): the team figures per area and statement, the
//! counts behind them, where the team differs and its actions, with nothing that
//! rests on fewer than [`ANONYMOUS_MIN`] people. It travels as `#m=…` (see
//! [`super::codec`]) and opens a read-only team picture.
//!
//! Figures are kept to half a score point (areas) and a twentieth of a scale point
//! (statements), which is finer than anything the page shows.

use super::bank::Area;
use super::date::Date;
use super::remedies::Action;
use super::team::{AreaStats, Disagreement, ItemStats, Stats, TeamSummary, ANONYMOUS_MIN};

/// One area's figures.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct AreaFigures {
    /// The team figure (sectors weighted equally), 0–100.
    pub weighted: Option<f64>,
    /// The mean of everyone, 0–100.
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    /// People with a score in the area.
    pub n: usize,
    pub answered: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// Statements asked in the area, summed over the people.
    pub total: usize,
}

/// One statement's figures.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ItemFigures {
    /// The team figure (sectors weighted equally), 1–5.
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
    /// The statements the figures follow: a bank's version, or 0 for every bank's
    /// (a team that mixed banks; see [`super::bank::list`]).
    pub bank: u8,
    /// The day the summary was made.
    pub date: Date,
    pub respondents: usize,
    pub areas: Vec<AreaFigures>,
    pub items: Vec<ItemFigures>,
    pub disagreements: Vec<Disagreement>,
    pub actions: Vec<Action>,
}

impl Summary {
    /// The summary of a team: its anonymous picture, and that picture's actions.
    pub fn of(team: &TeamSummary, date: Date) -> Summary {
        debug_assert!(
            team.anonymous,
            "a summary is made from the anonymous picture"
        );
        Summary {
            bank: team.bank,
            date,
            respondents: team.respondents,
            areas: team
                .areas
                .iter()
                .map(|a| AreaFigures {
                    weighted: a.weighted,
                    mean: a.stats.map(|s| s.mean),
                    sd: a.stats.map(|s| s.sd),
                    n: a.stats.map_or(0, |s| s.n),
                    answered: a.answered,
                    dont_know: a.dont_know,
                    not_relevant: a.not_relevant,
                    total: a.total,
                })
                .collect(),
            items: team
                .items
                .iter()
                .map(|i| {
                    // Counts of fewer than ANONYMOUS_MIN answers are not kept.
                    let shown = i.answered >= ANONYMOUS_MIN;
                    ItemFigures {
                        weighted: i.weighted,
                        mean: i.stats.map(|s| s.mean),
                        sd: i.stats.map(|s| s.sd),
                        answered: if shown { i.answered } else { 0 },
                        low: if shown { i.low } else { 0 },
                        high: if shown { i.high } else { 0 },
                        dont_know: i.dont_know,
                        not_relevant: i.not_relevant,
                        sector_all_low: i.sector_all_low,
                    }
                })
                .collect(),
            disagreements: team.disagreements.clone(),
            actions: team.actions(),
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
                sector_all_low: f.sector_all_low,
            })
            .collect();
        let combined = super::team::combined(&areas);
        TeamSummary {
            bank: self.bank,
            respondents: self.respondents,
            anonymous: true,
            areas,
            items,
            disagreements: self.disagreements.clone(),
            sectors: Vec::new(),
            combined,
        }
    }
}
