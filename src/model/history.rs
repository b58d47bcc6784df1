//! Rounds over time: the partnership's earlier rounds, as figures only, in the team
//! link (`h=`), and the rule that says whether a change between two rounds is clear.
//!
//! The rules in plain words (worked examples in `docs/team-rules.md`, section 11):
//! - **What a round keeps.** Its date (the newest answer's day), its bank, its
//!   partner groups with the number of people in each (the people with no partner
//!   are a group of their own), and per area the team figure as the full view showed
//!   it, in whole points, with the spread (sample standard deviation, whole points)
//!   and the number of people behind it. Never an answer, never a person.
//! - **Anonymity** (the thresholds of `docs/team-rules.md` §6): an area figure is kept
//!   only when at least [`ANONYMOUS_MIN`] people have a score there. A partner
//!   group's own figures are kept only when *every* group of the round has at least
//!   [`ANONYMOUS_MIN`] people: otherwise the team figure beside the big groups'
//!   figures would give back a small group's score by subtraction (review N1).
//! - **A clear change** ([`change`]): never across banks (different statements are
//!   not a change); when the same partner groups took part both times, the team
//!   figures are compared; when a group joined or left, only the groups present both
//!   times are compared (partners weighted equally), and only where both rounds kept
//!   those groups' figures; the groups that joined and left are named. A change is
//!   clear only when |Δ| ≥ max([`CLEAR_CHANGE`], 2·SE) with SE = √(s₁²/n₁ + s₂²/n₂)
//!   from the two rounds' own spreads and sizes (for matched groups, the standard
//!   error of their equally weighted mean), and each side has at least
//!   [`MIN_COMPARE`] people.
//! - **At the limit** ([`History::push`]): at most [`MAX_ROUNDS`] rounds are kept in
//!   full and the part stays within [`HISTORY_BUDGET`] characters; beyond that the
//!   oldest round is folded into one summary line (how many rounds, from when to
//!   when, and each area's lowest and highest team figure), never dropped.
//!
//! # The part's format (`h=PAYLOAD`)
//! Base64url without padding over: a header byte (format 1 in the high 4 bits, kind
//! 6 in the low 4), then bits, most significant first:
//! - the names table: 6 bits of count, each name as 8 bits of length in bytes and
//!   its UTF-8 (partners named in more than one round are stored once);
//! - the summary line: 1 bit; when set, 8 bits of folded rounds (1–255), the first
//!   and last date (16 bits each, days since 2020-01-01), and per area the lowest
//!   and highest team figure (7 bits each, 127 = none);
//! - 4 bits of rounds (0–[`MAX_ROUNDS`]), oldest first; each round: date (16 bits),
//!   bank (4 bits; 0 for a team that mixed banks), 4 bits of groups (1–15), 1 bit
//!   "groups have figures"; per group its partner (6 bits: 0 no partner, 1–15 a
//!   sector code, 16–63 a name of the table) and its people (6 bits, 1–50); per
//!   area the team figure (7 bits, 127 = none) and, with a figure, its spread (6
//!   bits, 0–63) and its people (1 bit set: everyone of the round; else 6 bits,
//!   3–50); when the round keeps group figures, per group and area the same;
//! - zero bits to a whole byte, then 3 bytes of checksum (CRC-32, low 24 bits).
//!
//! A reader checks the alphabet, the length, the checksum, the header, then every
//! value's range; any failure is a [`DecodeError`] that the page explains, and the
//! rest of the team link opens all the same (see [`super::session::TeamPage`]).

use super::answers::{clean_label, Response, Sector};
use super::codec::{self, BitReader, BitWriter, DecodeError, MAX_TEAM};
use super::date::Date;
use super::scoring::ResultSummary;
use super::team::{current_sector, Partner, Partners, TeamSummary, ANONYMOUS_MIN};
use super::Area;

pub use super::team::{CLEAR_CHANGE, MIN_COMPARE};

/// At most this many rounds are kept in full; older ones are folded.
pub const MAX_ROUNDS: usize = 12;
/// The history part stays within this many characters (after `h=`). With a team
/// of 50 on bank 2 with names (about 1,300 characters), the whole link stays within
/// the 2,500 characters that mail and chat apps keep whole (see docs/links.md).
pub const HISTORY_BUDGET: usize = 1_200;
/// Format 1, kind 6 (1–5 are result, team, summary, plan and partners).
const HEADER: u8 = 0x16;
const NONE_7: u32 = 127;
const MAX_NAMES: usize = 48;
const NAME_BASE: u32 = 16;

/// One area's figure in a round: whole points, the sample spread and the people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    /// 0–100.
    pub mean: u8,
    /// The sample standard deviation of the people's area scores, whole points, 0–63.
    pub sd: u8,
    /// People with a score in the area.
    pub n: u8,
}

/// A partner group of a round; `who: None` is the people with no partner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub who: Option<Partner>,
    pub respondents: u8,
    /// In the order of [`Area::ALL`]; all `None` when the round keeps no group figures.
    pub areas: [Option<Figure>; 6],
}

/// One earlier round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub date: Date,
    /// The bank version (0: the team mixed banks).
    pub bank: u8,
    /// The team figure per area, as the full view showed it.
    pub team: [Option<Figure>; 6],
    pub groups: Vec<Group>,
    /// Whether the groups' own figures are kept (every group had at least
    /// [`ANONYMOUS_MIN`] people).
    pub group_figures: bool,
}

/// Rounds folded into one line at the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    pub rounds: u8,
    pub from: Date,
    pub to: Date,
    /// Per area the lowest and highest team figure of the folded rounds.
    pub low: [Option<u8>; 6],
    pub high: [Option<u8>; 6],
}

/// A partnership's earlier rounds, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct History {
    pub folded: Option<Folded>,
    pub rounds: Vec<Round>,
}

/// A partner as compared across rounds: organisations without case or outer spaces.
fn key(who: &Option<Partner>) -> Option<Partner> {
    who.as_ref().map(|p| match p {
        Partner::Sector(s) => Partner::Sector(current_sector(*s)),
        Partner::Named(n) => Partner::Named(n.trim().to_lowercase()),
    })
}

fn figure_of(scores: &[f64]) -> Option<Figure> {
    let n = scores.len();
    if n < ANONYMOUS_MIN {
        return None;
    }
    let mean = scores.iter().sum::<f64>() / n as f64;
    // The sample spread (n − 1): the people are a sample of the partnership's.
    let var = scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
    Some(Figure {
        mean: mean.round().clamp(0.0, 100.0) as u8,
        sd: var.sqrt().round().min(63.0) as u8,
        n: n.min(MAX_TEAM) as u8,
    })
}

impl Round {
    /// The round a team makes, with the meeting's partners (see the module docs for
    /// what is kept).
    pub fn of(team: &[Response], partners: &Partners) -> Round {
        let partners = partners.fit(team);
        let summary = TeamSummary::with_partners(team, &partners, false);
        let personal: Vec<ResultSummary> = team.iter().map(ResultSummary::of).collect();
        let scores = |who: &[usize], area: usize| -> Vec<f64> {
            who.iter()
                .filter_map(|&i| personal[i].areas[area].score)
                .collect()
        };
        let everyone: Vec<usize> = (0..team.len()).collect();
        let team_figures = std::array::from_fn(|a| {
            let f = figure_of(&scores(&everyone, a))?;
            // The figure the full view showed (partners weighted equally where the
            // rules allow), with the spread and size of everyone behind it.
            let shown = summary.areas[a].weighted?;
            Some(Figure {
                mean: shown.round().clamp(0.0, 100.0) as u8,
                ..f
            })
        });
        let mut members: Vec<(Option<Partner>, Vec<usize>)> = partners
            .present()
            .into_iter()
            .map(|p| (Some(partners.list[p].clone()), partners.members(p)))
            .collect();
        let mut unmapped = partners.unmapped();
        // A link holds 15 groups a round: people of any further partners are
        // counted with the people with no partner, never left out.
        if members.len() > 14 && (members.len() > 15 || !unmapped.is_empty()) {
            for (_, m) in members.drain(14..) {
                unmapped.extend(m);
            }
        }
        if !unmapped.is_empty() {
            members.push((None, unmapped));
        }
        let group_figures = members.iter().all(|(_, m)| m.len() >= ANONYMOUS_MIN);
        let groups = members
            .iter()
            .map(|(who, m)| Group {
                who: who.clone(),
                respondents: m.len().min(MAX_TEAM) as u8,
                areas: std::array::from_fn(|a| {
                    group_figures.then(|| figure_of(&scores(m, a))).flatten()
                }),
            })
            .collect();
        Round {
            date: team.iter().map(|r| r.date).max().unwrap_or(Date(0)),
            bank: summary.bank,
            team: team_figures,
            groups,
            group_figures,
        }
    }

    /// Everyone in the round.
    pub fn respondents(&self) -> usize {
        self.groups.iter().map(|g| g.respondents as usize).sum()
    }

    fn group(&self, who: &Option<Partner>) -> Option<&Group> {
        let k = key(who);
        self.groups.iter().find(|g| key(&g.who) == k)
    }
}

// ---------------------------------------------------------------------------
// Honest change.

/// Why no change is given for an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoChange {
    /// The rounds used different banks: different statements are not a change.
    OtherBank,
    /// A side has no figure for the area (fewer than 3 people with a score there).
    NoFigure,
    /// A group joined or left and the groups present both times have no figures of
    /// their own (a group had fewer than 3 people in one of the rounds).
    GroupsTooSmall,
}

/// The change of one area between two rounds (after minus before).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AreaChange {
    pub area: Area,
    /// The figures compared: the team figures, or, when a group joined or left, the
    /// equally weighted mean of the groups present both times.
    pub from: Option<f64>,
    pub to: Option<f64>,
    pub delta: Result<f64, NoChange>,
    /// Twice the standard error, in points (when a change is given).
    pub two_se: f64,
    pub clear: bool,
}

/// The change between two rounds.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundChange {
    pub same_bank: bool,
    /// Groups of the later round that the earlier did not have, and the other way.
    pub joined: Vec<Option<Partner>>,
    pub left: Vec<Option<Partner>>,
    /// Whether the change rests on the groups present both times only.
    pub matched_only: bool,
    pub areas: Vec<AreaChange>,
}

/// Whether `delta` is a clear change for this standard error and these sizes.
pub fn is_clear(delta: f64, se: f64, n_before: usize, n_after: usize) -> bool {
    n_before >= MIN_COMPARE
        && n_after >= MIN_COMPARE
        && delta.abs() >= CLEAR_CHANGE.max(2.0 * se) - 1e-9
}

fn variance(f: &Figure) -> f64 {
    (f.sd as f64).powi(2) / f.n.max(1) as f64
}

/// The change between two rounds (see the module docs).
pub fn change(before: &Round, after: &Round) -> RoundChange {
    let same_bank = before.bank == after.bank;
    let missing = |from: &Round, other: &Round| -> Vec<Option<Partner>> {
        from.groups
            .iter()
            .filter(|g| other.group(&g.who).is_none())
            .map(|g| g.who.clone())
            .collect()
    };
    let joined = missing(after, before);
    let left = missing(before, after);
    let matched_only = !joined.is_empty() || !left.is_empty();
    let shared: Vec<(&Group, &Group)> = before
        .groups
        .iter()
        .filter_map(|b| after.group(&b.who).map(|a| (b, a)))
        .collect();
    let areas = Area::ALL
        .iter()
        .map(|&area| {
            let i = area.index();
            let figures: Result<(f64, f64, f64, usize, usize), NoChange> = if !same_bank {
                Err(NoChange::OtherBank)
            } else if !matched_only {
                match (before.team[i], after.team[i]) {
                    (Some(b), Some(a)) => Ok((
                        b.mean as f64,
                        a.mean as f64,
                        (variance(&a) + variance(&b)).sqrt(),
                        b.n as usize,
                        a.n as usize,
                    )),
                    _ => Err(NoChange::NoFigure),
                }
            } else {
                let pairs: Option<Vec<(Figure, Figure)>> = shared
                    .iter()
                    .map(|(b, a)| b.areas[i].zip(a.areas[i]))
                    .collect();
                match pairs.filter(|p| !p.is_empty()) {
                    None => Err(NoChange::GroupsTooSmall),
                    Some(pairs) => {
                        let k = pairs.len() as f64;
                        let mean = |side: fn(&(Figure, Figure)) -> u8| {
                            pairs.iter().map(|p| side(p) as f64).sum::<f64>() / k
                        };
                        let (from, to) = (mean(|p| p.0.mean), mean(|p| p.1.mean));
                        let var = pairs
                            .iter()
                            .map(|(b, a)| variance(a) + variance(b))
                            .sum::<f64>();
                        let (nb, na) = pairs.iter().fold((0, 0), |(nb, na), (b, a)| {
                            (nb + b.n as usize, na + a.n as usize)
                        });
                        Ok((from, to, var.sqrt() / k, nb, na))
                    }
                }
            };
            match figures {
                Ok((from, to, se, nb, na)) => AreaChange {
                    area,
                    from: Some(from),
                    to: Some(to),
                    delta: Ok(to - from),
                    two_se: 2.0 * se,
                    clear: is_clear(to - from, se, nb, na),
                },
                Err(why) => AreaChange {
                    area,
                    from: None,
                    to: None,
                    delta: Err(why),
                    two_se: 0.0,
                    clear: false,
                },
            }
        })
        .collect();
    RoundChange {
        same_bank,
        joined,
        left,
        matched_only,
        areas,
    }
}

// ---------------------------------------------------------------------------
// Keeping rounds, and what a reader should know about them.

impl History {
    /// Adds a round after the others; at the limit the oldest are folded into the
    /// summary line (never dropped).
    pub fn push(&mut self, round: Round) {
        self.rounds.push(round);
        while self.rounds.len() > MAX_ROUNDS
            || (self.rounds.len() > 1 && encode(self).len() > HISTORY_BUDGET)
        {
            let oldest = self.rounds.remove(0);
            self.fold(&oldest);
        }
    }

    fn fold(&mut self, round: &Round) {
        let f = self.folded.get_or_insert(Folded {
            rounds: 0,
            from: round.date,
            to: round.date,
            low: [None; 6],
            high: [None; 6],
        });
        f.rounds = f.rounds.saturating_add(1);
        f.from = f.from.min(round.date);
        f.to = f.to.max(round.date);
        for (i, t) in round.team.iter().enumerate() {
            if let Some(t) = t {
                f.low[i] = Some(f.low[i].map_or(t.mean, |l| l.min(t.mean)));
                f.high[i] = Some(f.high[i].map_or(t.mean, |h| h.max(t.mean)));
            }
        }
    }

    /// Rounds dated after `today` (a device's clock or a hand-made link may be
    /// wrong): shown with a note, never used to order the rounds.
    pub fn in_future(&self, today: Date) -> Vec<usize> {
        (0..self.rounds.len())
            .filter(|&i| self.rounds[i].date > today)
            .collect()
    }

    /// Rounds dated before the round they follow.
    pub fn out_of_order(&self) -> Vec<usize> {
        (1..self.rounds.len())
            .filter(|&i| self.rounds[i].date < self.rounds[i - 1].date)
            .collect()
    }

    /// Rounds whose bank differs from the round before them.
    pub fn bank_changes(&self) -> Vec<usize> {
        (1..self.rounds.len())
            .filter(|&i| self.rounds[i].bank != self.rounds[i - 1].bank)
            .collect()
    }
}

// ---------------------------------------------------------------------------
// The link part.

fn put_figure(w: &mut BitWriter, f: &Option<Figure>, people: usize) {
    match f {
        None => w.put(NONE_7, 7),
        Some(f) => {
            w.put(f.mean.min(100) as u32, 7);
            w.put(f.sd.min(63) as u32, 6);
            // Mostly everyone has a score in the area: one bit says so.
            if f.n as usize == people {
                w.put(1, 1);
            } else {
                w.put(0, 1);
                w.put(f.n.min(MAX_TEAM as u8) as u32, 6);
            }
        }
    }
}

fn get_figure(rd: &mut BitReader, people: usize) -> Result<Option<Figure>, DecodeError> {
    match rd.get(7)? {
        NONE_7 => Ok(None),
        mean @ 0..=100 => {
            let sd = rd.get(6)? as u8;
            let n = if rd.get(1)? == 1 {
                people
            } else {
                rd.get(6)? as usize
            };
            if !(ANONYMOUS_MIN..=people).contains(&n) {
                return Err(DecodeError::OutOfRange("history count"));
            }
            Ok(Some(Figure {
                mean: mean as u8,
                sd,
                n: n as u8,
            }))
        }
        _ => Err(DecodeError::OutOfRange("history figure")),
    }
}

fn get_score(rd: &mut BitReader) -> Result<Option<u8>, DecodeError> {
    match rd.get(7)? {
        NONE_7 => Ok(None),
        v @ 0..=100 => Ok(Some(v as u8)),
        _ => Err(DecodeError::OutOfRange("history figure")),
    }
}

fn get_date(rd: &mut BitReader) -> Result<Date, DecodeError> {
    Ok(Date(rd.get(16)? as u16))
}

/// The payload of the history part (without `h=`).
pub fn encode(h: &History) -> String {
    // The names table: each distinct organisation once.
    let mut names: Vec<String> = Vec::new();
    for g in h.rounds.iter().flat_map(|r| &r.groups) {
        if let Some(Partner::Named(n)) = &g.who {
            let n = clean_label(n);
            if !n.is_empty() && !names.contains(&n) && names.len() < MAX_NAMES {
                names.push(n);
            }
        }
    }
    let mut w = BitWriter::default();
    w.put(names.len() as u32, 6);
    for n in &names {
        codec::put_text(&mut w, n, 8);
    }
    match &h.folded {
        None => w.put(0, 1),
        Some(f) => {
            w.put(1, 1);
            w.put(f.rounds.max(1) as u32, 8);
            w.put(f.from.0 as u32, 16);
            w.put(f.to.0 as u32, 16);
            for i in 0..6 {
                w.put(f.low[i].map_or(NONE_7, |v| v.min(100) as u32), 7);
                w.put(f.high[i].map_or(NONE_7, |v| v.min(100) as u32), 7);
            }
        }
    }
    let rounds = &h.rounds[h.rounds.len().saturating_sub(MAX_ROUNDS)..];
    w.put(rounds.len() as u32, 4);
    for r in rounds {
        let groups = &r.groups[..r.groups.len().min(15)];
        w.put(r.date.0 as u32, 16);
        w.put(r.bank.min(15) as u32, 4);
        w.put(groups.len() as u32, 4);
        w.put(r.group_figures as u32, 1);
        for g in groups {
            let who = match &g.who {
                None => 0,
                Some(Partner::Sector(s)) => Sector::code(Some(*s)) as u32,
                Some(Partner::Named(n)) => {
                    let n = clean_label(n);
                    names
                        .iter()
                        .position(|m| *m == n)
                        .map_or(0, |k| k as u32 + NAME_BASE)
                }
            };
            w.put(who, 6);
            w.put(g.respondents.clamp(1, MAX_TEAM as u8) as u32, 6);
        }
        let people: usize = groups.iter().map(|g| g.respondents as usize).sum();
        for f in &r.team {
            put_figure(&mut w, f, people);
        }
        if r.group_figures {
            for g in groups {
                for f in &g.areas {
                    put_figure(&mut w, f, g.respondents as usize);
                }
            }
        }
    }
    let mut bytes = vec![HEADER];
    bytes.extend(w.finish());
    codec::seal(bytes)
}

/// Reads the history part; every value is range-checked.
pub fn decode(payload: &str) -> Result<History, DecodeError> {
    let bytes = codec::unseal(payload)?;
    if bytes[0] >> 4 != HEADER >> 4 {
        return Err(DecodeError::UnknownVersion(bytes[0] >> 4));
    }
    if bytes[0] & 0x0f != HEADER & 0x0f {
        return Err(DecodeError::WrongKind);
    }
    let mut rd = BitReader::new(&bytes[1..]);
    let count = rd.get(6)? as usize;
    if count > MAX_NAMES {
        return Err(DecodeError::OutOfRange("history names"));
    }
    let mut names = Vec::with_capacity(count);
    for _ in 0..count {
        let n = clean_label(&codec::get_text(
            &mut rd,
            8,
            super::answers::LABEL_MAX_CHARS,
        )?);
        if n.is_empty() {
            return Err(DecodeError::OutOfRange("partner"));
        }
        names.push(n);
    }
    let folded = if rd.get(1)? == 1 {
        let rounds = rd.get(8)? as u8;
        if rounds == 0 {
            return Err(DecodeError::OutOfRange("history count"));
        }
        let (from, to) = (get_date(&mut rd)?, get_date(&mut rd)?);
        let mut low = [None; 6];
        let mut high = [None; 6];
        for i in 0..6 {
            low[i] = get_score(&mut rd)?;
            high[i] = get_score(&mut rd)?;
        }
        Some(Folded {
            rounds,
            from,
            to,
            low,
            high,
        })
    } else {
        None
    };
    let n_rounds = rd.get(4)? as usize;
    if n_rounds > MAX_ROUNDS {
        return Err(DecodeError::OutOfRange("history count"));
    }
    let mut rounds = Vec::with_capacity(n_rounds);
    for _ in 0..n_rounds {
        let date = get_date(&mut rd)?;
        let bank = rd.get(4)? as u8;
        let n_groups = rd.get(4)? as usize;
        if n_groups == 0 {
            return Err(DecodeError::OutOfRange("history groups"));
        }
        let group_figures = rd.get(1)? == 1;
        let mut groups = Vec::with_capacity(n_groups);
        for _ in 0..n_groups {
            let who = match rd.get(6)? {
                0 => None,
                c @ 1..=15 => match Sector::from_code(c as u8) {
                    Some(Some(s)) => Some(Partner::Sector(s)),
                    _ => return Err(DecodeError::OutOfRange("partner")),
                },
                k => Some(Partner::Named(
                    names
                        .get((k - NAME_BASE) as usize)
                        .ok_or(DecodeError::OutOfRange("partner"))?
                        .clone(),
                )),
            };
            let respondents = rd.get(6)? as usize;
            if !(1..=MAX_TEAM).contains(&respondents)
                || (group_figures && respondents < ANONYMOUS_MIN)
            {
                return Err(DecodeError::OutOfRange("history count"));
            }
            groups.push(Group {
                who,
                respondents: respondents as u8,
                areas: [None; 6],
            });
        }
        let people: usize = groups.iter().map(|g| g.respondents as usize).sum();
        if people > MAX_TEAM {
            return Err(DecodeError::OutOfRange("history count"));
        }
        let mut team = [None; 6];
        for f in team.iter_mut() {
            *f = get_figure(&mut rd, people)?;
        }
        if group_figures {
            for g in groups.iter_mut() {
                for f in g.areas.iter_mut() {
                    *f = get_figure(&mut rd, g.respondents as usize)?;
                }
            }
        }
        rounds.push(Round {
            date,
            bank,
            team,
            groups,
            group_figures,
        });
    }
    rd.align()?;
    if rd.byte_pos() != bytes.len() - 1 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    Ok(History { folded, rounds })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answer, Lang};

    fn person(sector: Sector, base: u8, date: u16) -> Response {
        let mut r = Response::new(Lang::Da, Date(date));
        r.sector = Some(sector);
        // Every statement of the bank (the ones not asked of this kind of partner
        // count nowhere).
        for (i, a) in r.answers.iter_mut().enumerate() {
            *a = Answer::Scale((base + i as u8 % 2).min(5));
        }
        r
    }

    #[test]
    fn a_round_keeps_figures_not_people() {
        let mut team: Vec<Response> = (0..4)
            .map(|k| person(Sector::Municipality, 3, 2000 + k))
            .collect();
        team.push(person(Sector::Company, 1, 2001));
        let round = Round::of(&team, &Partners::derive(&team));
        assert_eq!(round.date, Date(2003));
        assert_eq!(round.respondents(), 5);
        // A company of one: no group keeps figures, or the team figure beside the
        // municipality's would give the company person's back.
        assert!(!round.group_figures);
        assert!(round
            .groups
            .iter()
            .all(|g| g.areas.iter().all(Option::is_none)));
        assert!(round.team.iter().all(Option::is_some));
        let h = History {
            folded: None,
            rounds: vec![round],
        };
        assert_eq!(decode(&encode(&h)), Ok(h));
    }
}
