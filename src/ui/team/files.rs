//! Downloading the team's files: the answers and the plan as CSV, the plan as a
//! calendar file. The formats and their rules are in [`crate::model::export`].

use crate::model::export::{self, CalendarWords, PlanRow};
use crate::model::plan::Plan;
use crate::model::session::View;
use crate::model::{texts_team as tt, Lang, Response};
use crate::ui::shared::browser;
use crate::ui::team::plan::item_text;

/// The plan's rows for the files, in the language of the page.
pub fn plan_rows(plan: &Plan, lang: Lang) -> Vec<PlanRow> {
    plan.items
        .iter()
        .map(|item| PlanRow {
            text: item_text(item, lang),
            owner: item.owner.clone(),
            due: item.due,
            status: item.status,
        })
        .collect()
}

/// The team the page shows (empty outside the team view).
pub fn shown_team(view: &View) -> std::rc::Rc<[Response]> {
    match view {
        View::Team(page) => page.team.clone(),
        _ => std::rc::Rc::from([]),
    }
}

/// The partnership's name for the files: as the facilitator wrote it on the meeting
/// display, or else as most of the team wrote it.
pub fn partnership(view: &View, team: &[Response]) -> Option<String> {
    let written = match view {
        View::Team(page) => page.agreed.ok().map(|a| a.name.clone()),
        _ => None,
    };
    written
        .filter(|n| !n.is_empty())
        .or_else(|| export::partnership_name(team, false))
}

/// Downloads the answers as CSV, in the page's language and its separator.
pub fn answers_csv(team: &[Response], lang: Lang) {
    browser::download(
        "samspil-team.csv",
        "text/csv;charset=utf-8",
        &export::csv(team, lang),
    );
}

/// Downloads the plan as CSV, its own file.
pub fn plan_csv(name: Option<&str>, plan: &Plan, lang: Lang) {
    let name = name.unwrap_or_default();
    browser::download(
        "samspil-plan.csv",
        "text/csv;charset=utf-8",
        &export::plan_csv(&plan_rows(plan, lang), name, lang),
    );
}

/// Downloads the plan as a calendar file; returns how many actions were left out
/// for want of a due date, so the page can say so.
pub fn calendar(team: &[Response], name: Option<&str>, plan: &Plan, lang: Lang) -> usize {
    let texts: Vec<String> = plan.items.iter().map(|i| item_text(i, lang)).collect();
    let words = CalendarWords {
        partnership: name,
        owner: tt::PLAN_OWNER.get(lang),
        reminder: tt::CALENDAR_REMINDER.get(lang),
    };
    let cal = export::ics(
        plan,
        &texts,
        &export::team_key(team),
        &words,
        js_sys::Date::now(),
    );
    if cal.events > 0 {
        browser::download("samspil-plan.ics", "text/calendar;charset=utf-8", &cal.text);
    }
    cal.left_out
}
