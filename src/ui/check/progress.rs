use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::session::STEPS;
use crate::model::{texts, Area, Lang};

/// What the progress shows: the step, the answers so far, and each area's
/// (answered, statements), in area order.
pub struct ProgressProps<'a> {
    pub step: usize,
    pub answered: usize,
    pub per_area: &'a [(usize, usize)],
    pub lang: Lang,
}

/// The six areas by name with the current one marked, and a live line that screen
/// readers hear: "Step 2 of 6, 7 of 38 statements answered". A part of the step's
/// view, drawn with it (a component of its own would cost the page about 1 KB of
/// Yew's per-component code and save no work: it changes with every answer).
pub fn progress(props: ProgressProps) -> Html {
    let lang = props.lang;
    let status = format!(
        "{}. {}.",
        fill(
            texts::STEP_OF.get(lang),
            &[
                ("k", &(props.step + 1).to_string()),
                ("total", &STEPS.to_string())
            ]
        ),
        fill(
            texts::ANSWERED_OF.get(lang),
            &[
                ("n", &props.answered.to_string()),
                (
                    "total",
                    &props
                        .per_area
                        .iter()
                        .map(|(_, t)| t)
                        .sum::<usize>()
                        .to_string()
                )
            ]
        )
    );
    html! {
        <nav class="samspil-progress" aria-label={texts::PROGRESS.get(lang)}>
            <ol class="samspil-progress-steps">
                { for Area::ALL.iter().enumerate().map(|(i, area)| {
                    let (done, total) = props.per_area[i];
                    html! {
                        <li class="samspil-progress-step" aria-current={(i == props.step).then_some("step")}
                            data-complete={(done == total).then_some("")}>
                            <span class="samspil-progress-name">{ area.info().name.get(lang) }</span>
                            <span class="samspil-progress-count">{ format!("{done}/{total}") }</span>
                        </li>
                    }
                }) }
            </ol>
            <p class="samspil-progress-status" aria-live="polite">{ status }</p>
        </nav>
    }
}
