use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::team::TeamSummary;
use crate::model::{texts_team as tt, Area, Lang, Response, ResultSummary};
use crate::ui::shared::bands::{band_labels, score_text};
use crate::ui::shared::radar::{Radar, RadarSeries, SeriesKind};

/// The team radar: the team figure bold; in the full view also every respondent
/// faint and the lowest–highest range shaded (the anonymous view shows no single
/// person's line); and a legend in words.
/// `id` is the `<svg>`'s.
pub fn team_radar(id: &'static str, team: &[Response], s: &TeamSummary, lang: Lang) -> Html {
    let axes: Rc<[AttrValue]> = Area::ALL
        .iter()
        .map(|a| AttrValue::from(a.info().name.get(lang)))
        .collect();
    let axis_values: Rc<[AttrValue]> = s
        .areas
        .iter()
        .map(|a| AttrValue::from(score_text(a.weighted)))
        .collect();
    let full = !s.anonymous;
    let mut series: Vec<RadarSeries> = team
        .iter()
        .filter(|_| full)
        .enumerate()
        .map(|(i, r)| RadarSeries {
            name: fill(tt::RESPONDENT.get(lang), &[("n", &(i + 1).to_string())]).into(),
            values: ResultSummary::of(r).areas.iter().map(|a| a.score).collect(),
            kind: SeriesKind::Faint,
        })
        .collect();
    series.push(RadarSeries {
        name: tt::TEAM_MEAN.get(lang).into(),
        values: s.areas.iter().map(|a| a.weighted).collect(),
        kind: SeriesKind::Main,
    });
    // The band needs a range on every axis; without one it would mislead.
    let range: Option<Rc<[(f64, f64)]>> = s
        .areas
        .iter()
        .map(|a| a.stats.map(|st| (st.min, st.max)))
        .collect::<Option<Vec<_>>>()
        .filter(|_| full)
        .map(Rc::from);
    html! {
        <>
            <figure class="samspil-radar-figure">
                <Radar id={id} axes={axes} axis_values={axis_values} series={Rc::from(series)}
                    range={range} band_labels={band_labels(lang)}
                    title={tt::TEAM_RADAR_TITLE.get(lang)} description={tt::TEAM_RADAR_DESC.get(lang)} />
            </figure>
            <div class="samspil-legend">
                <p class="samspil-legend-title">{ tt::LEGEND_TITLE.get(lang) }</p>
                <ul>
                    <li><span class="samspil-swatch is-main" aria-hidden="true"></span>{ tt::LEGEND_MEAN.get(lang) }</li>
                    if full {
                        <li><span class="samspil-swatch is-faint" aria-hidden="true"></span>{ tt::LEGEND_EACH.get(lang) }</li>
                        <li><span class="samspil-swatch is-range" aria-hidden="true"></span>{ tt::LEGEND_RANGE.get(lang) }</li>
                    }
                </ul>
            </div>
        </>
    }
}
