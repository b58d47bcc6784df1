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
}

impl Options {
    /// Reads options from fragment parameters (values still percent-encoded).
    pub fn from_params(params: &[(&str, String)]) -> Options {
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
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
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

/// Font names: letters (any script), digits, spaces, commas, hyphens and quotes only,
/// so nothing can close the CSS value it is put into.
fn valid_font(v: &str) -> bool {
    !v.trim().is_empty()
        && v.chars().count() <= 100
        && v.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''))
        && v.matches('"').count() % 2 == 0
        && v.matches('\'').count() % 2 == 0
}

/// A share base: an absolute http(s) address without fragment, credentials, or
/// anything that is not printable ASCII.
fn valid_share(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let host = rest.map(|r| r.split('/').next().unwrap_or(""));
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
        Options::from_params(&parse_params(fragment))
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
    fn share_bases() {
        assert!(valid_share("https://www.frivilligcenter.dk/samspil/"));
        assert!(!valid_share("https://user:pw@evil.example/"));
        assert!(!valid_share("data:text/html,hi"));
        assert!(!valid_share("https://example.org/#x"));
    }

    #[test]
    fn repeated_keys_take_the_first() {
        assert_eq!(opts("lang=fi&lang=da").lang, Some(Lang::Fi));
    }
}
