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
    // What the meeting decided, if the link carries it (read once: the address is
    // the summary's own).
    let decided = use_memo((), |_| {
        crate::ui::team::minutes::decided_of(&crate::ui::shared::browser::fragment())
    });
    let (plan, agreed) = (&decided.0, &decided.1);
    let name_and_date = agreed.as_ref().map(|a| {
        let mut parts: Vec<String> = a
            .name
            .is_empty()
            .then(Vec::new)
            .unwrap_or_else(|| vec![a.name.clone()]);
        parts.push(a.meeting.unwrap_or(props.summary.date).iso());
        parts.join(" · ")
    });
    html! {
        <section class="samspil-team samspil-summary" aria-labelledby="samspil-summary-title">
            <h1 id="samspil-summary-title" class="samspil-title" tabindex="-1" ref={heading}>{ tt::SUMMARY_VIEW_TITLE.get(lang) }</h1>
            if let Some(line) = name_and_date {
                <p class="samspil-minutes-title">{ format!("{} · {line}", tt::MINUTES_TITLE.get(lang)) }</p>
            }
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
            if let Some(agreed) = agreed {
                { crate::ui::team::minutes::agreed_views(agreed, &picture, lang, false) }
            }
            // The agreed plan, with owners and dates, where there is one; else the
            // suggestions.
            if let Some(plan) = plan.as_ref().filter(|p| !p.items.is_empty()) {
                { crate::ui::team::minutes::plan_minutes(plan, lang) }
            } else {
                <section class="samspil-team-actions" aria-labelledby="samspil-team-actions-title">
                    <h2 id="samspil-team-actions-title">{ tt::TEAM_ACTIONS_TITLE.get(lang) }</h2>
                    { team_actions(&actions, lang, None) }
                </section>
            }
            <div class="samspil-nav samspil-no-print">
                <button type="button" class="samspil-button" onclick={survey.on(|s| s.go(View::Start))}>
                    { texts::TO_START.get(lang) }
                </button>
            </div>
        </section>
    }
}
