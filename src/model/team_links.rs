//! Building a team from pasted text: the facilitator pastes a chat transcript, a
//! list of links or a team link, and every link found is reported on its own.
//!
//! The rules, in plain words:
//! - Links are found anywhere in the text ([`codec::find_all`]), line by line, so
//!   each report names the line its link stood on.
//! - A result link adds one respondent; a team link adds all of its respondents.
//! - A respondent whose result is already in the team (the same encoded result,
//!   whatever its label) is a duplicate and is not added again.
//! - A team holds at most [`MAX_TEAM`] respondents; the rest are left out and counted.
//! - A link that cannot be read is reported with its [`DecodeError`]; the good links
//!   are used all the same.
//! - At most [`codec::MAX_FOUND`] links are read from one paste; the rest are
//!   counted and reported as not read, so a huge paste cannot freeze the page.

use super::answers::Response;
use super::codec::{self, DecodeError, Link, MAX_TEAM};

/// What became of one link.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A result link (`team: false`) or a team link: how many of its respondents were
    /// added, how many were already in the team and how many did not fit.
    Read {
        team: bool,
        added: usize,
        duplicates: usize,
        left_out: usize,
    },
    /// The link could not be read.
    Invalid(DecodeError),
}

/// One link found in the pasted text, with what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkReport {
    /// The line of the pasted text, counted from 1.
    pub line: usize,
    /// The link as it stood in the text.
    pub text: String,
    /// Whose link it is, where it says so: the organisation, else the partnership's
    /// name (`&o=`, `&n=`), read also from a link whose answers are damaged, so the
    /// facilitator knows whom to ask for a new one. Empty when it does not say.
    pub who: String,
    pub outcome: Outcome,
}

/// The organisation, else the partnership's name, that a word's link names.
fn who_of(word: &str) -> String {
    let fragment = codec::fragment_of(word);
    let params = codec::parse_params(&fragment);
    ["o", "n"]
        .iter()
        .filter_map(|key| params.iter().find(|(k, _)| k == key))
        .map(|(_, v)| {
            super::answers::clean_label(&codec::percent_decode(
                v.trim_end_matches(codec::is_trailing_punctuation),
            ))
        })
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// A word that is an address but holds no link Samspil can read (an address bar
/// copied from a result of an earlier release, `…/result.html#s=results`, or any
/// other address): reported, so no line is silently skipped. `None` for plain words.
fn address_without_link(word: &str) -> Option<DecodeError> {
    let lower = word.to_ascii_lowercase();
    if lower.contains("#s=") || lower.contains("%23s%3d") || lower.contains("%23s=") {
        Some(DecodeError::NoAnswers)
    } else if lower.contains("://") || lower.starts_with("www.") {
        Some(DecodeError::NotFound)
    } else {
        None
    }
}

impl LinkReport {
    pub fn is_ok(&self) -> bool {
        matches!(self.outcome, Outcome::Read { added, .. } if added > 0)
    }
}

/// The team after pasting, and a report per link found.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub team: Vec<Response>,
    pub reports: Vec<LinkReport>,
    /// Respondents that did not fit, over all links.
    pub left_out: usize,
    /// Links found beyond [`codec::MAX_FOUND`], which were not read.
    pub not_read: usize,
}

/// Adds every link found in `text` to `team` (see the module docs for the rules).
pub fn merge(team: &[Response], text: &str) -> Merged {
    let mut team: Vec<Response> = team.to_vec();
    let mut seen: Vec<String> = team.iter().map(codec::encode_result).collect();
    let mut reports = Vec::new();
    let mut total_left_out = 0;
    let mut found_count = 0;
    let mut not_read = 0;
    for (i, line) in text.lines().enumerate() {
        // A line with an address but no link is named too, with why.
        if !line.split_whitespace().any(codec::holds_link) {
            for word in line.split_whitespace() {
                if let Some(error) = address_without_link(word) {
                    found_count += 1;
                    if found_count > codec::MAX_FOUND {
                        not_read += 1;
                        continue;
                    }
                    let found = codec::read_word(word);
                    reports.push(LinkReport {
                        line: i + 1,
                        who: String::new(),
                        text: found.text,
                        outcome: Outcome::Invalid(error),
                    });
                }
            }
            continue;
        }
        for word in line.split_whitespace().filter(|w| codec::holds_link(w)) {
            found_count += 1;
            if found_count > codec::MAX_FOUND {
                not_read += 1;
                continue;
            }
            let found = codec::read_word(word);
            let who = who_of(&found.text);
            let (is_team, respondents) = match found.link {
                Ok(Link::Result(r)) => (false, vec![r]),
                Ok(Link::Team(t)) => (true, t),
                // A summary has no answers to add: said as for a link that cannot be read.
                Ok(Link::Summary(_)) => {
                    reports.push(LinkReport {
                        line: i + 1,
                        who,
                        text: found.text,
                        outcome: Outcome::Invalid(DecodeError::SummaryOnly),
                    });
                    continue;
                }
                Err(e) => {
                    reports.push(LinkReport {
                        line: i + 1,
                        who,
                        text: found.text,
                        outcome: Outcome::Invalid(e),
                    });
                    continue;
                }
            };
            let (mut added, mut duplicates, mut left_out) = (0, 0, 0);
            for r in respondents {
                let key = codec::encode_result(&r);
                if seen.contains(&key) {
                    duplicates += 1;
                } else if team.len() >= MAX_TEAM {
                    left_out += 1;
                } else {
                    seen.push(key);
                    team.push(r);
                    added += 1;
                }
            }
            total_left_out += left_out;
            reports.push(LinkReport {
                line: i + 1,
                who,
                text: found.text,
                outcome: Outcome::Read {
                    team: is_team,
                    added,
                    duplicates,
                    left_out,
                },
            });
        }
    }
    Merged {
        team,
        reports,
        left_out: total_left_out,
        not_read,
    }
}

/// All respondents of every readable link in `text`, without the team rules: for
/// the "before" side of a comparison. Reports say what was read, as for [`merge`].
pub fn read_all(text: &str) -> Merged {
    merge(&[], text)
}

/// A long link shortened for a report: its start and its end.
pub fn abbreviate(text: &str, keep: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= keep * 2 + 1 {
        return text.to_owned();
    }
    let head: String = chars[..keep].iter().collect();
    let tail: String = chars[chars.len() - keep..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec::{result_fragment, team_fragment};
    use crate::model::date::Date;
    use crate::model::{Answer, ItemId, Lang};

    fn person(seed: u8) -> Response {
        let mut r = Response::new(Lang::Da, Date(2000 + seed as u16));
        for i in 1..=30u8 {
            r.set(ItemId(i), Answer::Scale((i + seed) % 5 + 1));
        }
        r
    }

    fn link(r: &Response) -> String {
        format!("https://example.org/samspil/#{}", result_fragment(r))
    }

    /// The field test's inbox (field-2026-12.md, step 12): the Safe Links wrapper, a
    /// link from Teams, one with a full stop, one in brackets, a plain one, and an
    /// address bar that holds no answers. Every line is named: the last with why.
    #[test]
    fn every_line_that_cannot_be_used_is_named_with_why_and_whose() {
        let mut p = (1..=5).map(person).collect::<Vec<_>>();
        p[0].org = "Socialforvaltningen".into();
        p[2].label = "Åby Sammen".into();
        let safelinks = format!(
            "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.dk%2F%23{}&data=05%7C02",
            result_fragment(&p[0]).replace('=', "%3D").replace('&', "%26")
        );
        let damaged = format!("{}X&o=R%C3%B8de%20Kors", &link(&p[3])[..50]);
        let text = format!(
            "{safelinks}\nTeams: {}\n{}.\n({})\n{damaged}\nHenrik: https://x.dk/result.html#s=results\nsee you https://teams.example/meet\nthanks!",
            link(&p[1]),
            link(&p[2]),
            link(&p[4]),
        );
        let m = merge(&[], &text);
        assert_eq!(m.team.len(), 4);
        let lines: Vec<usize> = m.reports.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(m.reports[0].who, "Socialforvaltningen");
        assert_eq!(m.reports[2].who, "Åby Sammen");
        assert_eq!(m.reports[4].who, "Røde Kors", "named from a damaged link");
        assert!(matches!(m.reports[4].outcome, Outcome::Invalid(_)));
        assert_eq!(
            m.reports[5].outcome,
            Outcome::Invalid(DecodeError::NoAnswers)
        );
        assert_eq!(
            m.reports[6].outcome,
            Outcome::Invalid(DecodeError::NotFound)
        );
    }

    #[test]
    fn links_in_chat_text_are_found_line_by_line() {
        let text = format!(
            "[10:02] Mette: here's mine {}.\n[10:03] Jukka: ({})\nno link here\n[10:05] Anna: {}",
            link(&person(1)),
            link(&person(2)),
            link(&person(3))
        );
        let m = merge(&[], &text);
        assert_eq!(m.team, vec![person(1), person(2), person(3)]);
        let lines: Vec<usize> = m.reports.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 2, 4]);
        assert!(m.reports.iter().all(LinkReport::is_ok));
        assert_eq!(m.left_out, 0);
    }

    #[test]
    fn duplicates_and_damaged_links_are_reported_while_the_rest_is_used() {
        let good = link(&person(1));
        let damaged = format!("{}X", &link(&person(2))[..50]);
        let mut labelled = person(1);
        labelled.label = "Another name".into();
        let text = format!(
            "{good}\n{damaged}\n{}\n{}",
            link(&labelled),
            link(&person(3))
        );
        let m = merge(&[], &text);
        assert_eq!(m.team, vec![person(1), person(3)]);
        assert!(matches!(m.reports[1].outcome, Outcome::Invalid(_)));
        assert_eq!(
            m.reports[2].outcome,
            Outcome::Read {
                team: false,
                added: 0,
                duplicates: 1,
                left_out: 0
            }
        );
        // Already in the team from an earlier paste.
        let again = merge(&m.team, &good);
        assert_eq!(again.team.len(), 2);
        assert!(!again.reports[0].is_ok());
    }

    #[test]
    fn a_team_link_adds_all_its_respondents_up_to_fifty() {
        let team: Vec<Response> = (0..40).map(person).collect();
        let text = format!("https://x.org/#{}", team_fragment(&team));
        let m = merge(&[person(100), person(0)], &text);
        assert_eq!(m.team.len(), 41);
        assert_eq!(
            m.reports[0].outcome,
            Outcome::Read {
                team: true,
                added: 39,
                duplicates: 1,
                left_out: 0
            }
        );
        let more: Vec<Response> = (40..60).map(person).collect();
        let m2 = merge(&m.team, &format!("#{}", team_fragment(&more)));
        assert_eq!(m2.team.len(), MAX_TEAM);
        assert_eq!(m2.left_out, 11);
        let singles = merge(&m2.team, &link(&person(200)));
        assert_eq!(singles.left_out, 1);
        assert_eq!(singles.team.len(), MAX_TEAM);
    }

    #[test]
    fn nothing_found_is_an_empty_report() {
        let m = merge(&[person(1)], "hello, no links today");
        assert!(m.reports.is_empty());
        assert_eq!(m.team, vec![person(1)]);
        assert_eq!(read_all(&link(&person(4))).team, vec![person(4)]);
    }

    #[test]
    fn a_huge_paste_reads_at_most_max_found_links() {
        // Audit D7: 200,000 link-like words froze the tab; now 120 are read.
        let text = "#r=A ".repeat(50_000);
        let m = merge(&[], &text);
        assert_eq!(m.reports.len(), codec::MAX_FOUND);
        assert_eq!(m.not_read, 50_000 - codec::MAX_FOUND);
        assert!(m.team.is_empty());
    }

    #[test]
    fn doubly_wrapped_links_are_found() {
        // Audit D10: a link wrapped by two mail gateways.
        let inner = link(&person(5));
        let once = crate::model::codec::percent_encode(&inner);
        let twice = crate::model::codec::percent_encode(&once);
        let text = format!("https://gateway.example/?u={twice}&x=1");
        let m = merge(&[], &text);
        assert_eq!(m.team, vec![person(5)]);
    }

    #[test]
    fn abbreviations_keep_both_ends() {
        assert_eq!(abbreviate("abcdef", 3), "abcdef");
        assert_eq!(abbreviate("abcdefghij", 3), "abc…hij");
        assert_eq!(abbreviate("æøåæøåæøå", 2), "æø…øå");
    }
}
