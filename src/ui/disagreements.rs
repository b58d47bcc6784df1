use std::rc::Rc;

use yew::prelude::*;

use crate::model::bank::item;
use crate::model::i18n::fill;
use crate::model::team::{Disagreement, Subject, TeamSummary};
use crate::model::{texts_team as tt, Lang};

#[derive(Properties, PartialEq)]
pub struct DisagreementsProps {
    pub summary: Rc<TeamSummary>,
    pub lang: Lang,
    /// Show only the first few (the meeting display); otherwise the first
    /// [`FIRST_SHOWN`] and the rest behind "show the other …".
    #[prop_or_default]
    pub limit: Option<usize>,
}

/// How many disagreements the team view shows before "show the other …".
pub const FIRST_SHOWN: usize = 5;

/// A number with one decimal, written as the language writes decimals.
pub fn one_decimal(value: f64, lang: Lang) -> String {
    let s = format!("{:.1}", (value * 10.0).round() / 10.0);
    match lang {
        Lang::En => s,
        _ => s.replace('.', ","),
    }
}

fn entry(d: &Disagreement, summary: &TeamSummary, lang: Lang) -> Html {
    let area_name = d.area.info().name.get(lang);
    let (meta, title, figures) = match d.subject {
        Subject::Area(area) => {
            // In score points, as in the table.
            let st = summary.areas[area.index()].stats.unwrap_or(d.stats);
            (
                None,
                fill(tt::DIFFER_AREA.get(lang), &[("area", area_name)]),
                fill(
                    tt::DIFFER_AREA_FIGURES.get(lang),
                    &[
                        ("min", &st.min.round().to_string()),
                        ("max", &st.max.round().to_string()),
                        ("sd", &st.sd.round().to_string()),
                    ],
                ),
            )
        }
        Subject::Item(id) => (
            Some(fill(
                tt::DIFFER_STATEMENT.get(lang),
                &[("n", &id.0.to_string()), ("area", area_name)],
            )),
            item(id).map_or(String::new(), |it| it.text.get(lang).to_owned()),
            fill(
                tt::DIFFER_ITEM_FIGURES.get(lang),
                &[
                    ("min", &d.stats.min.round().to_string()),
                    ("max", &d.stats.max.round().to_string()),
                    ("sd", &one_decimal(d.stats.sd, lang)),
                ],
            ),
        ),
    };
    html! {
        <li class="samspil-difference">
            if let Some(meta) = meta {
                <p class="samspil-difference-meta">{ meta }</p>
            }
            <h3>{ title }</h3>
            <p class="samspil-difference-figures">{ figures }</p>
            <p class="samspil-difference-ask">{ tt::DIFFER_ASK.get(lang) }</p>
            <ul class="samspil-questions-list">
                { for d.area.info().discussion.iter().take(2).map(|q| html! { <li>{ q.get(lang) }</li> }) }
            </ul>
        </li>
    }
}

/// Where partners see things differently: the rule in one line, then the flagged
/// areas and statements, largest spread first, each with questions for the meeting.
#[component]
pub fn Disagreements(props: &DisagreementsProps) -> Html {
    let lang = props.lang;
    let all = &props.summary.disagreements;
    let shown = props.limit.unwrap_or(FIRST_SHOWN).min(all.len());
    let rest = if props.limit.is_none() {
        &all[shown..]
    } else {
        &[]
    };
    html! {
        <>
            <p class="samspil-hint">{ tt::DIFFER_RULE.get(lang) }</p>
            if all.is_empty() {
                <p>{ tt::DIFFER_NONE.get(lang) }</p>
            } else {
                <p class="samspil-difference-count">{ fill(tt::DIFFER_COUNT.get(lang), &[("n", &all.len().to_string())]) }</p>
                <ol class="samspil-differences">
                    { for all[..shown].iter().map(|d| entry(d, &props.summary, lang)) }
                </ol>
                if !rest.is_empty() {
                    <details class="samspil-differences-more">
                        <summary>{ fill(tt::DIFFER_MORE.get(lang), &[("n", &rest.len().to_string())]) }</summary>
                        <ol class="samspil-differences" start={(shown + 1).to_string()}>
                            { for rest.iter().map(|d| entry(d, &props.summary, lang)) }
                        </ol>
                    </details>
                }
            }
        </>
    }
}
