use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::{texts, texts_team as tt, Lang, Response};
use crate::ui::shared::browser;
use crate::ui::shared::sector::label_and_sector;
use crate::ui::team::parts;

#[derive(Properties, PartialEq)]
pub struct TeamListProps {
    pub team: Rc<[Response]>,
    pub lang: Lang,
    /// The partners the facilitator named that no respondent belongs to yet
    /// (issue 29), as "A, B": the invited partners still missing.
    #[prop_or_default]
    pub missing: AttrValue,
    /// The position (from 0) of the respondent to remove.
    pub on_remove: Callback<usize>,
}

/// Up to this many respondents the list starts open. A longer list starts closed:
/// it would push the team picture far down, and fifty rows cost the first render
/// more than the whole picture does.
pub const OPEN_UP_TO: usize = 8;

/// The respondents: number, label, sector and date, each with a remove button.
#[component]
pub fn TeamList(props: &TeamListProps) -> Html {
    let lang = props.lang;
    let heading = use_node_ref();
    // None: as the size of the team suggests; Some: as the person chose.
    let chosen = use_state(|| None::<bool>);
    let open = chosen.unwrap_or(props.team.len() <= OPEN_UP_TO);
    let on_toggle = {
        let chosen = chosen.clone();
        Callback::from(move |_| chosen.set(Some(!open)))
    };
    html! {
        <section class="samspil-team-list samspil-no-print" aria-labelledby="samspil-respondents-title">
            <h2 id="samspil-respondents-title" tabindex="-1" ref={heading.clone()}>
                { fill(tt::RESPONDENTS_TITLE.get(lang), &[("n", &props.team.len().to_string())]) }
            </h2>
            if !props.missing.is_empty() {
                <p class="samspil-respondents-missing">{ fill(tt::RESPONDENTS_MISSING.get(lang), &[("names", &props.missing)]) }</p>
            }
            if props.team.is_empty() {
                <p>{ tt::NO_RESPONDENTS.get(lang) }</p>
            } else {
                if props.team.len() > OPEN_UP_TO {
                    <button type="button" class="samspil-button samspil-disclosure" aria-expanded={open.to_string()}
                        aria-controls="samspil-respondents" onclick={on_toggle}>
                        { if open { tt::RESPONDENTS_HIDE.get(lang) } else { tt::RESPONDENTS_SHOW.get(lang) } }
                    </button>
                }
                if open {
                    // The rows load when the list is open: a team of fifty starts with
                    // it closed, so its first visit does without their code.
                    { parts::respondent_rows(RespondentRowsProps { team: props.team.clone(), lang,
                        on_remove: props.on_remove.clone(), heading: heading.clone() }) }
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct RespondentRowsProps {
    pub team: Rc<[Response]>,
    pub lang: Lang,
    /// The position (from 0) of the respondent to remove.
    pub on_remove: Callback<usize>,
    /// The list's heading, where focus goes when a row is removed.
    pub heading: NodeRef,
}

/// The open list's rows: number, label, sector, organisation and date, each with a
/// remove button.
#[component]
pub fn RespondentRows(props: &RespondentRowsProps) -> Html {
    let lang = props.lang;
    let item = |(i, r): (usize, &Response)| {
        let n = (i + 1).to_string();
        let on_remove = props.on_remove.clone();
        let heading = props.heading.clone();
        // The button disappears with its row: focus goes to the list's heading.
        let onclick = Callback::from(move |_| {
            on_remove.emit(i);
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                browser::focus(&h);
            }
        });
        let (label, sector) = label_and_sector(r, lang);
        html! {
            <li class="samspil-respondent">
                <div class="samspil-respondent-text">
                    <span class="samspil-respondent-name">{ fill(tt::RESPONDENT.get(lang), &[("n", &n)]) }</span>
                    <dl class="samspil-respondent-facts">
                        <div><dt>{ texts::SHARED_LABEL.get(lang) }</dt><dd>{ label }</dd></div>
                        <div><dt>{ texts::SHARED_SECTOR.get(lang) }</dt><dd>{ sector }</dd></div>
                        if !r.org.is_empty() {
                            <div><dt>{ tt::ORG_COLUMN.get(lang) }</dt><dd>{ r.org.clone() }</dd></div>
                        }
                        <div><dt>{ texts::SHARED_DATE.get(lang) }</dt><dd><time datetime={r.date.iso()}>{ r.date.iso() }</time></dd></div>
                    </dl>
                </div>
                <button type="button" class="samspil-button samspil-remove" onclick={onclick}>
                    { fill(tt::REMOVE_RESPONDENT.get(lang), &[("n", &n)]) }
                </button>
            </li>
        }
    };
    html! {
        <ol id="samspil-respondents" class="samspil-respondents">{ for props.team.iter().enumerate().map(item) }</ol>
    }
}
