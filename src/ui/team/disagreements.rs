use std::rc::Rc;

use yew::prelude::*;

use crate::model::bank::{bank_of, index_of, item, MIXED};
use crate::model::i18n::{fill, one_decimal};
use crate::model::team::{Difference, Disagreement, PartnerMeans, Subject, TeamSummary};
use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::sector::sector_name;
use crate::ui::team::sector_table::partner_name;

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

/// One flagged area or statement. In a team that mixed banks, a statement says
/// which version of the statements it belongs to.
pub(crate) fn entry(d: &Disagreement, mixed: bool, partners: &[PartnerMeans], lang: Lang) -> Html {
    let area_name = d.area.info().name.get(lang);
    let (meta, title) = match d.subject {
        Subject::Area(_) => (
            None,
            fill(tt::DIFFER_AREA.get(lang), &[("area", area_name)]),
        ),
        Subject::Item(id) => (
            Some({
                // Numbered as the check numbers it: its place in its bank.
                let n = index_of(id).map_or(id.0 as usize, |i| i + 1);
                let mut meta = fill(
                    tt::DIFFER_STATEMENT.get(lang),
                    &[("n", &n.to_string()), ("area", area_name)],
                );
                if mixed {
                    let version = match bank_of(id).map(|b| b.version) {
                        Some(1) => tt::BANK_FIRST,
                        _ => tt::BANK_SECOND,
                    };
                    meta.push_str(" · ");
                    meta.push_str(version.get(lang));
                }
                meta
            }),
            item(id).map_or(String::new(), |it| it.text.get(lang).to_owned()),
        ),
    };
    let figures = match d.difference {
        Difference::SectorGap { higher, lower, gap } => fill(
            tt::DIFFER_GAP.get(lang),
            &[
                ("higher", sector_name(higher).get(lang)),
                ("lower", sector_name(lower).get(lang)),
                ("gap", &one_decimal(gap, lang)),
            ],
        ),
        Difference::PartnerGap {
            higher,
            lower,
            gap,
            possible,
        } => {
            let name = |k: Option<usize>| {
                k.and_then(|k| partners.iter().find(|p| p.index == k))
                    .map(|p| partner_name(&p.partner, lang))
            };
            let text = match (name(higher), name(lower)) {
                (Some(h), Some(l)) => fill(
                    tt::PARTNER_GAP.get(lang),
                    &[
                        ("higher", &h),
                        ("lower", &l),
                        ("gap", &one_decimal(gap, lang)),
                    ],
                ),
                _ => fill(
                    tt::PARTNER_GAP_ANON.get(lang),
                    &[("gap", &one_decimal(gap, lang))],
                ),
            };
            if possible {
                format!("{}: {text}", tt::DIFFER_POSSIBLE.get(lang))
            } else {
                text
            }
        }
        // The anonymous picture publishes no counts.
        Difference::BothSides { n: 0, .. } => tt::DIFFER_BOTH_ANON.get(lang).to_owned(),
        Difference::BothSides { low, high, n } => fill(
            tt::DIFFER_BOTH.get(lang),
            &[
                ("low", &low.to_string()),
                ("high", &high.to_string()),
                ("n", &n.to_string()),
            ],
        ),
        Difference::BothSidesArea { statements } => fill(
            tt::DIFFER_BOTH_AREA.get(lang),
            &[("n", &statements.to_string())],
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
    // The rest is built only once opened: with a large team it is most of the
    // section, and most people never open it.
    let more_open = use_state(|| false);
    let on_toggle = {
        let more_open = more_open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                more_open.set(details.has_attribute("open"));
            }
        })
    };
    let all = &props.summary.disagreements;
    // Statements numbered as the check numbers them: their place in their bank.
    let few = props
        .summary
        .someone_low()
        .iter()
        .map(|id| index_of(*id).map_or(id.0 as usize, |i| i + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mixed = props.summary.bank == MIXED;
    let shown = props.limit.unwrap_or(FIRST_SHOWN).min(all.len());
    let rest = if props.limit.is_none() {
        &all[shown..]
    } else {
        &[]
    };
    html! {
        <>
            <p class="samspil-hint">{ tt::DIFFER_RULE.get(lang) }</p>
            if !few.is_empty() {
                <p class="samspil-hint samspil-differ-few samspil-no-print">{ fill(tt::DIFFER_FEW.get(lang), &[("list", &few)]) }</p>
            }
            if mixed {
                <p class="samspil-hint samspil-banks-mixed">{ tt::BANK_MIXED.get(lang) }</p>
            }
            if all.is_empty() {
                <p>{ tt::DIFFER_NONE.get(lang) }</p>
            } else {
                <p class="samspil-difference-count">{ fill(tt::DIFFER_COUNT.get(lang, all.len()), &[("n", &all.len().to_string())]) }</p>
                <ol class="samspil-differences">
                    { for all[..shown].iter().map(|d| entry(d, mixed, &props.summary.partners, lang)) }
                </ol>
                if !rest.is_empty() {
                    <details class="samspil-differences-more" ontoggle={on_toggle}>
                        <summary>{ fill(tt::DIFFER_MORE.get(lang), &[("n", &rest.len().to_string())]) }</summary>
                        if *more_open {
                            <ol class="samspil-differences" start={(shown + 1).to_string()}>
                                { for rest.iter().map(|d| entry(d, mixed, &props.summary.partners, lang)) }
                            </ol>
                        }
                    </details>
                }
            }
        </>
    }
}
