//! A team as files: CSV for a spreadsheet and JSON for other tools.
//!
//! Both are written by these small functions rather than a serialisation crate: the
//! formats are fixed and tiny, and the wasm bundle stays small.
//!
//! - CSV (RFC 4180, comma-separated, CRLF line ends): one row per respondent and
//!   statement of the bank the person answered, with the columns of [`CSV_HEADER`]. A field with a comma, quote or
//!   line break is quoted, quotes doubled. A free-text field that starts with `=`,
//!   `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet
//!   never runs it as a formula.
//! - JSON: `{"format":"samspil-team","version":1,"respondents":[…]}`, every string
//!   escaped as RFC 8259 requires.
//!
//! Answers are written as `1`–`5`, `dont_know`, `not_relevant`, or empty (CSV) /
//! `null` (JSON) for a skipped statement.
//!
//! The team's action plan follows: in CSV after an empty line, as a second table
//! with the columns of [`PLAN_HEADER`]; in JSON as `"plan":[…]`.

use super::answers::{Answer, Response};

pub const CSV_HEADER: [&str; 9] = [
    "respondent",
    "label",
    "organisation",
    "sector",
    "date",
    "language",
    "area",
    "statement",
    "answer",
];

/// The columns of the plan's table in the CSV file.
pub const PLAN_HEADER: [&str; 5] = ["plan_action", "action", "owner", "due", "status"];

/// One action of the plan as the files write it: its words in the language the
/// file is made in.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub text: String,
    pub owner: String,
    pub due: Option<super::date::Date>,
    pub status: super::plan::Status,
}

/// The CSV text of a team and its plan.
pub fn csv(team: &[Response], plan: &[PlanRow]) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().map(|s| s.to_string()));
    for (n, r) in team.iter().enumerate() {
        for item in r.bank().items {
            push_row(
                &mut out,
                [
                    (n + 1).to_string(),
                    r.label.clone(),
                    r.org.clone(),
                    sector_slug(r).to_owned(),
                    r.date.iso(),
                    r.lang.code().to_owned(),
                    item.area.slug().to_owned(),
                    item.id.0.to_string(),
                    answer_text(r.answer(item.id))
                        .unwrap_or_default()
                        .to_owned(),
                ],
            );
        }
    }
    if !plan.is_empty() {
        out.push_str("\r\n");
        push_row(&mut out, PLAN_HEADER.iter().map(|s| s.to_string()));
        for (n, row) in plan.iter().enumerate() {
            push_row(
                &mut out,
                [
                    (n + 1).to_string(),
                    row.text.clone(),
                    row.owner.clone(),
                    row.due.map(|d| d.iso()).unwrap_or_default(),
                    row.status.slug().to_owned(),
                ],
            );
        }
    }
    out
}

fn push_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(&f));
    }
    out.push_str("\r\n");
}

/// One CSV field, quoted when needed and defused against formula injection.
pub fn csv_field(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
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

fn sector_slug(r: &Response) -> &'static str {
    r.sector.map_or("", |s| s.slug())
}

fn answer_text(a: Answer) -> Option<&'static str> {
    match a {
        Answer::Scale(1) => Some("1"),
        Answer::Scale(2) => Some("2"),
        Answer::Scale(3) => Some("3"),
        Answer::Scale(4) => Some("4"),
        Answer::Scale(5) => Some("5"),
        Answer::Scale(_) => None,
        Answer::DontKnow => Some("dont_know"),
        Answer::NotRelevant => Some("not_relevant"),
        Answer::Unanswered => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::model::{ItemId, Lang, Sector};

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
    fn csv_has_one_row_per_respondent_and_statement() {
        let text = csv(&team(), &[]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines.len(),
            1 + 2 * 30 + 1,
            "header, 60 rows, final line end"
        );
        assert_eq!(
            lines[0],
            "respondent,label,organisation,sector,date,language,area,statement,answer"
        );
        assert_eq!(
            lines[1],
            "1,\"Kommune, \"\"Nord\"\" & co\",Ældrecentret,municipality-or-region,2026-03-09,da,goals,1,4"
        );
        assert_eq!(
            lines[7],
            "1,\"Kommune, \"\"Nord\"\" & co\",Ældrecentret,municipality-or-region,2026-03-09,da,communication,7,dont_know"
        );
        assert_eq!(
            lines[2],
            "1,\"Kommune, \"\"Nord\"\" & co\",Ældrecentret,municipality-or-region,2026-03-09,da,goals,2,"
        );
        // A label that looks like a formula is defused, then quoted for its quotes.
        assert_eq!(
            lines[60],
            "2,\"'=HYPERLINK(\"\"x\"\")\",,,2026-03-10,fi,sustainability,30,1"
        );
        assert_eq!(lines[61], "");
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("-5"), "'-5");
        assert_eq!(csv_field("@cmd"), "'@cmd");
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
        assert!(
            text.contains("\"respondent\":2,\"label\":\"=HYPERLINK(\\\"x\\\")\",\"organisation\":\"\",\"sector\":null")
        );
        assert!(text.ends_with(
            "{\"statement\":30,\"area\":\"sustainability\",\"answer\":1}]}],\"plan\":[]}"
        ));
        assert_eq!(text.matches("\"statement\":").count(), 60);
        // Balanced brackets outside strings: a cheap well-formedness check.
        let (mut depth, mut in_string, mut escaped) = (0i32, false, false);
        for c in text.chars() {
            match (in_string, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (true, false, '"') => in_string = false,
                (false, _, '"') => in_string = true,
                (false, _, '{' | '[') => depth += 1,
                (false, _, '}' | ']') => depth -= 1,
                _ => {}
            }
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
        assert_eq!(
            json(&[], &[]),
            "{\"format\":\"samspil-team\",\"version\":1,\"respondents\":[],\"plan\":[]}"
        );
    }

    #[test]
    fn the_plan_follows_the_answers_in_both_files() {
        use crate::model::plan::Status;
        let plan = [PlanRow {
            text: "=Skriv rollerne ned, alle".into(),
            owner: "Frivilligcenter \"Nord\"".into(),
            due: Date::from_ymd(2027, 1, 31),
            status: Status::Partly,
        }];
        let text = csv(&team(), &plan);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[61], "");
        assert_eq!(lines[62], "plan_action,action,owner,due,status");
        assert_eq!(
            lines[63],
            "1,\"'=Skriv rollerne ned, alle\",\"Frivilligcenter \"\"Nord\"\"\",2027-01-31,partly"
        );
        let text = json(&[], &plan);
        assert!(text.ends_with(
            "\"plan\":[{\"action\":\"=Skriv rollerne ned, alle\",\"owner\":\"Frivilligcenter \\\"Nord\\\"\",\"due\":\"2027-01-31\",\"status\":\"partly\"}]}"
        ));
    }
}
