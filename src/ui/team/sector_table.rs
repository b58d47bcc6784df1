use yew::prelude::*;

use crate::model::team::TeamSummary;
use crate::model::{texts, texts_team as tt, Area, Lang};
use crate::ui::shared::bands::score_text;
use crate::ui::shared::sector::sector_name;

/// Mean area scores side by side for each sector with at least two respondents.
pub fn sector_table(summary: &TeamSummary, lang: Lang) -> Html {
    let sectors = &summary.sectors;
    if sectors.is_empty() {
        return html! {
            <>
                <p class="samspil-hint">{ tt::SECTOR_INTRO.get(lang) }</p>
                <p>{ tt::SECTOR_TABLE_NONE.get(lang) }</p>
            </>
        };
    }
    html! {
        <>
            <p class="samspil-hint">{ tt::SECTOR_INTRO.get(lang) }</p>
            <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-sector-caption">
            <table class="samspil-table">
                <caption id="samspil-sector-caption">{ tt::SECTOR_CAPTION.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ texts::COL_AREA.get(lang) }</th>
                        { for sectors.iter().map(|s| html! {
                            <th scope="col" class="is-number">{ format!("{} ({})", sector_name(s.sector).get(lang), s.respondents) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for Area::ALL.iter().map(|area| html! {
                        <tr>
                            <th scope="row">{ area.info().name.get(lang) }</th>
                            { for sectors.iter().map(|s| html! {
                                <td class="is-number">{ score_text(s.means.get(area.index()).copied().flatten()) }</td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}
