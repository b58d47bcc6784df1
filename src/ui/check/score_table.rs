use yew::prelude::*;

use crate::model::{texts, Lang, ResultSummary};
use crate::ui::shared::bands::{band_key, band_text, score_text};

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub summary: ResultSummary,
    pub lang: Lang,
}

/// The radar's figures as a real table: the equivalent for screen readers, and
/// the place to read exact numbers.
#[component]
pub fn ScoreTable(props: &ScoreTableProps) -> Html {
    let lang = props.lang;
    // The wrapper lets the table scroll on its own on a very narrow screen (allowed
    // for data tables), so the page itself never scrolls sideways.
    html! {
        <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-table-caption">
        <table class="samspil-table">
            <caption id="samspil-table-caption">{ texts::TABLE_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts::COL_AREA.get(lang) }</th>
                    <th scope="col" class="is-number">{ texts::COL_SCORE.get(lang) }</th>
                    <th scope="col">{ texts::COL_BAND.get(lang) }</th>
                    <th scope="col" class="is-number">{ texts::COL_ANSWERED.get(lang) }</th>
                    <th scope="col" class="is-number">{ texts::COL_DONT_KNOW.get(lang) }</th>
                    <th scope="col" class="is-number">{ texts::COL_NOT_RELEVANT.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for props.summary.areas.iter().map(|a| html! {
                    <tr>
                        <th scope="row">{ a.area.info().name.get(lang) }</th>
                        <td class="is-number">{ score_text(a.score) }</td>
                        <td><span class="samspil-band" data-band={band_key(a.band())}>{ band_text(a, lang) }</span></td>
                        <td class="is-number">{ format!("{}/{}", a.answered, a.total) }</td>
                        <td class="is-number">{ a.dont_know }</td>
                        <td class="is-number">{ a.not_relevant }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
