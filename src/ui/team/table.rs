use yew::prelude::*;

use crate::model::team::TeamSummary;
use crate::model::{texts, texts_team as tt, Lang};
use crate::ui::shared::bands::score_text;

/// The team radar's figures as a table: the team figure (each sector counted once),
/// the mean of everyone, the lowest, highest and spread (SD) of the area scores, and
/// the answers behind them. The anonymous view leaves out the lowest and highest:
/// they are single people's scores.
pub fn team_table(s: &TeamSummary, lang: Lang) -> Html {
    let full = !s.anonymous;
    html! {
        <>
        <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-team-table-caption">
        <table class="samspil-table">
            <caption id="samspil-team-table-caption">{ tt::TEAM_TABLE_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts::COL_AREA.get(lang) }</th>
                    <th scope="col" class="is-number">{ tt::COL_MEAN.get(lang) }</th>
                    // The anonymous picture publishes one figure and no counts.
                    if full {
                        <th scope="col" class="is-number">{ tt::COL_HEADCOUNT.get(lang) }</th>
                        <th scope="col" class="is-number">{ tt::COL_MIN.get(lang) }</th>
                        <th scope="col" class="is-number">{ tt::COL_MAX.get(lang) }</th>
                        <th scope="col" class="is-number">{ tt::COL_SD.get(lang) }</th>
                        <th scope="col" class="is-number">{ texts::COL_ANSWERED.get(lang) }</th>
                        <th scope="col" class="is-number">{ texts::COL_DONT_KNOW.get(lang) }</th>
                        <th scope="col" class="is-number">{ texts::COL_NOT_RELEVANT.get(lang) }</th>
                    }
                </tr>
            </thead>
            <tbody>
                { for s.areas.iter().map(|a| {
                    let total = a.total;
                    html! {
                        <tr>
                            <th scope="row">{ a.area.info().name.get(lang) }</th>
                            <td class="is-number">{ score_text(a.weighted) }</td>
                            if full {
                                <td class="is-number">{ score_text(a.stats.map(|st| st.mean)) }</td>
                                <td class="is-number">{ score_text(a.stats.map(|st| st.min)) }</td>
                                <td class="is-number">{ score_text(a.stats.map(|st| st.max)) }</td>
                                <td class="is-number">{ score_text(a.stats.map(|st| st.sd)) }</td>
                                <td class="is-number">{ format!("{}/{}", a.answered, total) }</td>
                                <td class="is-number">{ a.dont_know }</td>
                                <td class="is-number">{ a.not_relevant }</td>
                            }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
        <p class="samspil-hint">{ tt::TEAM_TABLE_NOTE.get(lang) }</p>
        </>
    }
}
