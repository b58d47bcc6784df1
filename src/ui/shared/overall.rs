use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::scoring::display_score;
use crate::model::{texts, Lang, ResultSummary};
use crate::ui::shared::bands::band_name;

/// The overall picture in a few sentences: the overall figure and band (lowered
/// when one area is far weaker), the weakest area only when one stands out, and
/// the information gaps. See `model::scoring` for the rules.
pub fn overall(s: &ResultSummary, lang: Lang) -> Html {
    let gaps: Vec<&str> = s
        .information_gaps()
        .iter()
        .map(|a| a.info().name.get(lang))
        .collect();
    let gap_line = (!gaps.is_empty()).then(|| {
        html! { <p class="samspil-overall-gaps">{ fill(texts::OVERALL_GAPS.get(lang), &[("areas", &gaps.join(", "))]) }</p> }
    });
    let (Some(score), Some(band)) = (s.overall, s.overall_band()) else {
        return html! {
            <div class="samspil-overall">
                <p class="samspil-overall-sentence">{ texts::OVERALL_NONE.get(lang) }</p>
                { for gap_line }
            </div>
        };
    };
    let weakest = match s.weakest {
        Some(area) => fill(
            texts::OVERALL_WEAKEST.get(lang),
            &[("area", area.info().name.get(lang))],
        ),
        None => texts::OVERALL_NO_WEAKEST.get(lang).to_owned(),
    };
    html! {
        <div class="samspil-overall">
            <p class="samspil-overall-sentence">
                { fill(texts::OVERALL.get(lang), &[
                    ("score", &display_score(score).to_string()),
                    ("band", band_name(band).get(lang)),
                ]) }
                { " " }{ weakest }
            </p>
            { for gap_line }
            <p class="samspil-hint">
                if s.overall_capped() {
                    { texts::OVERALL_CAPPED.get(lang) }{ " " }
                }
                { texts::WEAKEST_NOTE.get(lang) }{ " " }{ texts::BANDS_EXPLAINED.get(lang) }
            </p>
        </div>
    }
}
