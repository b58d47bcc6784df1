use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::{texts, Area, Lang, Response, ResultSummary};
use crate::ui::check::question::answer_text;
use crate::ui::shared::bands::{band_key, band_text, score_text};

#[derive(Properties, PartialEq)]
pub struct AreaDetailsProps {
    pub response: Rc<Response>,
    pub summary: ResultSummary,
    pub lang: Lang,
    /// The area whose details are open (set when an action's area link is followed).
    pub open: Option<Area>,
}

/// Per area, expandable: each statement with the answer given.
#[component]
pub fn AreaDetails(props: &AreaDetailsProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="samspil-details-section" aria-labelledby="samspil-details-title">
            <h2 id="samspil-details-title">{ texts::DETAILS_TITLE.get(lang) }</h2>
            { for Area::ALL.iter().map(|&area| {
                let score = props.summary.area(area);
                html! {
                    <details class="samspil-area-details" id={format!("samspil-area-{}", area.slug())} open={props.open == Some(area)}>
                        <summary>
                            <span class="samspil-area-name">{ area.info().name.get(lang) }</span>
                            <span class="samspil-band" data-band={band_key(score.band())}>
                                { format!("{} · {}", score_text(score.score), band_text(score, lang)) }
                            </span>
                        </summary>
                        <p class="samspil-hint">{ area.info().description.get(lang) }</p>
                        <dl class="samspil-answers">
                            { for props.response.area_answers(area).map(|(item, answer)| html! {
                                <div class="samspil-answer-row">
                                    <dt>{ item.text.get(lang) }</dt>
                                    <dd>{ answer_text(answer).get(lang) }</dd>
                                </div>
                            }) }
                        </dl>
                        if score.dont_know >= 2 {
                            <p class="samspil-hint">{ fill(texts::DONT_KNOW_FINDING.get(lang), &[("n", &score.dont_know.to_string())]) }</p>
                        }
                    </details>
                }
            }) }
        </section>
    }
}
