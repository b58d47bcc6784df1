use std::rc::Rc;

use yew::prelude::*;

use super::bands::{band_labels, score_text};
use super::radar::{Radar, RadarSeries, SeriesKind};
use super::team_input::{PasteReport, TeamInput};
use crate::model::i18n::fill;
use crate::model::team::{compare, TeamSummary};
use crate::model::team_links::read_all;
use crate::model::{texts, texts_team as tt, Area, Lang};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The team now ("after").
    pub after: Rc<TeamSummary>,
    pub lang: Lang,
}

/// A change in score points: "+13", "−5", "0", or "–" when either side has no score.
pub fn change_text(change: Option<f64>) -> String {
    // Whole points as integers: no float formatting machinery in the bundle for this.
    match change.map(|c| c.round() as i64) {
        None => "–".to_owned(),
        Some(v) if v > 0 => format!("+{v}"),
        Some(v) if v < 0 => format!("−{}", -v),
        Some(_) => "0".to_owned(),
    }
}

/// Before and after: the facilitator pastes the earlier meeting's team link (or
/// result links); an overlay radar and a table show the change per area.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let lang = props.lang;
    let before = use_state(|| None::<Rc<TeamSummary>>);
    let before_count = use_state(|| 0usize);
    let report = use_state(|| None::<Rc<PasteReport>>);
    let on_submit = {
        let before = before.clone();
        let before_count = before_count.clone();
        let report = report.clone();
        Callback::from(move |text: String| {
            let read = read_all(&text);
            let ok = !read.reports.is_empty() && read.reports.iter().all(|r| r.is_ok());
            if !read.team.is_empty() {
                before_count.set(read.team.len());
                before.set(Some(Rc::new(TeamSummary::of(&read.team))));
            }
            report.set(Some(Rc::new(PasteReport {
                reports: read.reports,
                left_out: read.left_out,
            })));
            ok
        })
    };
    let on_clear = {
        let before = before.clone();
        let report = report.clone();
        Callback::from(move |_| {
            before.set(None);
            report.set(None);
        })
    };
    let means = |s: &TeamSummary| -> Rc<[Option<f64>]> {
        s.areas.iter().map(|a| a.stats.map(|st| st.mean)).collect()
    };
    let result = (*before).as_ref().map(|b| {
        let after = &props.after;
        let axes: Rc<[AttrValue]> = Area::ALL
            .iter()
            .map(|a| AttrValue::from(a.info().name.get(lang)))
            .collect();
        let axis_values: Rc<[AttrValue]> = compare(b, after)
            .iter()
            .map(|(_, c)| AttrValue::from(change_text(*c)))
            .collect();
        let series: Rc<[RadarSeries]> = Rc::from([
            RadarSeries {
                name: tt::COL_BEFORE.get(lang).into(),
                values: means(b),
                kind: SeriesKind::Compare,
            },
            RadarSeries {
                name: tt::COL_AFTER.get(lang).into(),
                values: means(after),
                kind: SeriesKind::Main,
            },
        ]);
        let rows = compare(b, after).into_iter().map(|(area, change)| {
            let i = area.index();
            html! {
                <tr>
                    <th scope="row">{ area.info().name.get(lang) }</th>
                    <td class="is-number">{ score_text(b.areas[i].stats.map(|s| s.mean)) }</td>
                    <td class="is-number">{ score_text(after.areas[i].stats.map(|s| s.mean)) }</td>
                    <td class="is-number">{ change_text(change) }</td>
                </tr>
            }
        });
        html! {
            <div class="samspil-compare-result">
                <p>{ fill(tt::COMPARE_COUNTS.get(lang), &[("before", &before_count.to_string()), ("after", &after.respondents.to_string())]) }</p>
                <figure class="samspil-radar-figure">
                    <Radar id="samspil-compare-radar" axes={axes} axis_values={axis_values} series={series}
                        band_labels={band_labels(lang)}
                        title={tt::COMPARE_RADAR_TITLE.get(lang)} description={tt::COMPARE_RADAR_DESC.get(lang)} />
                </figure>
                <div class="samspil-legend">
                    <p class="samspil-legend-title">{ tt::LEGEND_TITLE.get(lang) }</p>
                    <ul>
                        <li><span class="samspil-swatch is-compare" aria-hidden="true"></span>{ tt::LEGEND_BEFORE.get(lang) }</li>
                        <li><span class="samspil-swatch is-main" aria-hidden="true"></span>{ tt::LEGEND_AFTER.get(lang) }</li>
                    </ul>
                </div>
                <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-compare-caption">
                <table class="samspil-table">
                    <caption id="samspil-compare-caption">{ tt::COMPARE_CAPTION.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ texts::COL_AREA.get(lang) }</th>
                            <th scope="col" class="is-number">{ tt::COL_BEFORE.get(lang) }</th>
                            <th scope="col" class="is-number">{ tt::COL_AFTER.get(lang) }</th>
                            <th scope="col" class="is-number">{ tt::COL_CHANGE.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
                </div>
                <div class="samspil-actions">
                    <button type="button" class="samspil-button" onclick={on_clear}>{ tt::COMPARE_CLEAR.get(lang) }</button>
                </div>
            </div>
        }
    });
    html! {
        <section class="samspil-compare samspil-no-print" aria-labelledby="samspil-compare-title">
            <h2 id="samspil-compare-title">{ tt::COMPARE_TITLE.get(lang) }</h2>
            <p>{ tt::COMPARE_INTRO.get(lang) }</p>
            <TeamInput id="samspil-before-links" label={tt::COMPARE_LABEL.get(lang)} button={tt::COMPARE_BUTTON.get(lang)}
                lang={lang} report={(*report).clone()} on_submit={on_submit} />
            { for result }
        </section>
    }
}
