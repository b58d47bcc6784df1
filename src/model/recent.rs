//! The facilitator's recent teams: the latest team link of each partnership, kept on
//! the facilitator's own device (localStorage, never sent), so next quarter's round
//! starts from it. The list is plain text, one team a line: the day it was kept
//! (ISO), the partnership's name and the team link's fragment, separated by tabs.
//!
//! Rules, in plain words:
//! - One entry per partnership (names compared without case or outer spaces): a
//!   newer team of the same partnership replaces the older one.
//! - At most [`MAX_KEPT`] entries, newest first; the oldest goes.
//! - A line that cannot be read is left out, never an error: the list is a
//!   convenience, the team link is what the facilitator keeps.
//! - Only a team fragment (`t=…`, no spaces or tabs) is kept.

use super::answers::clean_label;
use super::date::Date;

pub const MAX_KEPT: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub saved: Date,
    /// The partnership's name, or empty when the team has none.
    pub name: String,
    /// The team link's fragment, without `#`.
    pub fragment: String,
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn usable(fragment: &str) -> bool {
    fragment.starts_with("t=") && !fragment.contains(char::is_whitespace)
}

/// The list as stored; lines that cannot be read are left out.
pub fn parse(text: &str) -> Vec<Kept> {
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            let saved = Date::parse_iso(parts.next()?)?;
            let name = clean_label(parts.next()?);
            let fragment = parts.next()?.to_owned();
            usable(&fragment).then_some(Kept {
                saved,
                name,
                fragment,
            })
        })
        .take(MAX_KEPT)
        .collect()
}

/// The list as it is stored.
pub fn write(list: &[Kept]) -> String {
    list.iter()
        .map(|k| {
            format!(
                "{}\t{}\t{}",
                k.saved.iso(),
                clean_label(&k.name),
                k.fragment
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The list with `entry` first, replacing the same partnership's older team.
pub fn keep(list: &[Kept], entry: Kept) -> Vec<Kept> {
    if !usable(&entry.fragment) {
        return list.to_vec();
    }
    let entry = Kept {
        name: clean_label(&entry.name),
        ..entry
    };
    let mut out = vec![entry.clone()];
    out.extend(list.iter().filter(|k| !same(&k.name, &entry.name)).cloned());
    out.truncate(MAX_KEPT);
    out
}

/// The list without entry `i`.
pub fn remove(list: &[Kept], i: usize) -> Vec<Kept> {
    let mut out = list.to_vec();
    if i < out.len() {
        out.remove(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(name: &str, day: u16) -> Kept {
        Kept {
            saved: Date(day),
            name: name.into(),
            fragment: format!("t=ABC{day}&h=XYZ"),
        }
    }

    #[test]
    fn the_latest_team_of_each_partnership_newest_first() {
        let list = keep(&[], kept("Åby Sammen", 1));
        let list = keep(&list, kept("IOP Göteborg", 2));
        let list = keep(&list, kept(" åby sammen ", 3));
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].saved, Date(3));
        assert_eq!(list[0].name, "åby sammen");
        assert_eq!(list[1].name, "IOP Göteborg");
        assert_eq!(parse(&write(&list)), list);
        let list = remove(&list, 0);
        assert_eq!(list, vec![kept("IOP Göteborg", 2)]);
    }

    #[test]
    fn at_most_eight_and_bad_lines_are_left_out() {
        let mut list = Vec::new();
        for d in 0..12 {
            list = keep(&list, kept(&format!("P{d}"), d));
        }
        assert_eq!(list.len(), MAX_KEPT);
        assert_eq!(list[0].name, "P11");
        let text = format!(
            "nonsense\n2026-01-01\tX\tr=notateam\n2026-01-02\tY\tt=ok\n{}",
            write(&list)
        );
        let read = parse(&text);
        assert_eq!(read[0].name, "Y");
        assert_eq!(read.len(), MAX_KEPT);
        // A name with a tab or a line break cannot break the list.
        let odd = keep(&[], kept("A\tB\nC", 5));
        assert_eq!(parse(&write(&odd)).len(), 1);
        assert_eq!(
            keep(
                &[],
                Kept {
                    fragment: "t=a b".into(),
                    ..kept("Z", 1)
                }
            ),
            vec![]
        );
    }
}
