//! Languages and translated texts.
//!
//! The texts live in the translators' files, `locales/<lang>.ftl` (Project Fluent).
//! `build.rs` checks them, and turns each message into a [`Tr`] (or, for counts, a
//! [`Plural`]): the text's number in a *language pack*, one file per language with
//! every text of that language on a line of its own. A missing or empty translation
//! stops the build.
//!
//! The browser app carries no texts of its own: it loads the pack of the visitor's
//! language when it starts, and another pack when the person switches language
//! ([`install`]). So a first visit downloads one language, not five. The native
//! build and the tests use the packs built into the program ([`super::texts::builtin`]).

/// The languages Samspil speaks, in the order of the arrays inside [`Tr`]. The order
/// is also each language's number in result links: never reorder it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Da,
    Sv,
    Fi,
    En,
    /// Norwegian (bokmål). Links of format 2 and later carry it.
    Nb,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Da, Lang::Sv, Lang::Fi, Lang::En, Lang::Nb];
    /// The order of the language menu: the Nordic languages, then English.
    pub const MENU: [Lang; 5] = [Lang::Da, Lang::Sv, Lang::Nb, Lang::Fi, Lang::En];

    /// The BCP 47 code used for the `lang` attribute and in links.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::Sv => "sv",
            Lang::Fi => "fi",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The language's own name, shown in the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::Sv => "Svenska",
            Lang::Fi => "Suomi",
            Lang::En => "English",
            Lang::Nb => "Norsk (bokmål)",
        }
    }

    /// Parses a language tag such as `da`, `sv-SE`, `nb-NO` or `en-GB`
    /// (case-insensitive). Nynorsk and plain "no" readers get bokmål, the closest
    /// written language we have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "sv" => Some(Lang::Sv),
            "fi" => Some(Lang::Fi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the first supported language from the browser's preference list.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Option<Lang> {
        Lang::ALL.get(i).copied()
    }
}

/// One text, in whichever language is asked for: its number in the packs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub usize);

impl Tr {
    /// The text in `lang`; empty if that language's pack is not installed (the app
    /// shows nothing before its pack is in; see [`install`]).
    pub fn get(&self, lang: Lang) -> &'static str {
        text(lang, self.0)
    }
}

/// A text with a count: the form for one (number `n` in the packs) and the form for
/// other numbers (`n + 1`); every language Samspil speaks has just these two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural(pub usize);

impl Plural {
    /// The form for `n`, with `{n}`-style placeholders still to be filled.
    pub fn get(&self, lang: Lang, n: usize) -> &'static str {
        text(lang, if n == 1 { self.0 } else { self.0 + 1 })
    }
}

/// Why a language pack was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("the file is not a text pack of this release of Samspil")]
    OtherRelease,
    #[error("the pack has {found} texts, this release needs {expected}")]
    WrongLength { expected: usize, found: usize },
}

type Pack = &'static [&'static str];

/// The texts a page needs of a language: the self-check's pack (the start of the
/// whole), the team page's (the whole, less the self-check's own texts and bank 1's
/// statements), or every text. See `build/catalog.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Texts {
    Check,
    Team,
    Whole,
}

std::thread_local! {
    /// The installed packs, by language, with which texts each holds. Installed once
    /// and kept for the page's life (a pack is about 60 KB), so every text is a
    /// `&'static str`.
    static PACKS: std::cell::RefCell<[Option<(Pack, Texts)>; 5]> = const { std::cell::RefCell::new([None; 5]) };
}

/// Reads a pack and installs it for `lang`: a whole pack, the self-check's (the
/// start of the whole, see `build/catalog.rs`, `on_check_page`; a text beyond it is
/// empty) or the team page's (`on_team_page`; a text it leaves out is empty). A pack
/// that does not fit this build (another release's, a cut-off file, an error page)
/// is refused whole.
pub fn install(lang: Lang, pack: &str) -> Result<(), PackError> {
    let mut lines = pack.split('\n');
    let (expected, kind) = match lines.next().map(|l| l.trim_end_matches('\r')) {
        Some(id) if id == super::texts::CATALOG_ID => (super::texts::TEXT_COUNT, Texts::Whole),
        Some(id) if id == super::texts::CHECK_PACK_ID => {
            (super::texts::CHECK_TEXT_COUNT, Texts::Check)
        }
        Some(id) if id == super::texts::TEAM_PACK_ID => (super::texts::TEXT_COUNT, Texts::Team),
        _ => return Err(PackError::OtherRelease),
    };
    let texts: Vec<&'static str> = lines
        .take(expected + 1)
        .map(|line| -> &'static str {
            let line = line.trim_end_matches('\r');
            if line.contains('\\') {
                Box::leak(unescape(line).into_boxed_str())
            } else {
                Box::leak(line.to_owned().into_boxed_str())
            }
        })
        .collect();
    // The file ends with a line break: the last "line" is empty.
    let found = texts.len().saturating_sub(1);
    if found != expected || texts.last() != Some(&"") {
        return Err(PackError::WrongLength { expected, found });
    }
    let texts: Pack = Box::leak(texts[..found].to_vec().into_boxed_slice());
    PACKS.with(|p| p.borrow_mut()[lang.index()] = Some((texts, kind)));
    Ok(())
}

/// Whether `lang`'s texts are installed for a page that needs `need`: that pack,
/// or the whole one.
pub fn is_installed(lang: Lang, need: Texts) -> bool {
    PACKS.with(|p| {
        p.borrow()[lang.index()].is_some_and(|(_, kind)| kind == need || kind == Texts::Whole)
    })
}

/// Installs the built-in packs of every language (the tests, and the native build).
pub fn install_builtin() {
    for lang in Lang::ALL {
        if !is_installed(lang, Texts::Whole) {
            install(lang, super::texts::builtin(lang)).expect("the built-in packs fit");
        }
    }
}

fn text(lang: Lang, index: usize) -> &'static str {
    // Natively (tests, tools) every language is built in: install on first use.
    #[cfg(not(target_arch = "wasm32"))]
    if PACKS.with(|p| p.borrow()[lang.index()].is_none()) {
        install_builtin();
    }
    PACKS.with(|p| {
        p.borrow()[lang.index()]
            .and_then(|(pack, _)| pack.get(index).copied())
            .unwrap_or("")
    })
}

/// A pack line as its text: `\n` is a line break, `\\` a backslash.
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Fills `{name}` placeholders in a translated template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A number rounded to a whole: "62". Through an integer, so the app carries no
/// floating-point formatting code (about 10 KB of wasm).
pub fn whole(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// A number with one decimal, with the language's decimal mark: "1.5" in English,
/// "1,5" in Danish, Swedish and Finnish.
pub fn one_decimal(value: f64, lang: Lang) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    let mark = if lang == Lang::En { '.' } else { ',' };
    format!("{sign}{}{mark}{}", t / 10, t % 10)
}
