//! A team as files: CSV for a spreadsheet, JSON for other tools, and the plan as a
//! calendar file. The rules are written out for facilitators in
//! `docs/meeting-and-files.md`; in short:
//!
//! - **CSV, two files** ([`csv`] for the answers, [`plan_csv`] for the plan): a
//!   UTF-8 byte-order mark, then one header row and the rows, CRLF line ends. The
//!   separator is the one a spreadsheet in the page's language expects
//!   ([`separator`]): `;` in Danish, Swedish, Finnish and Norwegian (their decimal
//!   comma makes `;` Excel's list separator), `,` in English. Headers and codes
//!   (areas, sectors, "don't know", statuses) are words of the page's language;
//!   answers 1–5 and dates (ISO 8601) stay numbers and dates.
//! - **Quoting**: a field holding `,`, `;`, a tab, a quote or a line break is
//!   quoted, quotes doubled, whichever separator the file uses: so a file opened
//!   with the other separator still keeps each field in its cell.
//! - **No formulas** ([`neutralise`]): in free text, every place a spreadsheet
//!   could start a cell (the start of the field, and after `,`, `;`, a tab or a
//!   line break, in case a program splits there) that begins, after spaces and
//!   quotes (a reader may strip them), with
//!   `=`, `+`, `-`, `@` (or their full-width forms) gets a `'` first, which makes
//!   the cell text.
//! - **JSON**: `{"format":"samspil-team","version":1,"respondents":[…],"plan":[…]}`,
//!   codes in English (a format for programs), every string escaped as RFC 8259
//!   requires.
//! - **Calendar** ([`ics`]): one all-day event per dated action; an action without a
//!   date is left out and counted, so the page can say so. The UID is
//!   `{team}-{action}@samspil.invalid`: the team's key ([`team_key`]) and the
//!   action's own key ([`action_key`]), never its position, so reordering and
//!   exporting again update the same events. `SEQUENCE` is the export time in
//!   minutes since 2020, so a later export is always the newer version. The title
//!   names the partnership.

use super::answers::{Answer, Response, Sector};
use super::date::Date;
use super::i18n::{Lang, Tr};
use super::plan::{Plan, Status, What};
use super::remedies::ActionSource;
use super::texts as t;

/// One action of the plan as the files write it: its words in the language the
/// file is made in.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub text: String,
    pub owner: String,
    pub due: Option<Date>,
    pub status: Status,
}

/// The byte-order mark that makes Excel read the file as UTF-8 (æ, ø, å, ä).
pub const BOM: char = '\u{feff}';

/// The list separator a spreadsheet in this language expects.
pub fn separator(lang: Lang) -> char {
    match lang {
        // English Excel and LibreOffice (decimal point) split on commas.
        Lang::En => ',',
        // The Nordic locales write 1,5: their list separator is `;`.
        Lang::Da | Lang::Sv | Lang::Fi | Lang::Nb => ';',
    }
}

/// The header of the answers file, in a language.
pub fn csv_header(lang: Lang) -> [&'static str; 10] {
    [
        t::FILE_RESPONDENT.get(lang),
        t::LABEL_LABEL.get(lang),
        t::ORG_COLUMN.get(lang),
        t::FILE_SECTOR.get(lang),
        t::FILE_DATE.get(lang),
        t::FILE_LANGUAGE.get(lang),
        t::FILE_AREA.get(lang),
        t::FILE_STATEMENT_NO.get(lang),
        t::FILE_STATEMENT.get(lang),
        t::FILE_ANSWER.get(lang),
    ]
}

/// The header of the plan's file, in a language.
pub fn plan_header(lang: Lang) -> [&'static str; 6] {
    [
        t::FILE_ACTION_NO.get(lang),
        t::FILE_ACTION.get(lang),
        t::PLAN_OWNER.get(lang),
        t::PLAN_DUE.get(lang),
        t::FILE_STATUS.get(lang),
        t::FILE_PARTNERSHIP.get(lang),
    ]
}

fn sector_word(sector: Option<Sector>) -> Tr {
    match sector {
        None => t::NOT_GIVEN,
        Some(Sector::MunicipalityOrRegion) => t::SECTOR_MUNICIPALITY,
        Some(Sector::VolunteerCentreOrAssociation) => t::SECTOR_VOLUNTEER,
        Some(Sector::Company) => t::SECTOR_COMPANY,
        Some(Sector::Foundation) => t::SECTOR_FOUNDATION,
        Some(Sector::Citizen) => t::SECTOR_CITIZEN,
        Some(Sector::Other) => t::SECTOR_OTHER,
        Some(Sector::Municipality) => t::SECTOR_LOCAL_AUTHORITY,
        Some(Sector::Region) => t::SECTOR_REGION,
        Some(Sector::VolunteerCentre) => t::SECTOR_VOLUNTEER_CENTRE,
        Some(Sector::Association) => t::SECTOR_ASSOCIATION,
        Some(Sector::LocalGroup) => t::SECTOR_LOCAL_GROUP,
        Some(Sector::UsersAndRelatives) => t::SECTOR_USERS,
        Some(Sector::Education) => t::SECTOR_EDUCATION,
    }
}

/// The words of a status, as the plan's file writes it.
pub fn status_word(status: Status) -> Tr {
    match status {
        Status::Done => t::STATUS_DONE,
        Status::Partly => t::STATUS_PARTLY,
        Status::NotDone => t::STATUS_NOT_DONE,
        Status::Open => t::STATUS_OPEN,
    }
}

fn answer_word(a: Answer, lang: Lang) -> String {
    match a {
        Answer::Scale(v @ 1..=5) => v.to_string(),
        Answer::Scale(_) | Answer::Unanswered => String::new(),
        Answer::DontKnow => t::DONT_KNOW.get(lang).to_owned(),
        Answer::NotRelevant => t::NOT_RELEVANT.get(lang).to_owned(),
    }
}

/// The answers file: one row per respondent and statement of the bank the person
/// answered, with the columns of [`csv_header`]. Starts with [`BOM`].
pub fn csv(team: &[Response], lang: Lang) -> String {
    let sep = separator(lang);
    let mut out = String::from(BOM);
    push_row(
        &mut out,
        sep,
        csv_header(lang).iter().map(|s| s.to_string()),
    );
    for (n, r) in team.iter().enumerate() {
        for item in r.bank().items {
            push_row(
                &mut out,
                sep,
                [
                    (n + 1).to_string(),
                    r.label.clone(),
                    r.org.clone(),
                    sector_word(r.sector).get(lang).to_owned(),
                    r.date.iso(),
                    r.lang.native_name().to_owned(),
                    item.area.info().name.get(lang).to_owned(),
                    item.id.0.to_string(),
                    item.text.get(lang).to_owned(),
                    answer_word(r.answer(item.id), lang),
                ],
            );
        }
    }
    out
}

/// The plan's file: one row per action, with the columns of [`plan_header`] (the
/// partnership's name on every row, so rows pasted elsewhere keep it). Starts with
/// [`BOM`].
pub fn plan_csv(plan: &[PlanRow], partnership: &str, lang: Lang) -> String {
    let sep = separator(lang);
    let mut out = String::from(BOM);
    push_row(
        &mut out,
        sep,
        plan_header(lang).iter().map(|s| s.to_string()),
    );
    for (n, row) in plan.iter().enumerate() {
        push_row(
            &mut out,
            sep,
            [
                (n + 1).to_string(),
                row.text.clone(),
                row.owner.clone(),
                row.due.map(|d| d.iso()).unwrap_or_default(),
                status_word(row.status).get(lang).to_owned(),
                partnership.to_owned(),
            ],
        );
    }
    out
}

fn push_row(out: &mut String, sep: char, fields: impl IntoIterator<Item = String>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(&csv_field(&f));
    }
    out.push_str("\r\n");
}

/// Characters that make a spreadsheet read a cell as a formula (the full-width
/// forms too: some Excel versions convert them).
fn is_formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
    )
}

/// Characters after which some program may start a new cell.
fn is_cell_break(c: char) -> bool {
    matches!(c, ',' | ';' | '\t' | '\r' | '\n')
}

/// Free text made safe for a spreadsheet: a `'` before every place that could
/// start a cell and then a formula (see the module docs).
pub fn neutralise(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    let chars: Vec<char> = value.chars().collect();
    let mut at_start = true;
    for (i, &c) in chars.iter().enumerate() {
        if at_start {
            let next = chars[i..]
                .iter()
                .find(|&&c| !(c == '"' || c.is_whitespace() && !is_cell_break(c)));
            if next.is_some_and(|n| is_formula_start(*n)) {
                out.push('\'');
            }
        }
        out.push(c);
        at_start = is_cell_break(c);
    }
    out
}

/// One CSV field: neutralised, then quoted when it holds a separator of any kind,
/// a quote or a line break.
pub fn csv_field(value: &str) -> String {
    let safe = neutralise(value);
    if safe.contains([',', ';', '\t', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// The JSON text of a team and its plan.
pub fn json(team: &[Response], plan: &[PlanRow]) -> String {
    let mut out = String::from("{\"format\":\"samspil-team\",\"version\":1,\"respondents\":[");
    for (n, r) in team.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"respondent\":{},\"label\":{},\"organisation\":{},\"sector\":{},\"date\":{},\"language\":{},\"bankVersion\":{},\"answers\":[",
            n + 1,
            json_string(&r.label),
            json_string(&r.org),
            r.sector.map_or("null".to_owned(), |s| json_string(s.slug())),
            json_string(&r.date.iso()),
            json_string(r.lang.code()),
            r.bank_version,
        ));
        for (i, item) in r.bank().items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let answer = match r.answer(item.id) {
                Answer::Scale(v) => v.to_string(),
                Answer::DontKnow => json_string("dont_know"),
                Answer::NotRelevant => json_string("not_relevant"),
                Answer::Unanswered => "null".to_owned(),
            };
            out.push_str(&format!(
                "{{\"statement\":{},\"area\":{},\"answer\":{answer}}}",
                item.id.0,
                json_string(item.area.slug())
            ));
        }
        out.push_str("]}");
    }
    out.push_str("],\"plan\":[");
    for (n, row) in plan.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"action\":{},\"owner\":{},\"due\":{},\"status\":{}}}",
            json_string(&row.text),
            json_string(&row.owner),
            row.due.map_or("null".to_owned(), |d| json_string(&d.iso())),
            json_string(row.status.slug()),
        ));
    }
    out.push_str("]}");
    out
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
pub fn json_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // U+2028/2029 are valid JSON but break JavaScript string literals.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------
// Who the files are about.

/// The partnership's name as most of the team wrote it: the label given by the
/// most respondents, compared without case and extra spaces (ties: the one met
/// first), as the first of them spelled it. `None` when no one gave one, or, with
/// `at_least_two`, when no name was given by two people (for what others read: a
/// name given by one person alone could be that person's own).
pub fn partnership_name(team: &[Response], at_least_two: bool) -> Option<String> {
    let mut counts: Vec<(String, &str, usize)> = Vec::new();
    for r in team.iter().filter(|r| !r.label.trim().is_empty()) {
        let key = super::answers::name_key(&r.label);
        match counts.iter_mut().find(|(k, _, _)| *k == key) {
            Some(entry) => entry.2 += 1,
            None => counts.push((key, r.label.trim(), 1)),
        }
    }
    // The first of the largest count: `max_by_key` keeps the last, so go backwards.
    let (_, name, n) = counts.iter().rev().max_by_key(|(_, _, n)| *n)?;
    (!at_least_two || *n >= 2).then(|| name.to_string())
}

/// FNV-1a, 64 bits: a stable, dependency-free hash for identifiers (not security).
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The team's key in calendar UIDs: a hash of its first respondent's result (the
/// earliest date; ties, the smallest payload). A result with its date and answers
/// is as good as unique, so two teams' keys differ; and respondents added after
/// the first do not change it, so a plan exported again later keeps its events.
/// 16 hexadecimal digits; "0" repeated for a team with no one.
pub fn team_key(team: &[Response]) -> String {
    let first = team
        .iter()
        .map(|r| (r.date, super::codec::encode_result(r)))
        .min();
    let hash = first.map_or(0, |(_, payload)| fnv64(payload.as_bytes()));
    format!("{hash:016x}")
}

/// An action's own key in calendar UIDs: what it is, never where it stands. A
/// suggested action is named by its source; the team's own words by a hash of the
/// words and, when the same words stand twice, which of them it is.
pub fn action_key(plan: &Plan, index: usize) -> String {
    let Some(item) = plan.items.get(index) else {
        return String::new();
    };
    match &item.what {
        What::Suggested(ActionSource::Item(id)) => format!("s{}", id.0),
        What::Suggested(ActionSource::Gap(area)) => format!("g{}", area.index()),
        What::Suggested(ActionSource::Clarify(area)) => format!("c{}", area.index()),
        What::Suggested(ActionSource::Area(area, band, n)) => {
            format!("a{}-{}-{n}", area.index(), band.index())
        }
        What::Own(text) => {
            let same = plan.items[..index]
                .iter()
                .filter(|i| i.what == item.what)
                .count();
            let hash = fnv64(text.as_bytes());
            if same == 0 {
                format!("o{hash:016x}")
            } else {
                format!("o{hash:016x}-{}", same + 1)
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The calendar file.

/// Escapes a TEXT value (RFC 5545, 3.3.11). Line and paragraph separators become
/// spaces and control characters go; `<` and `>` become `‹` and `›`, because some
/// calendars read a description as HTML.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '<' => out.push('‹'),
            '>' => out.push('›'),
            '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (RFC 5545, 3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn ymd_text((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}{m:02}{d:02}")
}

/// The day after `d`, as `YYYYMMDD`: computed on the calendar, so the last day a
/// link can hold (2199-06-06) still ends a day later.
fn day_after(d: Date) -> String {
    let (y, m, day) = d.ymd();
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let last = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ymd_text(match (day < last, m < 12) {
        (true, _) => (y, m, day + 1),
        (false, true) => (y, m + 1, 1),
        (false, false) => (y + 1, 1, 1),
    })
}

/// Unix time of 2020-01-01, in seconds.
const SECONDS_2020: i64 = 1_577_836_800;

/// A calendar file and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    pub text: String,
    /// Actions written as events (those with a due date).
    pub events: usize,
    /// Actions left out because they have no due date yet.
    pub left_out: usize,
}

/// What the calendar file says besides the actions.
pub struct CalendarWords<'a> {
    /// The partnership's name, put before every event's title.
    pub partnership: Option<&'a str>,
    /// "Owner", for the description.
    pub owner: &'a str,
    /// The reminder's words, a week before.
    pub reminder: &'a str,
}

/// The plan as one iCalendar file (RFC 5545): an all-day event on its due date for
/// each action with one, and a reminder a week before. `texts` gives each item's
/// words (suggested actions in the reader's language); `team_key` is the team's
/// [`team_key`]; `now_ms` the time of the export (Unix milliseconds).
pub fn ics(
    plan: &Plan,
    texts: &[String],
    team_key: &str,
    words: &CalendarWords,
    now_ms: f64,
) -> Calendar {
    let mut out = String::new();
    let now = (now_ms / 1000.0).floor() as i64;
    let (days, secs) = (now.div_euclid(86_400), now.rem_euclid(86_400));
    let today = Date::from_unix_millis(days as f64 * 86_400_000.0).ymd();
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ymd_text(today),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    // Every later export is a newer version of the same events.
    let sequence = ((now - SECONDS_2020) / 60).clamp(0, i32::MAX as i64);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Samspil//Action plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    let (mut events, mut left_out) = (0, 0);
    for (i, (item, text)) in plan.items.iter().zip(texts).enumerate() {
        let Some(due) = item.due else {
            left_out += 1;
            continue;
        };
        events += 1;
        let title = match words.partnership {
            Some(name) if !name.is_empty() => format!("{name}: {text}"),
            _ => text.clone(),
        };
        fold("BEGIN:VEVENT", &mut out);
        fold(
            &format!(
                "UID:samspil-{team_key}-{}@samspil.invalid",
                action_key(plan, i)
            ),
            &mut out,
        );
        fold(&format!("DTSTAMP:{stamp}"), &mut out);
        fold(&format!("SEQUENCE:{sequence}"), &mut out);
        fold(
            &format!("DTSTART;VALUE=DATE:{}", ymd_text(due.ymd())),
            &mut out,
        );
        fold(&format!("DTEND;VALUE=DATE:{}", day_after(due)), &mut out);
        fold(&format!("SUMMARY:{}", ics_text(&title)), &mut out);
        if !item.owner.is_empty() {
            fold(
                &format!(
                    "DESCRIPTION:{}",
                    ics_text(&format!("{}: {}", words.owner, item.owner))
                ),
                &mut out,
            );
        }
        fold("TRANSP:TRANSPARENT", &mut out);
        fold("BEGIN:VALARM", &mut out);
        fold("ACTION:DISPLAY", &mut out);
        fold("TRIGGER:-P7D", &mut out);
        fold(
            &format!(
                "DESCRIPTION:{}",
                ics_text(&format!("{}: {title}", words.reminder))
            ),
            &mut out,
        );
        fold("END:VALARM", &mut out);
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    Calendar {
        text: out,
        events,
        left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::bank::ItemId;
    use crate::model::plan::What;
    use crate::model::Area;

    fn team() -> Vec<Response> {
        let mut a = Response::new(Lang::Da, Date::from_ymd(2026, 3, 9).unwrap());
        a.bank_version = 1;
        a.sector = Some(Sector::MunicipalityOrRegion);
        a.label = "Kommune, \"Nord\" & co".into();
        a.org = "Ældrecentret".into();
        a.set(ItemId(1), Answer::Scale(4));
        a.set(ItemId(7), Answer::DontKnow);
        let mut b = Response::new(Lang::Fi, Date::from_ymd(2026, 3, 10).unwrap());
        b.bank_version = 1;
        b.label = "=HYPERLINK(\"x\")".into();
        b.set(ItemId(30), Answer::Scale(1));
        vec![a, b]
    }

    #[test]
    fn the_nordic_file_is_semicolon_separated_in_the_page_language() {
        let text = csv(&team(), Lang::Da);
        assert!(text.starts_with('\u{feff}'), "a byte-order mark first");
        let lines: Vec<&str> = text[3..].split("\r\n").collect();
        assert_eq!(
            lines.len(),
            1 + 2 * 30 + 1,
            "header, 60 rows, final line end"
        );
        assert_eq!(
            lines[0],
            "Besvarelse;Partnerskabets navn;Organisation;Sektor;Dato;Sprog;Område;Udsagn nr.;Udsagn;Svar"
        );
        assert!(lines[1].starts_with(
            "1;\"Kommune, \"\"Nord\"\" & co\";Ældrecentret;Kommune eller region;2026-03-09;Dansk;Fælles mål;1;"
        ), "{}", lines[1]);
        assert!(lines[1].ends_with(";4"));
        assert!(lines[7].ends_with(";Ved ikke"), "{}", lines[7]);
        assert!(lines[2].ends_with(';'), "a skipped statement is empty");
        // A label that looks like a formula is neutralised, then quoted for its quotes.
        assert!(
            lines[60].starts_with("2;\"'=HYPERLINK(\"\"x\"\")\";;Ikke oplyst;2026-03-10;Suomi;"),
            "{}",
            lines[60]
        );
        assert_eq!(lines[61], "");
    }

    #[test]
    fn english_uses_commas() {
        let text = csv(&team(), Lang::En);
        let header = text[3..].split("\r\n").next().unwrap();
        assert_eq!(header.matches(',').count(), 9, "{header}");
        assert!(header.starts_with("Respondent,"));
    }

    #[test]
    fn the_plan_has_its_own_file() {
        let plan = [PlanRow {
            text: "=Skriv rollerne ned; alle".into(),
            owner: "Frivilligcenter \"Nord\"".into(),
            due: Date::from_ymd(2027, 1, 31),
            status: Status::Partly,
        }];
        let text = plan_csv(&plan, "Åby Sammen", Lang::Da);
        let lines: Vec<&str> = text[3..].split("\r\n").collect();
        assert_eq!(lines[0], "Nr.;Handling;Ansvarlig;Frist;Status;Partnerskab");
        assert_eq!(
            lines[1],
            "1;\"'=Skriv rollerne ned; alle\";\"Frivilligcenter \"\"Nord\"\"\";2027-01-31;Delvist;Åby Sammen"
        );
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn every_place_a_cell_could_start_is_neutralised() {
        assert_eq!(neutralise("plain"), "plain");
        assert_eq!(neutralise("-5"), "'-5");
        assert_eq!(neutralise("@cmd"), "'@cmd");
        assert_eq!(neutralise("Nord;=1+1;x"), "Nord;'=1+1;x");
        assert_eq!(neutralise("Ejer;@SUM(1+1)"), "Ejer;'@SUM(1+1)");
        assert_eq!(neutralise("a\t+b"), "a\t'+b");
        assert_eq!(neutralise("a, -b"), "a,' -b");
        assert_eq!(neutralise("x;;=y"), "x;;'=y");
        assert_eq!(neutralise("  =1"), "'  =1");
        assert_eq!(neutralise("two\n=lines"), "two\n'=lines");
        assert_eq!(neutralise("\u{ff1d}1+1"), "'\u{ff1d}1+1");
        assert_eq!(
            neutralise("a-b; c=d"),
            "a-b; c=d",
            "only where a cell could start"
        );
        assert_eq!(
            neutralise("x\n\"+1"),
            "x\n'\"+1",
            "a reader may strip the quote"
        );
        assert_eq!(csv_field("Nord;=1+1;x"), "\"Nord;'=1+1;x\"");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(json_string("line\nbreak\ttab"), "\"line\\nbreak\\ttab\"");
        assert_eq!(json_string("\u{1}\u{2028}"), "\"\\u0001\\u2028\"");
        assert_eq!(json_string("Ærø ✓"), "\"Ærø ✓\"");
    }

    #[test]
    fn json_holds_every_respondent_and_answer() {
        let text = json(&team(), &[]);
        assert!(text.starts_with(
            "{\"format\":\"samspil-team\",\"version\":1,\"respondents\":[{\"respondent\":1,\"label\":\"Kommune, \\\"Nord\\\" & co\",\"organisation\":\"Ældrecentret\",\"sector\":\"municipality-or-region\",\"date\":\"2026-03-09\",\"language\":\"da\",\"bankVersion\":1,\"answers\":[{\"statement\":1,\"area\":\"goals\",\"answer\":4},{\"statement\":2,\"area\":\"goals\",\"answer\":null}"
        ));
        assert!(
            text.contains("{\"statement\":7,\"area\":\"communication\",\"answer\":\"dont_know\"}")
        );
        assert_eq!(text.matches("\"statement\":").count(), 60);
        assert_eq!(
            json(&[], &[]),
            "{\"format\":\"samspil-team\",\"version\":1,\"respondents\":[],\"plan\":[]}"
        );
        let plan = [PlanRow {
            text: "=Skriv".into(),
            owner: "Nord".into(),
            due: Date::from_ymd(2027, 1, 31),
            status: Status::Partly,
        }];
        assert!(json(&[], &plan).ends_with(
            "\"plan\":[{\"action\":\"=Skriv\",\"owner\":\"Nord\",\"due\":\"2027-01-31\",\"status\":\"partly\"}]}"
        ));
    }

    #[test]
    fn the_partnership_is_named_as_most_wrote_it() {
        let mut t = team();
        for label in ["Åby Sammen", "ÅBY  sammen", "Partnerskabet Åby Sammen", ""] {
            let mut r = t[0].clone();
            r.label = label.into();
            t.push(r);
        }
        assert_eq!(partnership_name(&t, true).as_deref(), Some("Åby Sammen"));
        assert_eq!(
            partnership_name(&t[..2], false).as_deref(),
            Some("Kommune, \"Nord\" & co")
        );
        assert_eq!(
            partnership_name(&t[..2], true),
            None,
            "no name given by two"
        );
        assert_eq!(partnership_name(&[], false), None);
    }

    fn plan() -> Plan {
        let mut p = Plan::default();
        p.add(What::Suggested(ActionSource::Item(ItemId(4))));
        p.add(What::Own("Write the roles, down; sign them\\".into()));
        p.add(What::Suggested(ActionSource::Gap(Area::Roles)));
        p.add(What::Own("No date yet".into()));
        p.add(What::Own("Write the roles, down; sign them\\".into()));
        for i in [0, 1, 2, 4] {
            p.set_due(i, Date::from_ymd(2027, 1, 31));
        }
        p.set_owner(1, "Volunteer centre, Mette");
        p
    }

    fn texts(p: &Plan) -> Vec<String> {
        p.items
            .iter()
            .enumerate()
            .map(|(i, it)| match &it.what {
                What::Own(t) => t.clone(),
                What::Suggested(_) => format!("Suggested {i}"),
            })
            .collect()
    }

    const WORDS: CalendarWords = CalendarWords {
        partnership: Some("Åby Sammen"),
        owner: "Owner",
        reminder: "In a week",
    };
    /// 2026-12-07 19:40:05 UTC.
    const NOW: f64 = 1_796_672_405_000.0;

    fn uids(text: &str) -> Vec<&str> {
        text.split("\r\n")
            .filter_map(|l| l.strip_prefix("UID:"))
            .collect()
    }

    #[test]
    fn the_calendar_file_follows_rfc_5545() {
        let p = plan();
        let cal = ics(&p, &texts(&p), "00ff", &WORDS, NOW);
        let text = &cal.text;
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20270131\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20270201\r\n"));
        assert!(
            text.contains("SUMMARY:Åby Sammen: Write the roles\\, down\\; sign them\\\\\r\n"),
            "{text}"
        );
        assert!(text.contains("DESCRIPTION:Owner: Volunteer centre\\, Mette\r\n"));
        assert!(
            text.contains("DTSTAMP:20261207T194005Z\r\n"),
            "the real time"
        );
        assert!(text.contains("TRIGGER:-P7D\r\n"));
        assert_eq!(
            (cal.events, cal.left_out),
            (4, 1),
            "the undated action is counted, not written"
        );
        assert!(!text.contains("VTODO") && !text.contains("No date yet"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 4);
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
        let u = uids(text);
        assert_eq!(u.len(), 4);
        let mut unique = u.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            4,
            "the same words twice still get two UIDs: {u:?}"
        );
    }

    #[test]
    fn uids_follow_the_action_not_its_place() {
        let mut p = plan();
        let before: Vec<String> = uids(&ics(&p, &texts(&p), "k", &WORDS, NOW).text)
            .iter()
            .map(|s| s.to_string())
            .collect();
        p.move_by(0, 1);
        p.move_by(3, -1);
        p.move_by(2, -1);
        let later = ics(&p, &texts(&p), "k", &WORDS, NOW + 86_400_000.0).text;
        let mut after: Vec<String> = uids(&later).iter().map(|s| s.to_string()).collect();
        let mut b = before.clone();
        b.sort();
        after.sort();
        assert_eq!(b, after);
        let other = ics(&plan(), &texts(&plan()), "other", &WORDS, NOW).text;
        assert!(
            uids(&other).iter().all(|u| !before.iter().any(|b| b == u)),
            "another team, other UIDs"
        );
    }

    #[test]
    fn a_team_key_survives_a_late_respondent_and_differs_between_teams() {
        let t = team();
        let mut later = t.clone();
        let mut late = t[0].clone();
        late.date = Date::from_ymd(2026, 4, 1).unwrap();
        late.set(ItemId(2), Answer::Scale(2));
        later.push(late);
        later.swap(0, 1);
        assert_eq!(team_key(&t), team_key(&later));
        assert_ne!(team_key(&t), team_key(&t[1..]));
        assert_eq!(team_key(&t).len(), 16);
    }

    #[test]
    fn the_last_day_a_link_holds_still_ends_a_day_later() {
        let mut p = Plan::default();
        p.add(What::Own("Far away".into()));
        p.set_due(0, Some(Date(u16::MAX)));
        let text = ics(&p, &["Far away".into()], "k", &WORDS, NOW).text;
        assert!(text.contains("DTSTART;VALUE=DATE:21990606\r\n"), "{text}");
        assert!(text.contains("DTEND;VALUE=DATE:21990607\r\n"));
        assert_eq!(day_after(Date::from_ymd(2028, 2, 28).unwrap()), "20280229");
        assert_eq!(day_after(Date::from_ymd(2027, 12, 31).unwrap()), "20280101");
    }

    #[test]
    fn calendar_text_cannot_carry_html_or_line_separators() {
        assert_eq!(ics_text("<b>a\u{2028}b</b>"), "‹b›a b‹/b›");
    }
}
