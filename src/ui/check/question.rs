use yew::prelude::*;

use crate::model::{bank, texts, Answer, ItemId, Lang, Tr};

/// The five scale labels, 1 to 5.
pub const SCALE: [Tr; 5] = [
    texts::SCALE_1,
    texts::SCALE_2,
    texts::SCALE_3,
    texts::SCALE_4,
    texts::SCALE_5,
];

/// The text of an answer, as shown in results.
pub fn answer_text(answer: Answer) -> Tr {
    match answer {
        Answer::Scale(v) => SCALE[(v.clamp(1, 5) - 1) as usize],
        Answer::DontKnow => texts::DONT_KNOW,
        Answer::NotRelevant => texts::NOT_RELEVANT,
        Answer::Unanswered => texts::NOT_ANSWERED,
    }
}

/// What a statement shows: its id, number, words and answer, and where an answer goes.
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub id: ItemId,
    /// The statement's number in the whole check (1–30).
    pub number: usize,
    pub text: AttrValue,
    pub answer: Answer,
    pub lang: Lang,
    pub on_answer: Callback<(ItemId, Answer)>,
}

/// One statement as a native radio group: a fieldset whose legend is the statement.
/// Native radios give arrow-key movement and screen-reader names for free.
///
/// A part of the step's view, drawn with it: it holds no state, and as a component
/// of its own it brought Yew's per-component code into the self-check's wasm
/// (457 B brotli) to spare an answer re-drawing the step's six or seven fieldsets
/// (the benchmark's per-answer p95 is 2.8 ms as it is, against a budget of 8).
/// Keyed by the statement, so moving to another step makes its fieldsets anew.
pub fn question(props: &QuestionProps) -> Html {
    let name = format!("samspil-q{}", props.id.0);
    // The statement's answer rules (src/model/bank.rs), and an answer it no longer
    // offers that this check already holds, kept as given.
    let offers = bank::shown(props.id, props.answer);
    let option = |answer: Answer, label: &'static str| {
        let on_answer = props.on_answer.clone();
        let id = props.id;
        // The label holds its radio, which names it: no `id`/`for` pair, and no
        // `value` (the answer comes from the callback). The first view builds every
        // option's attributes one call at a time: three fewer each, 147 on a step.
        // The scale's numbers (1–5) are drawn by the stylesheet (a CSS counter, left
        // out of the accessible name as the number was): an element, its text and two
        // attributes fewer per scale option, 25 elements and 50 attributes on a step.
        html! {
            <label class="samspil-option">
                <input type="radio" name={name.clone()}
                    checked={props.answer == answer}
                    onchange={Callback::from(move |_: Event| on_answer.emit((id, answer)))} />
                <span class="samspil-option-text">{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset class="samspil-question" key={props.id.0 as u64}>
            <legend>
                <span class="samspil-question-number">{ format!("{}.", props.number) }</span>
                { " " }{ props.text.clone() }
            </legend>
            <div class="samspil-scale">
                { for (1..=5u8).map(|v| option(Answer::Scale(v), SCALE[v as usize - 1].get(props.lang))) }
            </div>
            <div class="samspil-dontknow">
                if offers.dont_know {
                    { option(Answer::DontKnow, texts::DONT_KNOW.get(props.lang)) }
                }
                if offers.not_relevant {
                    { option(Answer::NotRelevant, texts::NOT_RELEVANT.get(props.lang)) }
                }
            </div>
        </fieldset>
    }
}
