use std::rc::Rc;

use yew::prelude::*;

use crate::model::export;
use crate::model::plan::Plan;
use crate::model::session::{TeamPage, View};
use crate::model::{texts, texts_team as tt, Lang, Response};
use crate::ui::shared::browser;
use crate::ui::shared::copy_link::CopyLink;
use crate::ui::shared::qr::QrProps;
use crate::ui::team::files::{self, plan_rows};
use crate::ui::team::parts;

#[derive(Properties, PartialEq, Clone)]
pub struct TeamLinkProps {
    /// The team, its comparison and its plans, as the link carries them.
    pub page: Rc<TeamPage>,
    /// The team page's address, without its fragment.
    pub base: AttrValue,
    pub team: Rc<[Response]>,
    /// The action plan, written into the exports after the answers.
    pub plan: Rc<Plan>,
    pub lang: Lang,
}

/// The team link with copy and QR code, the team as CSV or JSON, and print.
#[component]
pub fn TeamLink(props: &TeamLinkProps) -> Html {
    let lang = props.lang;
    // Made here, where it is shown (this part comes as it nears the screen), not
    // with the team view: a team of 50 is written out once less on arrival.
    let link = use_memo((props.page.clone(), props.base.clone()), |(page, base)| {
        AttrValue::from(format!("{base}#{}", page.fragment()))
    });
    // The latest team of each partnership stays on this device (never sent), so
    // next quarter's round starts from it (issue 31).
    {
        let page = props.page.clone();
        let name = files::partnership(&View::Team(props.page.clone()), &props.team);
        use_effect_with(link.clone(), move |_| {
            crate::ui::team::recent::remember(&page, name);
        });
    }
    // A team link makes a large, dense code that only some phones read, and
    // computing it costs more than the rest of the team view: drawn on request.
    let show_qr = use_state(|| false);
    let on_qr = {
        let show_qr = show_qr.clone();
        Callback::from(move |_| show_qr.set(!*show_qr))
    };
    let on_csv = {
        let team = props.team.clone();
        Callback::from(move |_| files::answers_csv(&team, lang))
    };
    let on_plan_csv = {
        let name = files::partnership(&View::Team(props.page.clone()), &props.team);
        let plan = props.plan.clone();
        Callback::from(move |_| files::plan_csv(name.as_deref(), &plan, lang))
    };
    let on_json = {
        let team = props.team.clone();
        let plan = props.plan.clone();
        Callback::from(move |_| {
            browser::download(
                "samspil-team.json",
                "application/json",
                &export::json(&team, &plan_rows(&plan, lang)),
            );
        })
    };
    html! {
        <section class="samspil-share samspil-no-print" aria-labelledby="samspil-team-link-title">
            <h2 id="samspil-team-link-title">{ tt::TEAM_LINK_TITLE.get(lang) }</h2>
            <p>{ tt::TEAM_LINK_INTRO.get(lang) }</p>
            <p class="samspil-notice is-warning">{ tt::FULL_LINK_WARNING.get(lang) }</p>
            <p class="samspil-hint">{ tt::RECENT_KEPT.get(lang) }</p>
            <div class="samspil-share-grid">
                <div class="samspil-share-link">
                    <CopyLink link={(*link).clone()} label={tt::TEAM_LINK.get(lang)} id="samspil-team-link" lang={lang} />
                    <div class="samspil-actions">
                        <button type="button" class="samspil-button" onclick={on_csv}>{ tt::EXPORT_CSV.get(lang) }</button>
                        if !props.plan.items.is_empty() {
                            <button type="button" class="samspil-button" onclick={on_plan_csv}>{ tt::EXPORT_PLAN_CSV.get(lang) }</button>
                        }
                        <button type="button" class="samspil-button" onclick={on_json}>{ tt::EXPORT_JSON.get(lang) }</button>
                        <button type="button" class="samspil-button" onclick={Callback::from(|_| browser::print())}>{ texts::PRINT.get(lang) }</button>
                        <button type="button" class="samspil-button" aria-expanded={show_qr.to_string()} onclick={on_qr}>
                            { if *show_qr { tt::TEAM_QR_HIDE.get(lang) } else { tt::TEAM_QR_SHOW.get(lang) } }
                        </button>
                    </div>
                </div>
                if *show_qr {
                    { parts::qr_code(QrProps { text: (*link).clone(), title: tt::TEAM_QR.get(lang).into(), lang, module: 4 }) }
                }
            </div>
        </section>
    }
}
