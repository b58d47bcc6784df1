//! Band names, shared by results and the team view.

use crate::model::scoring::{display_score, AreaScore};
use crate::model::{texts, Band, Lang, Tr};

pub fn band_name(band: Band) -> Tr {
    match band {
        Band::NeedsAttention => texts::BAND_NEEDS_ATTENTION,
        Band::Developing => texts::BAND_DEVELOPING,
        Band::Strong => texts::BAND_STRONG,
    }
}

/// A band as the stylesheets name it (`data-band="…"`): a data attribute rather than
/// a class, so no page carries Yew's class-list machinery (about 2.5 KB of wasm).
pub fn band_key(band: Option<Band>) -> &'static str {
    match band {
        Some(Band::NeedsAttention) => "attention",
        Some(Band::Developing) => "developing",
        Some(Band::Strong) => "strong",
        None => "unscored",
    }
}

/// "62" or "–" for an area without a score.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| display_score(s).to_string())
}

/// The band in words, or "not enough answers".
pub fn band_text(score: &AreaScore, lang: Lang) -> &'static str {
    score
        .band()
        .map_or(texts::NOT_ENOUGH.get(lang), |b| band_name(b).get(lang))
}

/// The three band words, for the radar's labels.
pub fn band_labels(lang: Lang) -> std::rc::Rc<[yew::AttrValue]> {
    Band::ALL
        .iter()
        .map(|b| yew::AttrValue::from(band_name(*b).get(lang)))
        .collect()
}
