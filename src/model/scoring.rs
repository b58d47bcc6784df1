//! Scoring: from answers to area scores, bands and the overall picture.
//!
//! The rules, in the words a facilitator can repeat:
//! - An area's score is the mean of its answered statements on the 1–5 scale,
//!   stretched to 0–100 (1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100).
//! - "Don't know" and "not relevant for us" are left out of the mean. "Don't know"
//!   is counted and shown; "not relevant" is neither a score nor a finding.
//! - An area needs scale answers on at least [`MIN_SHARE`] (60 %) of its applicable
//!   statements (those not marked "not relevant"), and never fewer than
//!   [`MIN_ANSWERS`], to get a score. With fewer it gets no score and no band, and
//!   it is left out of the overall figure; the mean of what was answered is kept as
//!   a greyed figure ([`AreaScore::partial`]), never a made-up one.
//! - An area is an **information gap** when at least [`GAP_DONT_KNOW`] of its
//!   answers are "don't know" and they are at least as many as its scale answers, or
//!   when "don't know" left it short of the 60 %: nobody can judge it from what this
//!   person knows, which is itself a finding.
//! - Bands: needs attention below 40, developing 40–69, strong 70 and above. **One
//!   rounding rule:** a score is shown as a whole number (halves away from zero),
//!   and its band is decided on the number shown, so 69.6 shows as "70, strong",
//!   never as "70, developing".
//! - The overall figure is the mean of the area scores, given only when at least
//!   [`MIN_AREAS_FOR_OVERALL`] of the six areas have one (otherwise people's overall
//!   figures would rest on different areas). Its band is never more than one band
//!   above the weakest area's: a partnership with one area in crisis is not "strong".
//! - A weakest area is named only when it stands out: at least [`WEAKEST_MARGIN`]
//!   points below every other area, and not itself strong. Otherwise there is no
//!   single weak area, and the result says so. When two or more areas need
//!   attention, all of them are named ([`ResultSummary::needing_attention`]).

use super::answers::{Answer, Response};
use super::bank::Area;

/// An area needs at least this many answers on the 1–5 scale to get a score.
pub const MIN_ANSWERS: usize = 3;
/// An area needs scale answers on at least this share of its applicable statements.
pub const MIN_SHARE: f64 = 0.6;

/// The scale answers an area with `applicable` statements (not "not relevant")
/// needs for a score: 60 % of them rounded up, and at least [`MIN_ANSWERS`].
/// Five statements need 3, six need 4, seven need 5.
pub fn needed_answers(applicable: usize) -> usize {
    ((MIN_SHARE * applicable as f64 - 1e-9).ceil() as usize).max(MIN_ANSWERS)
}
/// Scores below this are "needs attention".
pub const DEVELOPING_FROM: f64 = 40.0;
/// Scores at or above this are "strong".
pub const STRONG_FROM: f64 = 70.0;
/// The overall figure needs this many of the six areas scored.
pub const MIN_AREAS_FOR_OVERALL: usize = 5;
/// A weakest area is named only this many points below the next-lowest area.
pub const WEAKEST_MARGIN: f64 = 5.0;
/// An information gap needs at least this many "don't know" answers in the area.
pub const GAP_DONT_KNOW: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    NeedsAttention,
    Developing,
    Strong,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::NeedsAttention, Band::Developing, Band::Strong];

    /// The band of a 0–100 score, decided on the number shown (see
    /// [`display_score`]): 69.6 shows as 70 and is strong; 39.4 shows as 39.
    pub fn of(score: f64) -> Band {
        let score = display_score(score) as f64;
        if score < DEVELOPING_FROM {
            Band::NeedsAttention
        } else if score < STRONG_FROM {
            Band::Developing
        } else {
            Band::Strong
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Maps a 1–5 answer to 0–100.
pub fn scale_to_score(value: f64) -> f64 {
    (value - 1.0) * 25.0
}

/// The score of one area for one respondent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AreaScore {
    pub area: Area,
    /// 0–100, or `None` when too few statements were answered (see
    /// [`needed_answers`]).
    pub score: Option<f64>,
    /// Without a score: the mean of the scale answers there are, shown greyed,
    /// with no band and left out of the overall figure.
    pub partial: Option<f64>,
    /// Answers on the 1–5 scale.
    pub answered: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// Statements in the area.
    pub total: usize,
}

impl AreaScore {
    pub fn band(&self) -> Option<Band> {
        self.score.map(Band::of)
    }

    /// Mostly "don't know", or short of the 60 % because of "don't know": see the
    /// module docs.
    pub fn information_gap(&self) -> bool {
        (self.dont_know >= GAP_DONT_KNOW && self.dont_know >= self.answered)
            || (self.score.is_none() && self.dont_know > 0 && self.answered > 0)
    }
}

/// Scores one area from its answers.
pub fn score_answers(area: Area, answers: impl IntoIterator<Item = Answer>) -> AreaScore {
    let (mut sum, mut answered, mut dont_know, mut not_relevant, mut total) =
        (0u32, 0usize, 0usize, 0usize, 0usize);
    for a in answers {
        total += 1;
        match a {
            Answer::Scale(v) => {
                sum += v as u32;
                answered += 1;
            }
            Answer::DontKnow => dont_know += 1,
            Answer::NotRelevant => not_relevant += 1,
            Answer::Unanswered => {}
        }
    }
    let mean = (answered > 0).then(|| scale_to_score(sum as f64 / answered as f64));
    let enough = answered >= needed_answers(total - not_relevant);
    AreaScore {
        area,
        score: mean.filter(|_| enough),
        partial: mean.filter(|_| !enough),
        answered,
        dont_know,
        not_relevant,
        total,
    }
}

/// Everything the results view says about one respondent (or a team seen as one).
#[derive(Clone, Debug, PartialEq)]
pub struct ResultSummary {
    /// One entry per area, in area order.
    pub areas: Vec<AreaScore>,
    /// Mean of the area scores, when at least [`MIN_AREAS_FOR_OVERALL`] exist.
    pub overall: Option<f64>,
    /// The area that stands out as weakest (see the module docs), if one does.
    pub weakest: Option<Area>,
    pub dont_know: usize,
    pub not_relevant: usize,
    pub answered: usize,
}

impl ResultSummary {
    pub fn of(response: &Response) -> Self {
        let areas: Vec<AreaScore> = Area::ALL
            .iter()
            .map(|&area| score_answers(area, response.area_answers(area).map(|(_, a)| a)))
            .collect();
        Self::from_areas(areas)
    }

    pub fn from_areas(areas: Vec<AreaScore>) -> Self {
        let mut scored: Vec<(Area, f64)> = areas
            .iter()
            .filter_map(|a| a.score.map(|s| (a.area, s)))
            .collect();
        let overall = (scored.len() >= MIN_AREAS_FOR_OVERALL)
            .then(|| scored.iter().map(|(_, s)| s).sum::<f64>() / scored.len() as f64);
        super::order::sort_by(&mut scored, |a, b| a.1.total_cmp(&b.1));
        let weakest = match scored.as_slice() {
            [(area, low), (_, next), ..]
                if next - low >= WEAKEST_MARGIN && Band::of(*low) != Band::Strong =>
            {
                Some(*area)
            }
            _ => None,
        };
        ResultSummary {
            dont_know: areas.iter().map(|a| a.dont_know).sum(),
            not_relevant: areas.iter().map(|a| a.not_relevant).sum(),
            answered: areas.iter().map(|a| a.answered).sum(),
            areas,
            overall,
            weakest,
        }
    }

    pub fn area(&self, area: Area) -> &AreaScore {
        &self.areas[area.index()]
    }

    /// The lowest band of any scored area.
    pub fn lowest_band(&self) -> Option<Band> {
        self.areas.iter().filter_map(AreaScore::band).min()
    }

    /// The overall band, at most one band above the weakest area's.
    pub fn overall_band(&self) -> Option<Band> {
        let band = Band::of(self.overall?);
        let cap = self
            .lowest_band()
            .map_or(Band::Strong, |low| Band::ALL[(low.index() + 1).min(2)]);
        Some(band.min(cap))
    }

    /// Whether the overall band was lowered by the weakest area.
    pub fn overall_capped(&self) -> bool {
        self.overall
            .zip(self.overall_band())
            .is_some_and(|(score, band)| Band::of(score) != band)
    }

    /// The areas that need attention (scored below 40), in area order: the result
    /// names them all when there are two or more.
    pub fn needing_attention(&self) -> Vec<Area> {
        self.areas
            .iter()
            .filter(|a| a.band() == Some(Band::NeedsAttention))
            .map(|a| a.area)
            .collect()
    }

    /// Areas that are information gaps, in area order.
    pub fn information_gaps(&self) -> Vec<Area> {
        self.areas
            .iter()
            .filter(|a| a.information_gap())
            .map(|a| a.area)
            .collect()
    }
}

/// Rounds a score for display: whole points, halves away from zero.
pub fn display_score(score: f64) -> u32 {
    score.round().clamp(0.0, 100.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::ITEM_COUNT;
    use crate::model::date::Date;
    use crate::model::i18n::Lang;

    /// A bank-1 response (30 statements, five per area): the worked examples of
    /// the README use it; bank 2's are in `tests/method.rs`.
    fn response(mut answers: [Answer; ITEM_COUNT]) -> Response {
        let mut r = Response::new(Lang::En, Date(0));
        r.bank_version = 1;
        for a in &mut answers[30..] {
            *a = Answer::Unanswered;
        }
        r.answers = answers;
        r
    }

    #[test]
    fn all_dont_know_gives_no_scores_but_counts_them() {
        let s = ResultSummary::of(&response([Answer::DontKnow; ITEM_COUNT]));
        assert!(s
            .areas
            .iter()
            .all(|a| a.score.is_none() && a.dont_know == 5 && a.answered == 0));
        assert_eq!(s.overall, None);
        assert_eq!(s.weakest, None);
        assert_eq!(s.dont_know, 30);
    }

    #[test]
    fn all_ones_is_zero_and_all_fives_is_hundred() {
        let low = ResultSummary::of(&response([Answer::Scale(1); ITEM_COUNT]));
        assert!(low.areas.iter().all(|a| a.score == Some(0.0)));
        assert_eq!(low.overall, Some(0.0));
        assert_eq!(low.overall_band(), Some(Band::NeedsAttention));
        let high = ResultSummary::of(&response([Answer::Scale(5); ITEM_COUNT]));
        assert!(high.areas.iter().all(|a| a.score == Some(100.0)));
        assert_eq!(high.overall_band(), Some(Band::Strong));
        // Six equal areas: no single weak area (review scenario S2).
        assert_eq!(high.weakest, None);
    }

    #[test]
    fn one_empty_area_is_left_out_of_overall() {
        let mut a = [Answer::Scale(4); ITEM_COUNT];
        // Communication (items 6–10) left empty; evaluation all 2s.
        for x in &mut a[5..10] {
            *x = Answer::Unanswered;
        }
        for x in &mut a[15..20] {
            *x = Answer::Scale(2);
        }
        let s = ResultSummary::of(&response(a));
        assert_eq!(s.area(Area::Communication).score, None);
        assert_eq!(s.area(Area::Evaluation).score, Some(25.0));
        // (75 * 4 + 25) / 5 = 65
        assert_eq!(s.overall, Some(65.0));
        assert_eq!(s.weakest, Some(Area::Evaluation));
    }

    #[test]
    fn fewer_than_three_answers_means_no_score() {
        let a = [
            Answer::Scale(5),
            Answer::Scale(5),
            Answer::DontKnow,
            Answer::DontKnow,
            Answer::Unanswered,
        ];
        let s = score_answers(Area::SharedGoals, a);
        assert_eq!((s.score, s.answered, s.dont_know, s.total), (None, 2, 2, 5));
        let b = [
            Answer::Scale(1),
            Answer::Scale(2),
            Answer::Scale(4),
            Answer::DontKnow,
            Answer::DontKnow,
        ];
        // mean 7/3 → (7/3 - 1) * 25 = 33.33…
        let s = score_answers(Area::SharedGoals, b);
        assert!((s.score.unwrap() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.band(), Some(Band::NeedsAttention));
    }

    #[test]
    fn band_thresholds() {
        assert_eq!(Band::of(0.0), Band::NeedsAttention);
        assert_eq!(Band::of(39.49), Band::NeedsAttention);
        // The band is decided on the number shown: 39.5 shows as 40.
        assert_eq!(Band::of(39.5), Band::Developing);
        assert_eq!(Band::of(40.0), Band::Developing);
        assert_eq!(Band::of(69.49), Band::Developing);
        assert_eq!(Band::of(69.6), Band::Strong);
        assert_eq!(Band::of(70.0), Band::Strong);
        assert_eq!(Band::of(100.0), Band::Strong);
    }

    #[test]
    fn display_rounds_half_up() {
        assert_eq!(display_score(62.5), 63);
        assert_eq!(display_score(33.333), 33);
    }
}
