use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::answers::{clean_label, LABEL_MAX_CHARS};
use crate::model::codec::{parse_params, percent_decode};
use crate::model::i18n::fill;
use crate::model::invitation::date_parts;
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
    let typed = |set: fn(&crate::ui::shared::hooks::Survey, String)| {
        let survey = survey.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                set(&survey, input.value());
            }
        })
    };
    let on_label = typed(|s, v| s.set_label(v));
    let on_org = typed(|s, v| s.set_org(v));
    let sector_code = Sector::code(survey.response.sector);
    // The offered list, and a sector of release 1's list if a check begun then holds one.
    let sectors: Vec<Sector> = Sector::OFFERED
        .into_iter()
        .chain(
            survey
                .response
                .sector
                .filter(|s| !Sector::OFFERED.contains(s)),
        )
        .collect();
    let total = survey.response.total().to_string();
    // What the facilitator's invitation says, in the person's language: shown above
    // everything else, so the partnership's name in the field below is explained.
    // (Read here from the parts as the link has them, with what this page has
    // anyway: the full reading is the result page's, where the address is used.)
    let invited = survey.invitation.as_ref().map(|parts| {
        let params = parse_params(parts);
        let part = |key: &str| {
            params
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.as_str())
                .unwrap_or_default()
        };
        let who = clean_label(&percent_decode(part("f")));
        let name = survey.response.label.trim();
        let line = |text: &str, args: &[(&str, &str)]| html! { <li>{ fill(text, args) }</li> };
        html! {
            <div class="samspil-resume samspil-invited" role="region" aria-labelledby="samspil-invited-title">
                <h2 id="samspil-invited-title">{ texts::INVITED_TITLE.get(lang) }</h2>
                <ul>
                    if !name.is_empty() {
                        { line(texts::INVITED_NAME.get(lang), &[("name", name)]) }
                    }
                    if let Some((d, m, y)) = date_parts(part("by")) {
                        { line(texts::INVITED_BY.get(lang), &[("date", &fill(texts::DATE_NUMERIC.get(lang), &[("d", d), ("m", m), ("y", y)]))]) }
                    }
                    if !who.is_empty() {
                        { line(texts::INVITED_FACILITATOR.get(lang), &[("name", &who)]) }
                    }
                </ul>
            </div>
        }
    });

    html! {
        <section class="samspil-start" aria-labelledby="samspil-start-title">
            <h1 id="samspil-start-title" class="samspil-title">{ texts::START_TITLE.get(lang) }</h1>
            { invited }
            if survey.resume {
                <div class="samspil-resume" role="region" aria-labelledby="samspil-resume-title">
                    <h2 id="samspil-resume-title">{ texts::RESUME_TITLE.get(lang) }</h2>
                    <p>{ fill(texts::RESUME_BODY.get(lang), &[("n", &answered.to_string()), ("total", &total)]) }</p>
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
            <p class="samspil-lead">{ fill(texts::START_INTRO.get(lang), &[("n", &total)]) }</p>
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
                        { for sectors.iter().map(|s| {
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
                <div class="samspil-field">
                    <label for="samspil-org">{ texts::ORG_LABEL.get(lang) }</label>
                    <p class="samspil-hint" id="samspil-org-hint">{ texts::ORG_HINT.get(lang) }</p>
                    <input id="samspil-org" type="text" autocomplete="organization" maxlength={LABEL_MAX_CHARS.to_string()}
                        aria-describedby="samspil-org-hint" value={survey.response.org.clone()} oninput={on_org} />
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
