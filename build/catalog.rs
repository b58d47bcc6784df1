//! The translators' files (`locales/*.ftl`, Project Fluent) read into one catalog,
//! checked, and turned into Rust constants.
//!
//! Used by `build.rs`, so a broken translation stops the build with a list of what
//! is wrong, and by `tests/texts.rs`, so `cargo test` says the same. Nothing of a
//! Fluent runtime ships in the app: the texts become `&'static str` constants.
//!
//! What a message may hold: text, placeables `{ $name }` (filled in by the app), and
//! for counts one select on a number with the variants `[one]` and `*[other]` around
//! the whole message (every language Samspil speaks uses "one" for 1 and "other"
//! for everything else). Terms, attributes and functions are not used.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use fluent_syntax::ast;

/// The languages, in the order of the app's `Lang` enum (and of the arrays).
pub const LANGS: [&str; 5] = ["da", "sv", "fi", "en", "nb"];
/// The source language: every other file is checked against it.
pub const SOURCE: &str = "en";

/// One message in one language.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Plain(String),
    /// A count: the variable, the text for one and the text for other numbers.
    Plural {
        var: String,
        one: String,
        other: String,
    },
}

impl Text {
    /// The variables the message uses.
    pub fn placeholders(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut add = |s: &str| {
            let mut rest = s;
            while let Some(start) = rest.find('{') {
                let Some(end) = rest[start..].find('}') else {
                    break;
                };
                out.insert(rest[start + 1..start + end].to_owned());
                rest = &rest[start + end + 1..];
            }
        };
        match self {
            Text::Plain(s) => add(s),
            Text::Plural { var, one, other } => {
                add(one);
                add(other);
                out.insert(var.clone());
            }
        }
        out
    }

    fn is_empty(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::Plural { one, other, .. } => one.trim().is_empty() || other.trim().is_empty(),
        }
    }
}

/// Every message of every language: language → key → text. Keys in file order,
/// except that the texts the self-check's page shows come first (see
/// [`on_check_page`]), so its pack is the start of the whole pack.
#[derive(Debug, Default)]
pub struct Catalog {
    pub order: Vec<String>,
    /// The English file's section (`## …` group comment) of each key.
    pub sections: BTreeMap<String, String>,
    pub texts: BTreeMap<String, BTreeMap<String, Text>>,
}

/// A pattern as the app's text: placeables become `{name}`.
fn pattern_text(p: &ast::Pattern<&str>, problems: &mut Vec<String>, key: &str) -> String {
    let mut out = String::new();
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    let _ = write!(out, "{{{}}}", id.name);
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                _ => problems.push(format!(
                    "{key}: only {{ $name }} and one count select around the whole message are supported"
                )),
            },
        }
    }
    out
}

fn message_text(pattern: &ast::Pattern<&str>, problems: &mut Vec<String>, key: &str) -> Text {
    if let [ast::PatternElement::Placeable {
        expression: ast::Expression::Select { selector, variants },
    }] = pattern.elements.as_slice()
    {
        let ast::InlineExpression::VariableReference { id } = selector else {
            problems.push(format!("{key}: a select must be on a number variable"));
            return Text::Plain(String::new());
        };
        let (mut one, mut other) = (None, None);
        for v in variants {
            let name = match &v.key {
                ast::VariantKey::Identifier { name } => *name,
                ast::VariantKey::NumberLiteral { value } => *value,
            };
            let text = pattern_text(&v.value, problems, key);
            match name {
                "one" => one = Some(text),
                "other" if v.default => other = Some(text),
                _ => problems.push(format!(
                    "{key}: use the variants [one] and *[other] (found [{name}])"
                )),
            }
        }
        match (one, other) {
            (Some(one), Some(other)) => Text::Plural {
                var: id.name.to_owned(),
                one,
                other,
            },
            _ => {
                problems.push(format!("{key}: a count needs [one] and *[other]"));
                Text::Plain(String::new())
            }
        }
    } else {
        Text::Plain(pattern_text(pattern, problems, key))
    }
}

/// Reads the files of every language from `dir` (`dir/da.ftl`, …).
pub fn load(dir: &std::path::Path) -> (Catalog, Vec<String>) {
    let mut catalog = Catalog::default();
    let mut problems = Vec::new();
    for lang in LANGS {
        let path = dir.join(format!("{lang}.ftl"));
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = source[..e.pos.start.min(source.len())].lines().count();
                    problems.push(format!("{lang}.ftl line {line}: {:?}", e.kind));
                }
                r
            }
        };
        let mut texts = BTreeMap::new();
        let mut section = String::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::GroupComment(c) => section = c.content.join(" "),
                ast::Entry::Message(m) => {
                    let key = m.id.name.to_owned();
                    let Some(value) = &m.value else {
                        problems.push(format!("{lang}.ftl: {key} has no text"));
                        continue;
                    };
                    if !m.attributes.is_empty() {
                        problems.push(format!("{lang}.ftl: {key}: attributes are not used"));
                    }
                    let text = message_text(value, &mut problems, &key);
                    if lang == SOURCE {
                        catalog.order.push(key.clone());
                        catalog.sections.insert(key.clone(), section.clone());
                    }
                    if texts.insert(key.clone(), text).is_some() {
                        problems.push(format!("{lang}.ftl: {key} appears twice"));
                    }
                }
                ast::Entry::Term(t) => {
                    problems.push(format!("{lang}.ftl: terms (-{}) are not used", t.id.name))
                }
                ast::Entry::Junk { content } => problems.push(format!(
                    "{lang}.ftl: cannot read {:?}",
                    content.lines().next().unwrap_or("")
                )),
                _ => {}
            }
        }
        catalog.texts.insert(lang.to_owned(), texts);
    }
    // The self-check's texts first (a stable sort keeps file order within each part).
    let sections = &catalog.sections;
    catalog
        .order
        .sort_by_key(|key| !on_check_page(&sections[key], key));
    (catalog, problems)
}

/// Whether the self-check's page (the start and the statements, `index.html`)
/// shows a text to someone answering the current bank. Its language pack holds only
/// these, so a first visit does not download the result's advice, the statements'
/// actions, the team view's texts or bank 1's statements (about three quarters of a
/// language). The result and team pages load the whole pack.
/// `tests/texts.rs` checks that the self-check's views use no other text.
pub fn on_check_page(section: &str, key: &str) -> bool {
    // Bank 1's statements too: only a check begun before bank 2 shows them, and the
    // self-check's page loads the whole pack for such a check.
    let result_or_team = [
        "Interface – Results",
        "Interface – Sharing",
        "Interface – Shared result",
        "Team view",
        "Question bank 1",
    ];
    let advice = ["-attention-", "-developing-", "-strong-", "-question-"];
    if matches!(key, "open-team" | "not-answered" | "not-given") {
        // The way to the team view, on the start page; the words for no answer and
        // no sector, which its files name beside the answers' and sectors' names.
        return true;
    }
    !(key.ends_with("-action") && key.starts_with("statement-")
        || key.starts_with("area-") && advice.iter().any(|a| key.contains(a))
        || result_or_team.iter().any(|s| section.starts_with(s))
        || matches!(
            key,
            "bank-mixed" | "bank-first" | "bank-second" | "bank-first-result" | "org-column"
        ))
}

/// Whether the team page (`team.html`) shows a key's text. Its pack is the whole
/// pack with the others left empty (a line each, so every text keeps its number):
/// the self-check's start, statements and sharing, and bank 1's statements. A team
/// with anyone on bank 1 loads the whole pack, as the self-check does for such a
/// check. `tests/texts.rs` checks that the team page's views use no text left out.
pub fn on_team_page(section: &str, key: &str) -> bool {
    let check_only = [
        "Interface – Start view",
        "Interface – Questionnaire",
        "Interface – Sharing",
        "Interface – Results (hand-off)",
        "Question bank 1",
    ];
    // What the team page shows of those: the kinds of partner and the answers'
    // words (its lists and files), the ways to the start and to a tab of its own,
    // the print and copy buttons, and the message for a link too long for a QR code.
    key.starts_with("sector-")
        || matches!(
            key,
            "open-team"
                | "not-answered"
                | "not-given"
                | "to-start"
                | "label-label"
                | "not-relevant"
                | "dont-know"
                | "qr-too-long"
                | "print"
                | "copy-link"
                | "copied"
                | "copy-failed"
                | "open-in-tab"
        )
        || !check_only.iter().any(|s| section.starts_with(s))
        || section == "Interface – Start view (hand-off)"
}

/// Every problem of a catalog against the source language: a missing or extra
/// key, an empty text, and placeholders that differ from the source's.
pub fn check(catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(source) = catalog.texts.get(SOURCE) else {
        return vec![format!("{SOURCE}.ftl is missing")];
    };
    for lang in LANGS {
        let Some(texts) = catalog.texts.get(lang) else {
            continue;
        };
        for (key, text) in texts {
            match source.get(key) {
                None => problems.push(format!("{lang}.ftl: {key} is not in {SOURCE}.ftl")),
                Some(src) if src.placeholders() != text.placeholders() => problems.push(format!(
                    "{lang}.ftl: {key} uses {:?}, {SOURCE}.ftl uses {:?}",
                    text.placeholders(),
                    src.placeholders()
                )),
                _ => {}
            }
            if text.is_empty() {
                problems.push(format!("{lang}.ftl: {key} is empty"));
            }
        }
        for key in source.keys() {
            if !texts.contains_key(key) {
                problems.push(format!("{lang}.ftl: {key} is missing"));
            }
        }
    }
    problems
}

/// The Rust constant for a key: `results-title` → `RESULTS_TITLE`.
pub fn const_name(key: &str) -> String {
    key.replace('-', "_").to_uppercase()
}

/// The number of texts in a language pack: one per plain message, two (one, other)
/// per count.
fn pack_len(catalog: &Catalog) -> usize {
    catalog
        .order
        .iter()
        .map(|key| match &catalog.texts[SOURCE][key] {
            Text::Plural { .. } => 2,
            Text::Plain(_) => 1,
        })
        .sum()
}

/// The number of texts in the self-check's pack: the start of the whole pack.
fn check_len(catalog: &Catalog) -> usize {
    catalog
        .order
        .iter()
        .filter(|key| on_check_page(&catalog.sections[*key], key))
        .map(|key| match &catalog.texts[SOURCE][key] {
            Text::Plural { .. } => 2,
            Text::Plain(_) => 1,
        })
        .sum()
}

/// The first line of the self-check's packs: the whole pack's, and how many texts
/// of it this pack holds.
pub fn check_pack_id(catalog: &Catalog) -> String {
    format!("{} check {}", catalog_id(catalog), check_len(catalog))
}

/// One language's pack for the self-check's page: the whole pack's start.
pub fn check_pack(catalog: &Catalog, lang: &str) -> String {
    let whole = pack(catalog, lang);
    let mut out = check_pack_id(catalog);
    out.push('\n');
    for line in whole.split('\n').skip(1).take(check_len(catalog)) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The first line of the team page's packs: the whole pack's, marked.
pub fn team_pack_id(catalog: &Catalog) -> String {
    format!("{} team", catalog_id(catalog))
}

/// One language's pack for the team page: the whole pack, with the texts the team
/// page never shows left empty (see [`on_team_page`]).
pub fn team_pack(catalog: &Catalog, lang: &str) -> String {
    let whole = pack(catalog, lang);
    let mut lines = whole.split('\n').skip(1);
    let mut out = team_pack_id(catalog);
    out.push('\n');
    for key in &catalog.order {
        let count = match &catalog.texts[SOURCE][key] {
            Text::Plural { .. } => 2,
            Text::Plain(_) => 1,
        };
        let shown = on_team_page(&catalog.sections[key], key);
        for line in lines.by_ref().take(count) {
            if shown {
                out.push_str(line);
            }
            out.push('\n');
        }
    }
    out
}

/// What a pack must match: the keys and their kinds, so a pack of another release
/// (or a file that is not a pack) is refused instead of shown in the wrong places.
pub fn catalog_id(catalog: &Catalog) -> String {
    let mut crc = !0u32;
    for key in &catalog.order {
        let kind = match &catalog.texts[SOURCE][key] {
            Text::Plural { .. } => "#",
            Text::Plain(_) => "=",
        };
        for &b in key.as_bytes().iter().chain(kind.as_bytes()) {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = (crc >> 1) ^ (0xEDB8_8320 & (!(crc & 1)).wrapping_add(1));
            }
        }
    }
    format!("samspil-texts {:08x} {}", !crc, pack_len(catalog))
}

/// One language's pack: the catalog id on the first line, then every text in
/// catalog order, one per line (a count: its form for one, then for other numbers),
/// with `\` written `\\` and a line break `\n`.
pub fn pack(catalog: &Catalog, lang: &str) -> String {
    let escape = |s: &str| s.replace('\\', "\\\\").replace('\n', "\\n");
    let mut out = catalog_id(catalog);
    out.push('\n');
    for key in &catalog.order {
        match &catalog.texts[lang][key] {
            Text::Plain(s) => {
                out.push_str(&escape(s));
                out.push('\n');
            }
            Text::Plural { one, other, .. } => {
                out.push_str(&escape(one));
                out.push('\n');
                out.push_str(&escape(other));
                out.push('\n');
            }
        }
    }
    out
}

/// The constants of every message, as Rust source: each a number in the packs
/// (`Tr(n)`; a count `Plural(n)` uses `n` and `n + 1`).
pub fn generate(catalog: &Catalog) -> String {
    let mut out = String::from(
        "// Generated by build.rs from locales/*.ftl. Edit the .ftl files, not this.\n",
    );
    let _ = writeln!(
        out,
        "/// The first line of every pack of this build.\npub const CATALOG_ID: &str = {:?};",
        catalog_id(catalog)
    );
    let _ = writeln!(
        out,
        "/// Texts in a pack.\npub const TEXT_COUNT: usize = {};",
        pack_len(catalog)
    );
    let _ = writeln!(
        out,
        "/// The first line of the self-check's packs.\npub const CHECK_PACK_ID: &str = {:?};",
        check_pack_id(catalog)
    );
    let _ = writeln!(
        out,
        "/// Texts in the self-check's pack (the first of the whole pack).\npub const CHECK_TEXT_COUNT: usize = {};",
        check_len(catalog)
    );
    let _ = writeln!(
        out,
        "/// The first line of the team page's packs.\npub const TEAM_PACK_ID: &str = {:?};",
        team_pack_id(catalog)
    );
    let mut all = Vec::new();
    let mut index = 0usize;
    for key in &catalog.order {
        let name = const_name(key);
        match &catalog.texts[SOURCE][key] {
            Text::Plural { .. } => {
                let _ = writeln!(out, "pub const {name}: Plural = Plural({index});");
                index += 2;
            }
            Text::Plain(_) => {
                let _ = writeln!(out, "pub const {name}: Tr = Tr({index});");
                all.push(name);
                index += 1;
            }
        }
    }
    let _ = writeln!(
        out,
        "/// Every plain text with its name, for the tests.\npub const ALL: &[(&str, Tr)] = &[{}];",
        all.iter()
            .map(|n| format!("({n:?}, {n})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // Both kinds of pack, built in: the whole ones and the self-check's.
    for (doc, name, file) in [
        (
            "The packs of this build, for the tests and the native build (the browser\n/// app loads one language at a time from its files).",
            "builtin",
            "pack",
        ),
        (
            "The self-check's packs of this build (see `builtin`).",
            "builtin_check",
            "pack-check",
        ),
        (
            "The team page's packs of this build (see `builtin`).",
            "builtin_team",
            "pack-team",
        ),
    ] {
        let _ = writeln!(
            out,
            "/// {doc}\npub fn {name}(lang: Lang) -> &'static str {{\n    match lang {{"
        );
        for lang in LANGS {
            let variant = format!("{}{}", lang[..1].to_uppercase(), &lang[1..]);
            let _ = writeln!(
                out,
                "        Lang::{variant} => include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}-{lang}.txt\")),"
            );
        }
        out.push_str("    }\n}\n");
    }
    out
}
