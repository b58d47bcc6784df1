//! What the team view's printout adds for the minutes: a head with the
//! partnership's name and the meeting's date, saying when it is the anonymous view,
//! and the views the meeting agreed per area. Both are for paper only.

use yew::prelude::*;

use crate::model::agreed::{Agreed, Stance};
use crate::model::session::TeamPage;
use crate::model::team::TeamSummary;
use crate::model::{texts, texts_team as tt, Area, Lang};
use crate::ui::shared::bands::score_text;
use crate::ui::shared::browser;

/// "Minutes · Åby Sammen · 2026-12-07", and the anonymous view's label when it is.
/// The name is the one written on the meeting display, or else the one most of the
/// team gave (in the anonymous view only one given by two people at least); the
/// date is the meeting's, or today's.
pub fn minutes_head(page: &TeamPage, anonymous: bool, lang: Lang) -> Html {
    let agreed = page.agreed.ok();
    let name = agreed
        .map(|a| a.name.clone())
        .filter(|n| !n.is_empty())
        .or_else(|| crate::model::export::partnership_name(&page.team, anonymous));
    let date = agreed
        .and_then(|a| a.meeting)
        .unwrap_or_else(browser::today);
    let mut title = vec![tt::MINUTES_TITLE.get(lang).to_owned()];
    title.extend(name);
    title.push(date.iso());
    html! {
        <div class="samspil-print-only samspil-minutes-head">
            <p class="samspil-minutes-title">{ title.join(" · ") }</p>
            if anonymous {
                <p class="samspil-minutes-anonymous">{ tt::MINUTES_ANONYMOUS.get(lang) }</p>
            }
        </div>
    }
}

/// The views the meeting agreed, per area: the team figure, the agreed score or
/// "we disagree", and the note. Nothing when none was recorded.
pub fn agreed_views(agreed: &Agreed, summary: &TeamSummary, lang: Lang) -> Html {
    if agreed
        .areas
        .iter()
        .all(|a| a.stance == Stance::None && a.note.is_empty())
    {
        return Html::default();
    }
    let rows = Area::ALL.iter().map(|&area| {
        let view = agreed.view(area);
        let stance = match view.stance {
            Stance::Score(s) => s.to_string(),
            Stance::Disagree => tt::AGREED_DISAGREE.get(lang).to_owned(),
            Stance::None => tt::AGREED_NONE.get(lang).to_owned(),
        };
        html! {
            <tr>
                <th scope="row">{ area.info().name.get(lang) }</th>
                <td class="samspil-num">{ score_text(summary.areas[area.index()].weighted) }</td>
                <td>{ stance }</td>
                <td>{ view.note.clone() }</td>
            </tr>
        }
    });
    html! {
        <section class="samspil-print-only samspil-minutes-agreed" aria-labelledby="samspil-minutes-agreed-title">
            <h2 id="samspil-minutes-agreed-title">{ tt::MEETING_AGREED_TITLE.get(lang) }</h2>
            <table class="samspil-table">
                <thead>
                    <tr>
                        <th scope="col">{ texts::FILE_AREA.get(lang) }</th>
                        <th scope="col">{ tt::TEAM_MEAN.get(lang) }</th>
                        <th scope="col">{ tt::AGREED_SCORE.get(lang) }</th>
                        <th scope="col">{ tt::AGREED_NOTE.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
