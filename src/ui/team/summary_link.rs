use std::rc::Rc;

use yew::prelude::*;

use crate::model::codec::summary_fragment;
use crate::model::summary::{Refusal, Summary};
use crate::model::team::{Partners, TeamSummary};
use crate::model::{texts_team as tt, Lang, Response};
use crate::ui::shared::browser;
use crate::ui::shared::copy_link::CopyLink;

#[derive(Properties, PartialEq, Clone)]
pub struct SummaryLinkProps {
    /// The page's address without the fragment.
    pub base: AttrValue,
    /// The team: the summary is always made from its anonymous picture.
    pub team: Rc<[Response]>,
    /// The meeting's partners (the summary decides on their sizes).
    pub partners: Rc<Partners>,
    pub lang: Lang,
}

/// The summary for the minutes: a link (`…#m=…`) with the team's figures only. The
/// link is made here, not by the team view, so its encoding comes with this part.
#[component]
pub fn SummaryLink(props: &SummaryLinkProps) -> Html {
    let lang = props.lang;
    // The minutes also carry what the meeting decided: the plan (`p=`) and the
    // agreed views with the name and date (`a=`), as the team link holds them.
    // Neither holds an answer, so they never weaken the summary's anonymity.
    let survey = crate::ui::shared::hooks::use_survey();
    let decided = match &survey.view {
        crate::model::session::View::Team(page) => format!(
            "{}{}",
            page.plan.ok().map_or(String::new(), |p| format!(
                "&p={}",
                crate::model::codec::encode_plan(p)
            )),
            page.agreed.ok().map_or(String::new(), |a| format!(
                "&a={}",
                crate::model::agreed::encode(a)
            )),
        ),
        _ => String::new(),
    };
    let link = use_memo(
        (
            props.base.clone(),
            props.team.clone(),
            props.partners.clone(),
            decided,
        ),
        |(base, team, partners, decided)| {
            let picture = TeamSummary::with_partners(team, partners, true);
            Summary::of(&picture, browser::today())
                .map(|s| AttrValue::from(format!("{base}#{}{decided}", summary_fragment(&s))))
        },
    );
    html! {
        <section class="samspil-share samspil-no-print" aria-labelledby="samspil-summary-link-title">
            <h2 id="samspil-summary-link-title">{ tt::SUMMARY_TITLE.get(lang) }</h2>
            <p>{ tt::SUMMARY_INTRO.get(lang) }</p>
            { match &*link {
                Ok(link) => html! {
                    <CopyLink link={link.clone()} label={tt::SUMMARY_LINK.get(lang)} id="samspil-summary-link" lang={lang} />
                },
                // Said in the page's language; the team picture stays as it is.
                Err(Refusal::TooFew) => html! { <p role="status">{ tt::SUMMARY_REFUSED_FEW.get(lang) }</p> },
                Err(Refusal::SmallPartner) => html! { <p role="status">{ tt::SUMMARY_REFUSED_SMALL.get(lang) }</p> },
            } }
        </section>
    }
}
