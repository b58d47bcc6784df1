//! Languages and translated texts.
//!
//! The texts live in the translators' files, `locales/<lang>.ftl` (Project Fluent).
//! `build.rs` checks them and turns each message into a [`Tr`] (one string per
//! language) or, for counts, a [`Plural`]; a missing or empty translation stops the
//! build.

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

/// One text in every language, in the order of [`Lang::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub [&'static str; 5]);

impl Tr {
    pub fn get(&self, lang: Lang) -> &'static str {
        self.0[lang.index()]
    }
}

/// A text with a count: the form for one and the form for other numbers (every
/// language Samspil speaks has just these two), in the order of [`Lang::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    pub one: [&'static str; 5],
    pub other: [&'static str; 5],
}

impl Plural {
    /// The form for `n`, with `{n}`-style placeholders still to be filled.
    pub fn get(&self, lang: Lang, n: usize) -> &'static str {
        if n == 1 {
            self.one[lang.index()]
        } else {
            self.other[lang.index()]
        }
    }
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
