use std::rc::Rc;

use yew::prelude::*;

use crate::model::codec::{parse_params, result_fragment};
use crate::model::i18n::fill;
use crate::model::invitation::Invitation;
use crate::model::remedies;
use crate::model::session::{continue_view, View, STEPS};
use crate::model::{texts, Area, Response, ResultSummary};
use crate::ui::check::actions::ActionList;
use crate::ui::check::area_details::AreaDetails;
use crate::ui::check::handoff::HandOff;
use crate::ui::check::score_table::ScoreTable;
use crate::ui::check::share::SharePanel;
use crate::ui::check::shared_about::SharedAbout;
use crate::ui::shared::bands::{band_labels, score_text};
use crate::ui::shared::browser;
use crate::ui::shared::hooks::{use_heading_focus, use_survey};
use crate::ui::shared::overall::overall;
use crate::ui::shared::radar::{Radar, RadarSeries, SeriesKind};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub response: Rc<Response>,
    /// Opened from someone's link: read-only, with who and when.
    pub shared: bool,
}

const RADAR_ID: &str = "samspil-radar";

/// The results, read top-down as a story: the sentence, the radar, where to start,
/// the table, the details, and sharing.
#[component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let summary = ResultSummary::of(&props.response);
    let actions: Rc<[_]> = remedies::for_person(&props.response).into();
    let open_area = use_state(|| None::<Area>);

    let heading = use_heading_focus(props.shared);
    // Following an action's area link opens that area and moves focus there.
    use_effect_with(*open_area, |area| {
        if let Some(area) = area {
            browser::focus_selector(&format!("#samspil-area-{} > summary", area.slug()));
        }
    });
    let on_area = {
        let open_area = open_area.clone();
        Callback::from(move |area| open_area.set(Some(area)))
    };

    let axes: Rc<[AttrValue]> = Area::ALL
        .iter()
        .map(|a| AttrValue::from(a.info().name.get(lang)))
        .collect();
    let axis_values: Rc<[AttrValue]> = summary
        .areas
        .iter()
        .map(|a| AttrValue::from(score_text(a.score)))
        .collect();
    let series: Rc<[RadarSeries]> = Rc::from([RadarSeries {
        name: texts::RESULTS_TITLE.get(lang).into(),
        values: summary.areas.iter().map(|a| a.score).collect(),
        kind: SeriesKind::Main,
    }]);
    // A result link opens the self-check's address (the folder), as every result link
    // has since the first release; that page hands it on to this one.
    let link = format!(
        "{}#{}",
        survey.check_base(),
        result_fragment(&props.response)
    );
    let total = props.response.total();
    let unanswered = total - props.response.answered_count();
    let back_to = continue_view(&props.response);
    let title = if props.shared {
        texts::SHARED_TITLE
    } else {
        texts::RESULTS_TITLE
    };

    html! {
        <section class="samspil-results" aria-labelledby="samspil-results-title">
            <h1 id="samspil-results-title" class="samspil-title" tabindex="-1" ref={heading}>{ title.get(lang) }</h1>
            if props.shared {
                <SharedAbout response={props.response.clone()} lang={lang} />
            } else if unanswered > 0 {
                // Finishing with statements left open is allowed; it is said once, at
                // the top, with the way back to the first of them.
                <div class="samspil-unanswered" role="region" aria-labelledby="samspil-unanswered-title">
                    <h2 id="samspil-unanswered-title">{ texts::UNANSWERED_TITLE.get(lang) }</h2>
                    <p>{ fill(texts::UNANSWERED_BODY.get(lang), &[("n", &unanswered.to_string()), ("total", &total.to_string())]) }</p>
                    <button type="button" class="samspil-button" onclick={survey.on(move |s| s.go(back_to.clone()))}>
                        { texts::UNANSWERED_BACK.get(lang) }
                    </button>
                </div>
            }
            if !props.shared {
                <HandOff link={link.clone()} name={props.response.label.trim().to_owned()}
                    invitation={survey.invitation.as_deref().and_then(|parts| Invitation::from_params(&parse_params(parts))).map(Rc::new)} lang={lang} />
            }
            { overall(&summary, lang) }
            <figure class="samspil-radar-figure">
                <Radar id={RADAR_ID} axes={axes} axis_values={axis_values} series={series}
                    band_labels={band_labels(lang)} title={texts::RADAR_TITLE.get(lang)} description={texts::RADAR_DESC.get(lang)} />
            </figure>
            <ActionList actions={actions} lang={lang} on_area={on_area} />
            <ScoreTable summary={summary.clone()} lang={lang} />
            <AreaDetails response={props.response.clone()} summary={summary} lang={lang} open={*open_area} />
            if props.shared {
                <div class="samspil-nav">
                    <button type="button" class="samspil-button samspil-primary" onclick={survey.on(|s| s.go(View::Start))}>
                        { texts::TAKE_CHECK.get(lang) }
                    </button>
                </div>
            } else {
                <SharePanel link={link} lang={lang} radar_id={RADAR_ID} />
                <div class="samspil-nav samspil-no-print">
                    <button type="button" class="samspil-button" onclick={survey.on(|s| s.go(View::Step(STEPS - 1)))}>
                        { texts::CHANGE_ANSWERS.get(lang) }
                    </button>
                </div>
            }
        </section>
    }
}
