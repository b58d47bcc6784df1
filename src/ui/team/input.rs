use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::team_links::{abbreviate, LinkReport, Outcome};
use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::error_message::decode_error_text;

/// What became of one paste: a report per link found, and how many did not fit.
#[derive(Clone, Debug, PartialEq)]
pub struct PasteReport {
    pub reports: Vec<LinkReport>,
    pub left_out: usize,
    /// Links beyond the most one paste reads, not read.
    pub not_read: usize,
}

#[derive(Properties, PartialEq)]
pub struct TeamInputProps {
    /// The id of the text area (and the prefix of its hint and report).
    pub id: AttrValue,
    pub label: AttrValue,
    pub button: AttrValue,
    pub lang: Lang,
    /// The report of the last paste, if any.
    pub report: Option<Rc<PasteReport>>,
    /// Receives the pasted text; answers whether every link in it was used, so the
    /// field can be emptied for the next paste.
    pub on_submit: Callback<String, bool>,
}

/// The sentence for one link's outcome.
pub(crate) fn outcome_text(outcome: &Outcome, lang: Lang) -> String {
    match outcome {
        Outcome::Invalid(e) => decode_error_text(e).get(lang).to_owned(),
        Outcome::Read {
            team: false,
            added,
            duplicates,
            ..
        } => {
            if *added > 0 {
                tt::REPORT_ADDED.get(lang).to_owned()
            } else if *duplicates > 0 {
                tt::REPORT_DUPLICATE.get(lang).to_owned()
            } else {
                tt::REPORT_FULL.get(lang).to_owned()
            }
        }
        Outcome::Read {
            team: true,
            added,
            duplicates,
            left_out,
        } => {
            let mut parts = vec![fill(
                tt::REPORT_TEAM_ADDED.get(lang, *added),
                &[("n", &added.to_string())],
            )];
            if *duplicates > 0 {
                parts.push(fill(
                    tt::REPORT_TEAM_DUPLICATES.get(lang),
                    &[("n", &duplicates.to_string())],
                ));
            }
            if *left_out > 0 {
                parts.push(fill(
                    tt::REPORT_TEAM_LEFT_OUT.get(lang),
                    &[("n", &left_out.to_string())],
                ));
            }
            parts.join(" ")
        }
    }
}

/// A text area for result links (one, many, or a whole chat), and a report per
/// link found in it, line by line, in a live region.
#[component]
pub fn TeamInput(props: &TeamInputProps) -> Html {
    let lang = props.lang;
    let area = use_node_ref();
    let hint_id = format!("{}-hint", props.id);
    let onsubmit = {
        let area = area.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = area.cast::<web_sys::HtmlTextAreaElement>() {
                if on_submit.emit(el.value()) {
                    el.set_value("");
                }
            }
        })
    };
    // What became of the last paste: its own lazily loaded part on the team page
    // (`ui::team::parts`), as it is drawn only after a paste.
    let report = props.report.as_ref().map(|r| {
        crate::ui::team::parts::paste_report(PasteReportProps {
            report: r.clone(),
            lang,
        })
    });
    html! {
        <form class="samspil-team-input" onsubmit={onsubmit}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <p class="samspil-hint" id={hint_id.clone()}>{ tt::ADD_HINT.get(lang) }</p>
            <textarea id={props.id.clone()} ref={area} rows="5" spellcheck="false" autocomplete="off"
                aria-describedby={hint_id} />
            <div class="samspil-actions">
                <button type="submit" class="samspil-button samspil-primary">{ props.button.clone() }</button>
            </div>
            <div class="samspil-report-region" role="status" aria-live="polite">{ for report }</div>
        </form>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct PasteReportProps {
    pub report: Rc<PasteReport>,
    pub lang: Lang,
}

/// The report of one paste, line by line.
#[component]
pub fn PasteReportView(props: &PasteReportProps) -> Html {
    let (r, lang) = (&props.report, props.lang);

    let lines = r.reports.iter().map(|line| {
            html! {
                <li class="samspil-report-line" data-problem={(!line.is_ok()).then_some("")}>
                    <span class="samspil-report-where">{ fill(tt::REPORT_LINE.get(lang), &[("line", &line.line.to_string())]) }</span>
                    if !line.who.is_empty() {
                        // Whose link it is, where the link says so (issue 29).
                        { " " }<span class="samspil-report-who">{ format!("({})", line.who) }</span>
                    }
                    { " " }<code class="samspil-report-link">{ abbreviate(&line.text, 14) }</code>{ " " }
                    <span>{ outcome_text(&line.outcome, lang) }</span>
                </li>
            }
        });
    html! {
        <>
            <h3>{ tt::REPORT_TITLE.get(lang) }</h3>
            if r.reports.is_empty() {
                <p class="samspil-report-line" data-problem="">{ tt::REPORT_NONE_FOUND.get(lang) }</p>
            } else {
                <ul class="samspil-report">{ for lines }</ul>
            }
            if r.left_out > 0 {
                <p class="samspil-report-line" data-problem="">{ fill(tt::REPORT_LEFT_OUT.get(lang), &[("n", &r.left_out.to_string())]) }</p>
            }
            if r.not_read > 0 {
                <p class="samspil-report-line" data-problem="">{ fill(tt::REPORT_NOT_READ.get(lang), &[("n", &r.not_read.to_string())]) }</p>
            }
        </>
    }
}
