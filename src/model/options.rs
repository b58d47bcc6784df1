//! Options a host page gives the embedded widget, read from the address fragment.
//!
//! `embed.js` passes the host element's `data-*` attributes on as fragment
//! parameters (`lang=da&accent=%23c0392b&…`). Every value is checked here before
//! it reaches the page: a bad one is ignored, reported, and never put into CSS or
//! an address unchecked.

use serde::Deserialize;

use super::i18n::Lang;

/// The options as they arrive: all text, all optional. Unknown keys (the answers
/// `r=`, `s=` …) are ignored.
#[derive(Deserialize, Default, Debug)]
#[serde(default)]
struct Raw {
    embed: Option<String>,
    lang: Option<String>,
    accent: Option<String>,
    font: Option<String>,
    start: Option<String>,
    compact: Option<String>,
    share: Option<String>,
}

/// The view a widget opens on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StartWith {
    #[default]
    Check,
    Team,
}

/// Checked options. `None` means "not given, or given and ignored".
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Options {
    /// Inside another site's page (an iframe made by embed.js).
    pub embedded: bool,
    pub lang: Option<Lang>,
    /// A colour `#rgb` or `#rrggbb` with at least 4.5:1 contrast on white.
    pub accent: Option<String>,
    /// A font-family list of plain names.
    pub font: Option<String>,
    pub start: StartWith,
    pub compact: bool,
    /// The address share links start with (an http(s) page of the host).
    pub share: Option<String>,
    /// Names of the options that were given but ignored.
    pub ignored: Vec<&'static str>,
    /// Names of the host options (`embed`, `accent`, `font`, `compact`, `share`)
    /// that arrived on Samspil's own page, outside any host's frame. Only a host
    /// page decides how its widget looks and where its links point: a link that
    /// anyone can send must not steer where a person's result link goes.
    pub not_here: Vec<&'static str>,
}

/// Options only a host page may set: they apply only inside a frame.
const HOST_ONLY: [&str; 5] = ["embed", "accent", "font", "compact", "share"];

impl Options {
    /// Reads options from fragment parameters (values still percent-encoded).
    /// `framed` says whether the app runs inside another page (a widget); outside
    /// one, the host-only options are left out and named in `not_here`.
    pub fn from_params(params: &[(&str, String)], framed: bool) -> Options {
        let decoded = params
            .iter()
            .map(|(k, v)| (k.to_string(), super::codec::percent_decode(v)));
        let raw = Raw::deserialize(serde::de::value::MapDeserializer::<_, Unreadable>::new(
            decoded,
        ))
        // Only a repeated key can fail here; the first reading of each wins then.
        .unwrap_or_else(|_| first_of_each(params));
        let mut o = Options::default();
        let mut ignored: Vec<&'static str> = Vec::new();
        let mut take = |name: &'static str, value: Option<String>, ok: fn(&str) -> bool| {
            let v = value?;
            if ok(&v) {
                Some(v)
            } else {
                ignored.push(name);
                None
            }
        };
        o.embedded = take("embed", raw.embed, |v| v == "1").is_some();
        o.lang = take("lang", raw.lang, |v| Lang::from_tag(v).is_some())
            .and_then(|v| Lang::from_tag(&v));
        o.accent = take("accent", raw.accent, valid_accent).map(|v| v.to_ascii_lowercase());
        o.font = take("font", raw.font, valid_font);
        o.start = match take("start", raw.start, |v| v == "team" || v == "check").as_deref() {
            Some("team") => StartWith::Team,
            _ => StartWith::Check,
        };
        o.compact = take("compact", raw.compact, |v| v == "true" || v == "false").as_deref()
            == Some("true");
        o.share = take("share", raw.share, valid_share);
        o.ignored = ignored;
        if !framed {
            let given = |name: &str| params.iter().any(|(k, _)| *k == name);
            o.not_here = HOST_ONLY
                .into_iter()
                .filter(|n| given(n) && !o.ignored.contains(n))
                .collect();
            o.embedded = false;
            o.accent = None;
            o.font = None;
            o.compact = false;
            o.share = None;
        }
        o
    }

    /// The options again as fragment parameters, so every address the app writes
    /// keeps them (a reload inside the host page must look the same).
    pub fn to_params(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.embedded {
            parts.push("embed=1".into());
        }
        if let Some(l) = self.lang {
            parts.push(format!("lang={}", l.code()));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("accent=%23{}", &a[1..]));
        }
        if let Some(f) = &self.font {
            parts.push(format!("font={}", super::codec::percent_encode(f)));
        }
        if self.start == StartWith::Team {
            parts.push("start=team".into());
        }
        if self.compact {
            parts.push("compact=true".into());
        }
        if let Some(s) = &self.share {
            parts.push(format!("share={}", super::codec::percent_encode(s)));
        }
        parts.join("&")
    }
}

/// Why the options could not be read as one set. serde's own error type keeps a
/// formatted message, and formatting its messages pulls floating-point formatting
/// into the wasm; the message is never shown, so it is dropped here.
#[derive(Debug)]
struct Unreadable;

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the embed options could not be read as one set")
    }
}

impl std::error::Error for Unreadable {}

impl serde::de::Error for Unreadable {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unreadable
    }
}

fn first_of_each(params: &[(&str, String)]) -> Raw {
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| super::codec::percent_decode(v))
    };
    Raw {
        embed: get("embed"),
        lang: get("lang"),
        accent: get("accent"),
        font: get("font"),
        start: get("start"),
        compact: get("compact"),
        share: get("share"),
    }
}

/// Parses `#rgb` or `#rrggbb` into red, green and blue.
pub fn parse_hex(v: &str) -> Option<(u8, u8, u8)> {
    let hex = v.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let d = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        3 => {
            let c: Vec<u8> = hex
                .bytes()
                .map(|b| d(&(b as char).to_string()).unwrap_or(0) * 17)
                .collect();
            Some((c[0], c[1], c[2]))
        }
        6 => Some((d(&hex[0..2])?, d(&hex[2..4])?, d(&hex[4..6])?)),
        _ => None,
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// `x^2.4` for `x` in (0.05, 1]: `x² · x^0.4`, with `x^0.4` the root `y` of `y⁵ = x²`
/// by Newton's method. The browser build then needs no general `powf` (about 1.4 KB
/// of wasm, in the self-check's first download for this one check).
fn pow_2_4(x: f64) -> f64 {
    let x2 = x * x;
    // x^0.4 lies between x and 1 here; Newton from 1 falls to it monotonically.
    let mut y = 1.0f64;
    for _ in 0..40 {
        let y4 = y * y * y * y;
        let next = y - (y4 * y - x2) / (5.0 * y4);
        if (next - y).abs() < 1e-15 {
            break;
        }
        y = next;
    }
    x2 * y
}

/// WCAG contrast ratio of two colours.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// An accent is used for text and buttons on white, so it needs 4.5:1 there.
fn valid_accent(v: &str) -> bool {
    parse_hex(v).is_some_and(|c| contrast(c, (255, 255, 255)) >= 4.5)
}

/// A font-family list as CSS writes it, and nothing else: families separated by
/// commas, each either a quoted name (`"Open Sans"`, `'Noto Sans'`) of letters,
/// digits, spaces and hyphens, or unquoted words that start with a letter. Letters
/// are Latin ones (A–Z and the letters of the Nordic and Sámi alphabets, U+00C0 to
/// U+017F), digits 0–9. CSS-wide
/// keywords (`inherit`, `initial` …) are not fonts. `embed.js` checks the same
/// grammar (the end-to-end tests hold both to the same cases), so a value is never
/// accepted by one and refused by the other.
pub fn valid_font(v: &str) -> bool {
    const KEYWORDS: [&str; 6] = [
        "inherit",
        "initial",
        "unset",
        "revert",
        "revert-layer",
        "default",
    ];
    let name_char = |c: char| latin_letter(c) || c.is_ascii_digit() || c == '-';
    let family = |f: &str| {
        let f = f.trim_matches(' ');
        let quoted = f
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .or_else(|| f.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')));
        if let Some(inner) = quoted {
            return !inner.trim().is_empty() && inner.chars().all(|c| name_char(c) || c == ' ');
        }
        !f.is_empty()
            && !KEYWORDS.contains(&f.to_ascii_lowercase().as_str())
            && f.split(' ')
                .all(|w| w.chars().next().is_some_and(latin_letter) && w.chars().all(name_char))
    };
    v.chars().count() <= 100 && v.split(',').all(family)
}

/// A letter of a font's name. Latin letters only, not every Unicode letter: the
/// Unicode tables behind `char::is_alphabetic` and `is_alphanumeric` cost every page
/// about 1.7 KB brotli, for a check that only has to keep CSS syntax out.
fn latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{C0}'..='\u{17F}') && c != '\u{D7}' && c != '\u{F7}'
}

/// A share base: an absolute `https://` address without fragment, credentials, or
/// anything that is not printable ASCII. `http://` only for a page on this
/// computer (`localhost`, `127.0.0.1`), where a host tries the widget out.
pub fn valid_share(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let host_of = |rest: &str| rest.split(['/', '?']).next().unwrap_or("").to_owned();
    let host = match (
        lower.strip_prefix("https://"),
        lower.strip_prefix("http://"),
    ) {
        (Some(rest), _) => Some(host_of(rest)),
        (None, Some(rest)) => {
            let h = host_of(rest);
            let (name, port) = h.rsplit_once(':').unwrap_or((h.as_str(), ""));
            let local = matches!(name, "localhost" | "127.0.0.1");
            (local && port.bytes().all(|b| b.is_ascii_digit())).then_some(h.clone())
        }
        _ => None,
    };
    v.len() <= 300
        && host.is_some_and(|h| !h.is_empty() && !h.contains('@'))
        && v.bytes().all(|b| b.is_ascii_graphic())
        && !v.contains(['#', '"', '\'', '<', '>', '\\'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec::parse_params;

    fn opts(fragment: &str) -> Options {
        Options::from_params(&parse_params(fragment), true)
    }

    #[test]
    fn good_options_are_read() {
        let o = opts("embed=1&lang=sv&accent=%23C0392B&font=Georgia%2C%20serif&start=team&compact=true&share=https%3A%2F%2Fexample.org%2Fsamspil%2F");
        assert!(o.embedded && o.compact);
        assert_eq!(o.lang, Some(Lang::Sv));
        assert_eq!(o.accent.as_deref(), Some("#c0392b"));
        assert_eq!(o.font.as_deref(), Some("Georgia, serif"));
        assert_eq!(o.start, StartWith::Team);
        assert_eq!(o.share.as_deref(), Some("https://example.org/samspil/"));
        assert!(o.ignored.is_empty());
        // And they survive the round trip through the address.
        assert_eq!(opts(&o.to_params()), o);
    }

    #[test]
    fn bad_options_are_ignored_and_named() {
        let o = opts("lang=de&accent=red;}body{display:none&font=x%7D%3Bbody%7B&start=nope&compact=1&share=javascript%3Aalert(1)&r=AAAA");
        assert_eq!(
            o,
            Options {
                ignored: o.ignored.clone(),
                ..Options::default()
            }
        );
        assert_eq!(
            o.ignored,
            vec!["lang", "accent", "font", "start", "compact", "share"]
        );
    }

    #[test]
    fn low_contrast_accents_are_refused() {
        assert!(!valid_accent("#ffff00"));
        assert!(!valid_accent("#aaa"));
        assert!(valid_accent("#1f5f8b"));
        assert!(valid_accent("#000"));
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn host_options_apply_only_inside_a_frame() {
        // Audit D3: `share=` from any link steered a person's result link elsewhere.
        let f = "embed=1&lang=sv&accent=%23c0392b&share=https%3A%2F%2Fevil.example%2F&start=team";
        let own_page = Options::from_params(&parse_params(f), false);
        assert_eq!(own_page.share, None);
        assert_eq!(own_page.accent, None);
        assert!(!own_page.embedded);
        assert_eq!(own_page.not_here, vec!["embed", "accent", "share"]);
        assert_eq!(own_page.lang, Some(Lang::Sv));
        assert_eq!(own_page.start, StartWith::Team);
        assert_eq!(own_page.to_params(), "lang=sv&start=team");
        let framed = opts(f);
        assert_eq!(framed.share.as_deref(), Some("https://evil.example/"));
        assert!(framed.not_here.is_empty());
    }

    /// One list of cases for the app and `embed.js` (its test reads the same file):
    /// fonts, share addresses and languages.
    const CASES: &str = include_str!("../../tests/options-cases.txt");

    #[test]
    fn fonts_and_share_bases_follow_the_shared_cases() {
        // Audit D11: the font checks of embed.js and the app disagreed, and were loose.
        let mut seen = 0;
        for line in CASES
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let mut parts = line.splitn(3, '\t');
            let (Some(option), Some(verdict), Some(value)) =
                (parts.next(), parts.next(), parts.next())
            else {
                panic!("bad case line: {line}");
            };
            let ok = match option {
                "font" => valid_font(value),
                "share" => valid_share(value),
                "lang" => Lang::from_tag(value).is_some(),
                other => panic!("unknown option {other}"),
            };
            assert_eq!(ok, verdict == "ok", "{option} {value:?}");
            seen += 1;
        }
        assert!(seen > 20);
    }

    #[test]
    fn share_bases() {
        // Audit D3: plain http only on this computer.
        assert!(!valid_share("http://evil.example/samspil/"));
        assert!(valid_share("http://127.0.0.1:8081/host.html"));
        assert!(valid_share("http://localhost/x"));
        assert!(!valid_share("http://localhost.evil.example/"));
        assert!(valid_share("https://www.frivilligcenter.dk/samspil/"));
        assert!(!valid_share("https://user:pw@evil.example/"));
        assert!(!valid_share("data:text/html,hi"));
        assert!(!valid_share("https://example.org/#x"));
    }

    #[test]
    fn repeated_keys_take_the_first() {
        assert_eq!(opts("lang=fi&lang=da").lang, Some(Lang::Fi));
    }

    #[test]
    fn the_root_for_luminance_agrees_with_powf() {
        for v in 11..=255u8 {
            let x = (v as f64 / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() < 1e-12, "{v}: {ours} against {std}");
        }
    }
}
