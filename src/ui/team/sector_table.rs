use yew::prelude::*;

use crate::model::team::{Partner, TeamSummary};
use crate::model::{texts, texts_team as tt, Area, Lang};
use crate::ui::shared::bands::score_text;
use crate::ui::shared::sector::sector_name;

/// A partner's name in the page's language: the organisation as given, or the
/// sector's name.
pub fn partner_name(p: &Partner, lang: Lang) -> String {
    match p {
        Partner::Sector(s) => sector_name(*s).get(lang).to_owned(),
        Partner::Named(name) => name.clone(),
    }
}

/// The perspective map (full view): area × partner, each cell the partner's mean
/// with the number of people behind it. A partner with no score in an area shows a
/// dash and "(0)". The anonymous picture has no map.
pub fn sector_table(summary: &TeamSummary, lang: Lang) -> Html {
    let partners = &summary.partners;
    // The anonymous picture (the meeting display's default) has no partner figures.
    if summary.anonymous {
        return html! { <p class="samspil-hint">{ tt::ANON_NOTE.get(lang) }</p> };
    }
    if partners.is_empty() {
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
            <table class="samspil-table samspil-perspective-map">
                <caption id="samspil-sector-caption">{ tt::SECTOR_CAPTION.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ texts::COL_AREA.get(lang) }</th>
                        { for partners.iter().map(|p| html! {
                            <th scope="col" class="is-number">{ format!("{} ({})", partner_name(&p.partner, lang), p.respondents) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for Area::ALL.iter().map(|area| html! {
                        <tr>
                            <th scope="row">{ area.info().name.get(lang) }</th>
                            { for partners.iter().map(|p| {
                                let i = area.index();
                                html! {
                                    <td class="is-number">{ format!("{} ({})", score_text(p.means[i]), p.counts[i]) }</td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}
