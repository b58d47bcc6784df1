use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::answers::{ITEM_COUNT, LABEL_MAX_CHARS};
use crate::model::i18n::fill;
use crate::model::{texts, texts_team, Sector};
use crate::ui::shared::hooks::use_survey;
use crate::ui::shared::sector::sector_name;

/// What the check is, how long it takes, where answers stay, and the way in.
#[component]
pub fn StartView() -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let answered = survey.response.answered_count();

    let on_sector = {
        let survey = survey.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            let sector = select
                .value()
                .parse::<u8>()
                .ok()
                .and_then(Sector::from_code)
                .flatten();
            survey.set_sector(sector);
        })
    };
    let on_label = {
        let survey = survey.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                survey.set_label(input.value());
            }
        })
    };
    let sector_code = Sector::code(survey.response.sector);

    html! {
        <section class="samspil-start" aria-labelledby="samspil-start-title">
            <h1 id="samspil-start-title" class="samspil-title">{ texts::START_TITLE.get(lang) }</h1>
            if survey.resume {
                <div class="samspil-resume" role="region" aria-labelledby="samspil-resume-title">
                    <h2 id="samspil-resume-title">{ texts::RESUME_TITLE.get(lang) }</h2>
                    <p>{ fill(texts::RESUME_BODY.get(lang), &[("n", &answered.to_string()), ("total", &ITEM_COUNT.to_string())]) }</p>
                    <div class="samspil-actions">
                        <button type="button" class="samspil-button samspil-primary" onclick={survey.on(|s| s.start())}>
                            { texts::RESUME_CONTINUE.get(lang) }
                        </button>
                        <button type="button" class="samspil-button" onclick={survey.on(|s| s.start_over())}>
                            { texts::START_OVER.get(lang) }
                        </button>
                    </div>
                </div>
            }
            <p class="samspil-lead">{ texts::START_INTRO.get(lang) }</p>
            <ul class="samspil-facts">
                <li>{ texts::START_TIME.get(lang) }</li>
                <li>{ texts::PRIVACY.get(lang) }</li>
            </ul>
            <fieldset class="samspil-about">
                <legend>{ texts::ABOUT_YOU.get(lang) }</legend>
                <div class="samspil-field">
                    <label for="samspil-sector">{ texts::SECTOR_LABEL.get(lang) }</label>
                    <select id="samspil-sector" onchange={on_sector}>
                        <option value="0" selected={sector_code == 0}>{ texts::SECTOR_NONE.get(lang) }</option>
                        { for Sector::ALL.iter().map(|s| {
                            let code = Sector::code(Some(*s));
                            html! { <option value={code.to_string()} selected={code == sector_code}>{ sector_name(*s).get(lang) }</option> }
                        }) }
                    </select>
                </div>
                <div class="samspil-field">
                    <label for="samspil-label">{ texts::LABEL_LABEL.get(lang) }</label>
                    <p class="samspil-hint" id="samspil-label-hint">{ texts::LABEL_HINT.get(lang) }</p>
                    <input id="samspil-label" type="text" autocomplete="off" maxlength={LABEL_MAX_CHARS.to_string()}
                        aria-describedby="samspil-label-hint" value={survey.response.label.clone()} oninput={on_label} />
                </div>
            </fieldset>
            if !survey.resume {
                <button type="button" class="samspil-button samspil-primary samspil-start-button" onclick={survey.on(|s| s.start())}>
                    { texts::START_BUTTON.get(lang) }
                </button>
            }
            <p class="samspil-team-entry">
                <button type="button" class="samspil-link-button" onclick={survey.on(|s| s.set_team(std::rc::Rc::from([])))}>
                    { texts_team::OPEN_TEAM.get(lang) }
                </button>
            </p>
        </section>
    }
}
