use yew::prelude::*;

use crate::model::session::{View, STEPS};
use crate::model::{texts, Area};
use crate::ui::check::progress::{progress, ProgressProps};
use crate::ui::check::question::{question, QuestionProps};
use crate::ui::shared::hooks::{use_answer, use_heading_focus, use_survey};

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub index: usize,
}

/// One area: its name, what it means, and its statements (of the bank this person
/// answers: a check begun before bank 2 goes on with bank 1's). Moving on is never
/// blocked; a skipped statement simply stays unanswered.
#[component]
pub fn StepView(props: &StepProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let index = props.index.min(STEPS - 1);
    let area = Area::ALL[index];
    let info = area.info();

    let heading = use_heading_focus(index);

    let per_area: Vec<(usize, usize)> = Area::ALL
        .iter()
        .map(|a| {
            let answers: Vec<_> = survey.response.area_answers(*a).collect();
            (
                answers.iter().filter(|(_, x)| x.is_answered()).count(),
                answers.len(),
            )
        })
        .collect();
    let on_answer = use_answer();
    let back = if index == 0 {
        View::Start
    } else {
        View::Step(index - 1)
    };
    let next = if index + 1 == STEPS {
        View::Results
    } else {
        View::Step(index + 1)
    };
    let next_text = if index + 1 == STEPS {
        texts::SEE_RESULTS
    } else {
        texts::NEXT
    };
    let back_text = if index == 0 {
        texts::TO_START
    } else {
        texts::BACK
    };

    html! {
        <section class="samspil-step" aria-labelledby="samspil-step-title">
            { progress(ProgressProps { step: index, answered: survey.response.answered_count(), per_area: &per_area, lang }) }
            <h1 id="samspil-step-title" class="samspil-title" tabindex="-1" ref={heading}>{ info.name.get(lang) }</h1>
            <p class="samspil-lead">{ info.description.get(lang) }</p>
            <div class="samspil-questions">
                { for survey.response.bank().items.iter().enumerate().filter(|(_, it)| it.area == area).map(|(i, item)| question(&QuestionProps {
                    id: item.id, number: i + 1, text: item.text.get(lang).into(),
                    answer: survey.response.answer(item.id), lang, on_answer: on_answer.clone(),
                })) }
            </div>
            <div class="samspil-nav">
                <button type="button" class="samspil-button" onclick={survey.on(move |s| s.go(back.clone()))}>
                    { back_text.get(lang) }
                </button>
                <button type="button" class="samspil-button samspil-primary" onclick={survey.on(move |s| s.go(next.clone()))}>
                    { next_text.get(lang) }
                </button>
            </div>
        </section>
    }
}
