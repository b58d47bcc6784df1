use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::remedies::Action;
use crate::model::session::View;
use crate::model::summary::Summary;
use crate::model::{texts, texts_team as tt};
use crate::ui::shared::hooks::{use_heading_focus, use_survey};
use crate::ui::shared::overall::overall;
use crate::ui::team::actions::team_actions;
use crate::ui::team::disagreements::Disagreements;
use crate::ui::team::radar::team_radar;
use crate::ui::team::table::team_table;

#[derive(Properties, PartialEq, Clone)]
pub struct SummaryViewProps {
    pub summary: Rc<Summary>,
}

/// A summary for the minutes, opened from its link: the anonymous team picture,
/// read-only, saying what it is.
#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let picture = use_memo(props.summary.clone(), |s| s.picture());
    let actions: Rc<[Action]> = props.summary.actions.clone().into();
    let heading = use_heading_focus(());
    html! {
        <section class="samspil-team samspil-summary" aria-labelledby="samspil-summary-title">
            <h1 id="samspil-summary-title" class="samspil-title" tabindex="-1" ref={heading}>{ tt::SUMMARY_VIEW_TITLE.get(lang) }</h1>
            <p class="samspil-lead">{ fill(tt::SUMMARY_VIEW_NOTE.get(lang, props.summary.respondents), &[("n", &props.summary.respondents.to_string())]) }</p>
            <section class="samspil-team-picture" aria-labelledby="samspil-picture-title">
                <h2 id="samspil-picture-title">{ tt::TEAM_RADAR_TITLE.get(lang) }</h2>
                { overall(&picture.combined, lang) }
                <p class="samspil-hint samspil-figure-rule">{ crate::ui::team::view::figure_text(picture.figure, lang) }</p>
                { team_radar("samspil-team-radar", &[], &picture, lang) }
                { team_table(&picture, lang) }
            </section>
            <section class="samspil-team-differ" aria-labelledby="samspil-differ-title">
                <h2 id="samspil-differ-title">{ tt::DIFFER_TITLE.get(lang) }</h2>
                <Disagreements summary={picture.clone()} lang={lang} />
            </section>
            <section class="samspil-team-actions" aria-labelledby="samspil-team-actions-title">
                <h2 id="samspil-team-actions-title">{ tt::TEAM_ACTIONS_TITLE.get(lang) }</h2>
                { team_actions(&actions, lang, None) }
            </section>
            <div class="samspil-nav samspil-no-print">
                <button type="button" class="samspil-button" onclick={survey.on(|s| s.go(View::Start))}>
                    { texts::TO_START.get(lang) }
                </button>
            </div>
        </section>
    }
}
