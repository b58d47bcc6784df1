//! The team's files as the programs that open them read them: CSV fuzzed for
//! formula cells and opened in LibreOffice Calc with Danish settings, and the
//! calendar file of a reordered plan read by python's `icalendar`.
//!
//! The two tests that need an outside program get it through the bootstrap
//! (`samspil_need_calc`, `samspil_need_icalendar` in scripts/bootstrap.sh) and fail,
//! saying why, when they cannot: a file test that did not run must never pass.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use samspil::model::bank::ItemId;
use samspil::model::date::Date;
use samspil::model::export::{self, CalendarWords, PlanRow};
use samspil::model::plan::{Plan, Status, What};
use samspil::model::remedies::ActionSource;
use samspil::model::{Answer, Area, Lang, Response, Sector};

/// A small deterministic generator (xorshift64*): the same 1,000 files every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Text made to start formulas: triggers, every separator, quotes, spaces and
    /// line breaks, DDE and HYPERLINK fragments, full-width forms, letters.
    fn hostile(&mut self, max: usize) -> String {
        const PIECES: [&str; 30] = [
            "=",
            "+",
            "-",
            "@",
            ";",
            ",",
            "\t",
            "\r",
            "\n",
            "\"",
            "'",
            " ",
            "  ",
            "1+1",
            "cmd|' /C calc'!A0",
            "HYPERLINK(\"http://x\")",
            "SUM(1,2)",
            "Åby",
            "ø",
            "Nord",
            "\u{ff1d}",
            "\u{ff0b}",
            "\u{ff0d}",
            "\u{ff20}",
            "\u{a0}",
            "x",
            "DDE(",
            "|",
            "%",
            "\u{3000}",
        ];
        let n = self.below(max + 1);
        (0..n).map(|_| PIECES[self.below(PIECES.len())]).collect()
    }
}

fn is_formula(cell: &str) -> bool {
    cell.trim_start().starts_with([
        '=', '+', '-', '@', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
    ])
}

/// Cells as a spreadsheet's CSV reader finds them with this separator: quoted
/// fields (quotes doubled), records ending at an unquoted line break.
fn parse_csv(text: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    let mut quoted = false;
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                at_cell_start = false;
            }
            c if c == sep => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// Every cell a reader could make of the file: a proper CSV parse with each of the
/// usual separators, and a naive split on every separator and line break (a
/// program that ignores quotes).
fn all_readings(text: &str) -> Vec<String> {
    let mut cells: Vec<String> = [',', ';', '\t']
        .iter()
        .flat_map(|&sep| parse_csv(text, sep).into_iter().flatten())
        .collect();
    cells.extend(
        text.trim_start_matches('\u{feff}')
            .split([',', ';', '\t', '\r', '\n'])
            // A reader that strips the quotes a field starts with, however many.
            .map(|s| s.trim_start_matches('"').to_owned()),
    );
    cells
}

fn fuzzed_team(rng: &mut Rng) -> Vec<Response> {
    (0..1 + rng.below(3))
        .map(|_| {
            let mut r = Response::new(Lang::Da, Date::from_ymd(2026, 12, 1).unwrap());
            r.label = rng.hostile(8);
            r.org = rng.hostile(8);
            r.sector = Some(Sector::Association);
            r.set(ItemId(31), Answer::Scale(4));
            r
        })
        .collect()
}

fn fuzzed_plan(rng: &mut Rng) -> Vec<PlanRow> {
    (0..1 + rng.below(8))
        .map(|_| PlanRow {
            text: rng.hostile(12),
            owner: rng.hostile(6),
            due: Date::from_ymd(2027, 1, 1 + rng.below(28) as u32),
            status: Status::Partly,
        })
        .collect()
}

#[test]
fn a_fuzzed_thousand_files_hold_no_formula_cell() {
    let mut rng = Rng(0x5a3f_11d2_9c07_b4e1);
    let (mut files, mut cells, mut formulas) = (0, 0, 0);
    for n in 0..1000 {
        let lang = Lang::ALL[n % Lang::ALL.len()];
        let text = if n % 2 == 0 {
            export::csv(&fuzzed_team(&mut rng), lang)
        } else {
            let name = rng.hostile(6);
            export::plan_csv(&fuzzed_plan(&mut rng), &name, lang)
        };
        files += 1;
        for cell in all_readings(&text) {
            cells += 1;
            if is_formula(&cell) {
                formulas += 1;
                eprintln!("formula cell {cell:?} in file {n}:\n{text}");
            }
        }
    }
    assert_eq!(files, 1000);
    assert!(cells > 100_000, "the files were read: {cells} cells");
    assert_eq!(formulas, 0, "{formulas} formula cells in {cells}");
}

#[test]
fn the_parsers_of_this_test_do_see_a_formula() {
    // The counter above would be worthless if it could not find one.
    assert!(all_readings("a;=1+1;b").iter().any(|c| is_formula(c)));
    assert!(all_readings("\"x\",\" @SUM(1)\"")
        .iter()
        .any(|c| is_formula(c)));
    assert_eq!(
        parse_csv("a;\"b;\"\"c\"\"\"\r\nd;e\r\n", ';'),
        [vec!["a", "b;\"c\""], vec!["d", "e"]]
    );
}

// ---------------------------------------------------------------------------
// Outside programs.

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs one of the bootstrap's functions; whether it succeeded.
fn bootstrap(function: &str) -> bool {
    Command::new("bash")
        .arg("-c")
        .arg(format!("source scripts/bootstrap.sh >&2 && {function}"))
        .current_dir(root())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

fn have(program: &str, probe: &[&str]) -> bool {
    Command::new(program)
        .args(probe)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("samspil-files-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Reads a flat OpenDocument spreadsheet with python's standard library: each row's
/// cell texts (repeats expanded, trailing empties dropped) joined by U+001F, one
/// row a line, then a last line `formulas=N`.
const READ_FODS: &str = r#"
import sys, xml.etree.ElementTree as ET
ns = {'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
      'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'}
T = '{%s}' % ns['table']
root = ET.parse(sys.argv[1]).getroot()
formulas = 0
out = []
for row in root.iter(T + 'table-row'):
    cells = []
    for cell in row:
        if cell.tag not in (T + 'table-cell', T + 'covered-table-cell'):
            continue
        if cell.get(T + 'formula'):
            formulas += 1
        text = '\n'.join(''.join(p.itertext()) for p in cell.findall('text:p', ns))
        cells += [text] * int(cell.get(T + 'number-columns-repeated', '1'))
    while cells and cells[-1] == '':
        cells.pop()
    if cells:
        out.append('\x1f'.join(cells))
sys.stdout.write('\x1e'.join(out) + '\x1eformulas=%d' % formulas)
"#;

/// Opens a CSV file in LibreOffice Calc as Danish Excel would (separator `;`, text
/// quoted by `"`, UTF-8, the Danish locale 1030) and returns its rows and formulas.
fn open_in_calc(csv: &Path, out: &Path) -> (Vec<Vec<String>>, usize) {
    let status = Command::new("soffice")
        .args([
            "--headless",
            "--norestore",
            &format!("-env:UserInstallation=file://{}/profile", out.display()),
            "--infilter=CSV:59,34,76,1,,1030",
            "--convert-to",
            "fods",
            "--outdir",
        ])
        .arg(out)
        .arg(csv)
        .env("LANG", "da_DK.UTF-8")
        .env("LC_ALL", "da_DK.UTF-8")
        .status()
        .expect("soffice runs");
    assert!(
        status.success(),
        "soffice could not convert {}",
        csv.display()
    );
    let fods = out.join(csv.with_extension("fods").file_name().unwrap());
    let read = Command::new("python3")
        .arg("-c")
        .arg(READ_FODS)
        .arg(&fods)
        .output()
        .expect("python3 runs");
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let text = String::from_utf8(read.stdout).unwrap();
    let mut lines: Vec<&str> = text.split('\u{1e}').collect();
    let formulas = lines
        .pop()
        .and_then(|l| l.strip_prefix("formulas="))
        .and_then(|n| n.parse().ok())
        .expect("the formula count");
    let rows = lines
        .iter()
        .map(|l| l.split('\u{1f}').map(str::to_owned).collect())
        .collect();
    (rows, formulas)
}

#[test]
fn the_danish_files_open_in_libreoffice_calc_in_the_right_columns() {
    if !have("soffice", &["--version"]) && !bootstrap("samspil_need_calc") {
        panic!(
            "NOT RUN: this test needs LibreOffice Calc (soffice), and scripts/bootstrap.sh \
             could not install it (samspil_need_calc: Debian's libreoffice-calc-nogui). \
             Install it and run the test again; it does not pass without running."
        );
    }
    let dir = temp_dir("calc");
    let mut a = Response::new(Lang::Da, Date::from_ymd(2026, 12, 1).unwrap());
    a.label = "Åby Sammen".into();
    a.org = "Nord;=1+1;x".into();
    a.sector = Some(Sector::Municipality);
    a.set(ItemId(31), Answer::Scale(4));
    a.set(ItemId(32), Answer::DontKnow);
    let mut b = a.clone();
    b.org = "x;=cmd|' /C calc'!A0".into();
    b.label = "-2+3, \"Nord\"".into();
    let team = [a, b];
    let answers = dir.join("team.csv");
    std::fs::write(&answers, export::csv(&team, Lang::Da)).unwrap();
    let plan = [
        PlanRow {
            text: "Skriv rollerne ned, alle; også @Ældre Sagen".into(),
            owner: "Ejer;@SUM(1+1)".into(),
            due: Date::from_ymd(2027, 2, 15),
            status: Status::Open,
        },
        PlanRow {
            text: "=HYPERLINK(\"http://x\";\"klik\")".into(),
            owner: "\tRøde Kors".into(),
            due: None,
            status: Status::Done,
        },
    ];
    let plan_file = dir.join("plan.csv");
    std::fs::write(&plan_file, export::plan_csv(&plan, "Åby Sammen", Lang::Da)).unwrap();

    let (rows, formulas) = open_in_calc(&answers, &dir);
    assert_eq!(formulas, 0, "no formula cells");
    let header = export::csv_header(Lang::Da);
    assert_eq!(rows[0], header, "the Danish header, one column each");
    let statements = team[0].bank().items.len();
    assert_eq!(
        rows.len(),
        1 + 2 * statements,
        "a row per person and statement"
    );
    assert_eq!(rows[1][..4], ["1", "Åby Sammen", "Nord;'=1+1;x", "Kommune"]);
    assert_eq!(rows[1][9], "4");
    assert_eq!(rows[2][9], "Ved ikke");
    assert_eq!(rows[1 + statements][1], "'-2+3, \"Nord\"");
    for row in &rows[1..] {
        assert!(row.len() >= 9 && row.len() <= 10, "ten columns: {row:?}");
    }

    let (rows, formulas) = open_in_calc(&plan_file, &dir);
    assert_eq!(formulas, 0);
    assert_eq!(
        rows,
        [
            vec![
                "Nr.",
                "Handling",
                "Ansvarlig",
                "Frist",
                "Status",
                "Partnerskab"
            ],
            vec![
                "1",
                "Skriv rollerne ned, alle; også @Ældre Sagen",
                "Ejer;'@SUM(1+1)",
                rows[1][3].as_str(),
                "Ikke markeret",
                "Åby Sammen"
            ],
            vec![
                "2",
                "'=HYPERLINK(\"http://x\";\"klik\")",
                // The tab stays in the cell as a tab element, which this reader skips.
                "Røde Kors",
                "",
                "Gennemført",
                "Åby Sammen"
            ],
        ]
    );
    // Calc reads the ISO date as a date; shown in Danish, it is still 15 February 2027.
    assert!(
        [
            "2027-02-15",
            "15-02-2027",
            "15.02.2027",
            "15-02-27",
            "15.02.27"
        ]
        .contains(&rows[1][3].as_str()),
        "{}",
        rows[1][3]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Reads calendar files with python's `icalendar`: per file, each event's SUMMARY
/// and UID, as `summary\x1fuid` lines, files separated by a line `--`.
const READ_ICS: &str = r#"
import sys, icalendar
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    for ev in cal.walk('VEVENT'):
        print('%s\x1f%s' % (ev.get('SUMMARY'), ev.get('UID')))
    print('--')
"#;

#[test]
fn a_plan_reordered_twice_imports_with_the_same_uids() {
    if !bootstrap_icalendar() {
        panic!(
            "NOT RUN: this test needs python3 with the icalendar package, and \
             scripts/bootstrap.sh could not install it (samspil_need_icalendar). \
             It does not pass without running."
        );
    }
    let dir = temp_dir("ics");
    let mut plan = Plan::default();
    plan.add(What::Suggested(ActionSource::Item(ItemId(34))));
    plan.add(What::Own(
        "Skriv rollerne ned, alle; også Ældre Sagen".into(),
    ));
    plan.add(What::Suggested(ActionSource::Gap(Area::Roles)));
    plan.add(What::Own("Spørg brugerne".into()));
    plan.add(What::Own("Spørg brugerne".into()));
    for i in 0..plan.items.len() {
        plan.set_due(i, Date::from_ymd(2027, 3, 1 + i as u32));
    }
    let mut team = vec![Response::new(
        Lang::Da,
        Date::from_ymd(2026, 12, 1).unwrap(),
    )];
    team[0].set(ItemId(31), Answer::Scale(2));
    let words = CalendarWords {
        partnership: Some("Åby Sammen"),
        owner: "Ansvarlig",
        reminder: "Frist om en uge",
    };
    let write = |plan: &Plan, name: &str, now: f64| {
        let texts: Vec<String> = plan
            .items
            .iter()
            .map(|i| match &i.what {
                What::Own(t) => t.clone(),
                What::Suggested(s) => format!("Forslag {s:?}"),
            })
            .collect();
        let path = dir.join(name);
        let cal = export::ics(plan, &texts, &export::team_key(&team), &words, now);
        std::fs::write(&path, cal.text).unwrap();
        path
    };
    let first = write(&plan, "first.ics", 1_796_672_405_000.0);
    plan.move_by(4, -1);
    plan.move_by(0, 1);
    let second = write(&plan, "second.ics", 1_796_672_465_000.0);
    plan.move_by(2, 1);
    plan.move_by(1, -1);
    plan.move_by(3, 1);
    let third = write(&plan, "third.ics", 1_799_000_000_000.0);
    let out = Command::new("python3")
        .arg("-c")
        .arg(READ_ICS)
        .args([&first, &second, &third])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let files: Vec<Vec<(String, String)>> = text
        .split("--\n")
        .filter(|f| !f.is_empty())
        .map(|f| {
            let mut events: Vec<(String, String)> = f
                .lines()
                .map(|l| {
                    let (s, u) = l.split_once('\u{1f}').unwrap();
                    (s.to_owned(), u.to_owned())
                })
                .collect();
            events.sort();
            events
        })
        .collect();
    assert_eq!(files.len(), 3);
    assert_eq!(files[0].len(), 5, "{:?}", files[0]);
    assert_eq!(
        files[0], files[1],
        "the same UID for each action after a reorder"
    );
    assert_eq!(
        files[0], files[2],
        "and after a second reorder and a later export"
    );
    let mut uids: Vec<&String> = files[0].iter().map(|(_, u)| u).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(
        uids.len(),
        5,
        "one UID per action, the same words twice included"
    );
    assert!(
        files[0].iter().all(|(s, _)| s.starts_with("Åby Sammen: ")),
        "titles name the partnership"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn bootstrap_icalendar() -> bool {
    have("python3", &["-c", "import icalendar"]) || bootstrap("samspil_need_icalendar")
}
