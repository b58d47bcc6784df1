use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::plan::{Plan, What};
use crate::model::remedies::Action;
use crate::model::session::{LinkPart, TeamPage, View};
use crate::model::team::{Figure, Partners, TeamSummary, Why};
use crate::model::team_links::merge;
use crate::model::Lang;
use crate::model::{texts, texts_team as tt, Response};
use crate::ui::shared::browser;
use crate::ui::shared::hooks::{use_heading_focus, use_survey};
use crate::ui::shared::overall::overall;
use crate::ui::team::compare::CompareProps;
use crate::ui::team::findings::FindingsProps;
use crate::ui::team::guide_link::guide_link;
use crate::ui::team::input::{PasteReport, TeamInput};
use crate::ui::team::invite::InviteProps;
use crate::ui::team::link::TeamLinkProps;
use crate::ui::team::list::TeamList;
use crate::ui::team::meeting::MeetingProps;
use crate::ui::team::partners::PartnerMappingProps;
use crate::ui::team::parts;
use crate::ui::team::plan::PlanSectionProps;
use crate::ui::team::radar::team_radar;
use crate::ui::team::rounds::RoundsProps;
use crate::ui::team::scan::ScannerProps;
use crate::ui::team::sector_table::partner_name;
use crate::ui::team::summary_link::SummaryLinkProps;
use crate::ui::team::table::team_table;

#[derive(Properties, PartialEq)]
pub struct TeamProps {
    /// The team, its comparison and its plans, as the address holds them.
    pub page: Rc<TeamPage>,
}

/// The team view: the facilitator adds result links, and the page shows the team
/// radar and table, where partners differ, the sectors side by side, the team's
/// actions, a before/after comparison and the team link. The meeting display
/// shows the same, one section per screen.
#[component]
pub fn TeamView(props: &TeamProps) -> Html {
    let survey = use_survey();
    let lang = survey.lang;
    let report = use_state(|| None::<Rc<PasteReport>>);
    let meeting = use_state(|| false);
    let inviting = use_state(|| false);
    let scanning = use_state(|| false);
    let meeting_button = use_node_ref();
    // The anonymous view: no names, sectors or per-person lines, nothing on fewer
    // than three people. The summary for the minutes is always made from it.
    // It survives a reload (audit E9): kept in this tab's session storage, which
    // never leaves the browser.
    let anonymous = use_state(|| session_flag(ANON_KEY).unwrap_or(false));
    // The meeting's partners, as the answers suggest them.
    // From the link when the facilitator chose them, else as the answers suggest.
    let partners = use_memo(
        (props.page.team.clone(), props.page.partners.clone()),
        |(team, part)| match part.ok() {
            Some(p) => p.fit(team),
            None => Partners::derive(team),
        },
    );
    let on_partners = {
        let survey = survey.clone();
        Callback::from(move |p: Partners| survey.set_partners(p))
    };
    // One picture at a time, the one shown (the summary link makes its own anonymous
    // one when it is drawn): a team of 50 is summed up once on arrival, not twice.
    let summary = use_memo(
        (props.page.team.clone(), partners.clone(), *anonymous),
        |(team, partners, anonymous)| TeamSummary::with_partners(team, partners, *anonymous),
    );
    let actions: Rc<[Action]> = summary.actions().into();
    let on_anonymous = {
        let anonymous = anonymous.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                set_session_flag(ANON_KEY, input.checked());
                anonymous.set(input.checked());
            }
        })
    };

    let heading = use_heading_focus(());
    // Leaving the meeting display returns focus to the button that opened it.
    {
        let meeting_button = meeting_button.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(*meeting, move |open| {
            if *was_open.borrow() && !*open {
                if let Some(b) = meeting_button.cast::<web_sys::HtmlElement>() {
                    browser::focus(&b);
                }
            }
            *was_open.borrow_mut() = *open;
        });
    }

    // Links added, as a paste or a QR code read by the camera's scanner: merged
    // into the team; the report says what became of each.
    let on_scan = {
        let survey = survey.clone();
        let team = props.page.team.clone();
        Callback::from(move |text: String| {
            let merged = merge(&team, &text);
            if merged.team.len() != team.len() {
                survey.set_team(merged.team.into());
            }
            Rc::new(PasteReport {
                reports: merged.reports,
                left_out: merged.left_out,
                not_read: merged.not_read,
            })
        })
    };
    // A paste: the report goes under the box; the box is emptied when every link
    // in it was used.
    let on_add = {
        let on_scan = on_scan.clone();
        let report = report.clone();
        Callback::from(move |text: String| {
            let r = on_scan.emit(text);
            let ok =
                !r.reports.is_empty() && r.left_out == 0 && r.reports.iter().all(|l| l.is_ok());
            report.set(Some(r));
            ok
        })
    };
    let on_remove = {
        let survey = survey.clone();
        let team = props.page.team.clone();
        let chosen = props.page.partners.ok().is_some();
        let partners = partners.clone();
        Callback::from(move |i: usize| {
            // A chosen mapping loses the removed person's line, so the others
            // keep their partners.
            if chosen {
                survey.set_partners(partners.without(i));
            }
            let rest: Rc<[Response]> = team
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, r)| r.clone())
                .collect();
            survey.set_team(rest);
        })
    };
    // The plan as it stands (empty when the address has none, or a damaged one).
    let plan: Rc<Plan> = props.page.plan.ok().cloned().unwrap_or_default();
    let on_take = {
        let survey = survey.clone();
        let plan = plan.clone();
        Callback::from(move |source| {
            let mut p = (*plan).clone();
            if p.add(What::Suggested(source)) {
                survey.set_plan(p);
            }
        })
    };
    let on_leave = {
        let meeting = meeting.clone();
        Callback::from(move |_| meeting.set(false))
    };
    let base = survey.share_base();
    // The findings load at once when the address holds a plan, an earlier meeting or
    // earlier rounds (the facilitator is past the first look, and may print), else as
    // they come near the screen.
    let at_once = !matches!(props.page.plan, LinkPart::None)
        || !matches!(props.page.before, LinkPart::None)
        || props.page.history.is_some();
    // Ctrl+P (⌘P) before the findings came: wait for them, then print, so the
    // printed page is never without them.
    let print_asked = use_state(|| false);
    {
        let print_asked = print_asked.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::window(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let here = gloo::utils::document()
                        .query_selector(".samspil-team-actions")
                        .ok()
                        .flatten()
                        .is_some();
                    if (e.ctrl_key() || e.meta_key()) && e.key().eq_ignore_ascii_case("p") && !here
                    {
                        e.prevent_default();
                        print_asked.set(true);
                    }
                },
            );
            move || drop(listener)
        });
    }

    if *meeting && !props.page.team.is_empty() {
        // The meeting display is anonymous unless the facilitator turned the
        // anonymous view off on purpose (stored as "0").
        let shown = if session_flag(ANON_KEY).unwrap_or(true) && !summary.anonymous {
            Rc::new(TeamSummary::with_partners(
                &props.page.team,
                &partners,
                true,
            ))
        } else {
            summary
        };
        return parts::meeting(MeetingProps {
            team: props.page.team.clone(),
            summary: shown,
            actions,
            plan: plan.clone(),
            lang,
            invite: survey.check_base().into(),
            on_leave,
        });
    }

    let has_team = !props.page.team.is_empty();
    html! {
        <section class="samspil-team" data-plan={(!plan.items.is_empty()).then_some("")} aria-labelledby="samspil-team-title">
            <h1 id="samspil-team-title" class="samspil-title" tabindex="-1" ref={heading}>{ tt::TEAM_TITLE.get(lang) }</h1>
            { crate::ui::team::minutes::minutes_head(&props.page, *anonymous, lang) }
            <p class="samspil-lead samspil-no-print">{ tt::TEAM_INTRO.get(lang) }</p>
            { guide_link(lang) }
            <div class="samspil-actions samspil-no-print">
                if has_team {
                    <button type="button" class="samspil-button samspil-primary" ref={meeting_button}
                        onclick={let m = meeting.clone(); Callback::from(move |_| m.set(true))}>
                        { tt::MEETING_OPEN.get(lang) }
                    </button>
                }
                <button type="button" class="samspil-button" aria-expanded={(*inviting).to_string()}
                    onclick={let i = inviting.clone(); Callback::from(move |_| i.set(!*i))}>
                    { tt::INVITE_PARTNERS.get(lang) }
                </button>
                <button type="button" class="samspil-button" onclick={survey.on(|s| s.go(View::Start))}>
                    { texts::TO_START.get(lang) }
                </button>
            </div>
            if *inviting {
                { parts::invite(InviteProps { base: survey.check_base().into(), lang,
                    name: props.page.team.iter().map(|r| r.label.trim()).find(|l| !l.is_empty()).unwrap_or_default().to_owned().into() }) }
            }
            <section class="samspil-team-add samspil-no-print" aria-labelledby="samspil-add-title">
                <h2 id="samspil-add-title">{ tt::ADD_TITLE.get(lang) }</h2>
                <TeamInput id="samspil-team-links" label={tt::ADD_LABEL.get(lang)} button={tt::ADD_BUTTON.get(lang)}
                    lang={lang} report={(*report).clone()} on_submit={on_add} />
                <button type="button" class="samspil-button" aria-expanded={(*scanning).to_string()}
                    onclick={let s = scanning.clone(); Callback::from(move |_| s.set(!*s))}>
                    { tt::SCAN_OPEN.get(lang) }
                </button>
                if *scanning {
                    { parts::scanner(ScannerProps { lang, on_scan }) }
                }
            </section>
            if has_team {
                <div class="samspil-anonymous samspil-no-print">
                    <label class="samspil-check">
                        <input type="checkbox" checked={*anonymous} onchange={on_anonymous} />
                        <span>{ tt::ANON_TOGGLE.get(lang) }</span>
                    </label>
                    if *anonymous {
                        <p class="samspil-hint" role="status">{ tt::ANON_NOTE.get(lang) }</p>
                    }
                </div>
            }
            // The teams kept on this device, on an empty team page (only when there
            // are any: the part is a chunk of its own), or last time's plan.
            if (!has_team && crate::ui::team::recent::any_kept()) || props.page.before_plan.ok().is_some() {
                { rounds(&props.page, &partners, true, lang) }
            }
            if !*anonymous {
                <TeamList team={props.page.team.clone()} lang={lang} on_remove={on_remove}
                    missing={missing(&partners, lang)} />
            }
            if has_team {
                <section class="samspil-team-picture" aria-labelledby="samspil-picture-title">
                    <h2 id="samspil-picture-title">{ tt::TEAM_RADAR_TITLE.get(lang) }</h2>
                    { overall(&summary.combined, lang) }
                    <p class="samspil-hint samspil-figure-rule">{ figure_text(summary.figure, lang) }</p>
                    if props.page.team.len() <= 2 {
                        <p class="samspil-hint" role="status">{ tt::TEAM_SMALL.get(lang) }</p>
                    }
                    { team_radar("samspil-team-radar", &props.page.team, &summary, lang) }
                    <div class="samspil-no-print">
                        { team_table(&summary, lang) }
                    </div>
                </section>
                // Where the partners differ, their perspectives and the team's
                // actions: loaded as they come near the screen (`ui::team::findings`).
                { parts::findings(FindingsProps { summary: summary.clone(), actions: actions.clone(),
                    plan: plan.clone(), on_take: on_take.clone(), lang,
                    at_once: at_once || *print_asked, print: *print_asked }) }
                <p class="samspil-print-only samspil-findings-note">{ tt::FINDINGS_PRINT_NOTE.get(lang) }</p>
                if let Some(agreed) = props.page.agreed.ok() {
                    { parts::agreed_minutes(crate::ui::team::minutes::AgreedMinutesProps { agreed: agreed.clone(), summary: summary.clone(), lang }) }
                }
                // Below the actions, loaded as it comes near the screen: the page's
                // first visit stays within its budget.
                if !*anonymous {
                    { parts::partner_mapping(PartnerMappingProps { team: props.page.team.clone(),
                        partners: partners.clone(), damaged: props.page.partners.error().is_some(),
                        lang, on_change: on_partners }) }
                }
                { parts::plan_section(PlanSectionProps { plan: props.page.plan.clone(), lang }) }
                { parts::compare(CompareProps { after: summary.clone(), before: props.page.before.clone(),
                    before_plan: props.page.before_plan.clone(), lang }) }
                if !*anonymous {
                    { rounds(&props.page, &partners, false, lang) }
                }
                { parts::summary_link(SummaryLinkProps { base: base.clone().into(), team: props.page.team.clone(), partners: partners.clone(), lang }) }
                if !*anonymous {
                    // The link holds the comparison too, so the minutes keep both meetings.
                    { parts::team_link(TeamLinkProps { page: props.page.clone(), base: base.clone().into(),
                        team: props.page.team.clone(), plan: plan.clone(), lang }) }
                }
            }
        </section>
    }
}

/// Rounds over time (issue 31), at the top (last time's plan, the teams on this
/// device) or below (the trend): one lazily loaded part for both.
fn rounds(page: &TeamPage, partners: &Rc<Partners>, top: bool, lang: crate::model::Lang) -> Html {
    parts::rounds(RoundsProps {
        top,
        history: page.history.clone(),
        team: page.team.clone(),
        partners: partners.clone(),
        before_plan: page.before_plan.clone(),
        plan: page.plan.clone(),
        lang,
    })
}

/// The partners no respondent belongs to, as "A, B": the facilitator named them
/// (under "Partners", kept in the team link), and no one from them has answered
/// yet. One string, not a list: the cheapest for the page's first visit.
fn missing(partners: &Partners, lang: Lang) -> AttrValue {
    let mut names = String::new();
    for (k, p) in partners.list.iter().enumerate() {
        if !partners.of.contains(&Some(k)) {
            if !names.is_empty() {
                names.push_str(", ");
            }
            names.push_str(&partner_name(p, lang));
        }
    }
    names.into()
}

/// The session-storage key of the anonymous setting.
const ANON_KEY: &str = "samspil-anonymous";

/// A yes/no kept in this tab's session storage (`None` when never set or when
/// storage is unavailable: a private window, a blocked storage).
fn session_flag(key: &str) -> Option<bool> {
    let storage = web_sys::window()?.session_storage().ok()??;
    storage.get_item(key).ok()?.map(|v| v == "1")
}

fn set_session_flag(key: &str, on: bool) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        // A failed write only means the setting is not kept over a reload.
        let _ = storage.set_item(key, if on { "1" } else { "0" });
    }
}

/// Which figure the team figure is, and why, in a sentence.
pub(crate) fn figure_text(figure: Figure, lang: Lang) -> &'static str {
    match figure {
        Figure::EqualPartners => tt::FIGURE_EQUAL.get(lang),
        Figure::Everyone(Why::OnePartner) => tt::FIGURE_ONE.get(lang),
        Figure::Everyone(Why::SmallPartner) => tt::FIGURE_SMALL.get(lang),
        Figure::Everyone(Why::Unmapped) => tt::FIGURE_UNMAPPED.get(lang),
    }
}
