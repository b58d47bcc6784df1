use yew::prelude::*;

use super::bands::band_name;
use crate::model::i18n::fill;
use crate::model::scoring::display_score;
use crate::model::{texts, Lang, ResultSummary};

#[derive(Properties, PartialEq)]
pub struct OverallProps {
    pub summary: ResultSummary,
    pub lang: Lang,
}

/// Overall readiness in one sentence, with the weakest area.
#[component]
pub fn Overall(props: &OverallProps) -> Html {
    let lang = props.lang;
    let s = &props.summary;
    match (s.overall, s.overall_band(), s.weakest) {
        (Some(score), Some(band), Some(weakest)) => html! {
            <div class="samspil-overall">
                <p class="samspil-overall-sentence">
                    { fill(texts::OVERALL.get(lang), &[
                        ("score", &display_score(score).to_string()),
                        ("band", band_name(band).get(lang)),
                        ("area", weakest.info().name.get(lang)),
                    ]) }
                </p>
                <p class="samspil-hint">{ texts::WEAKEST_NOTE.get(lang) }{ " " }{ texts::BANDS_EXPLAINED.get(lang) }</p>
            </div>
        },
        _ => html! {
            <div class="samspil-overall"><p class="samspil-overall-sentence">{ texts::OVERALL_NONE.get(lang) }</p></div>
        },
    }
}
