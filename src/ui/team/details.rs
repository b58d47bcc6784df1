//! The team view's sections for the facilitator's screen between where the partners
//! differ and the team's actions: the partners' perspectives, two partners side by
//! side and one partner's concern. None is printed. Part of [`super::findings`].

use std::rc::Rc;

use yew::prelude::*;

use crate::model::bank::{index_of, item};
use crate::model::i18n::one_decimal;
use crate::model::team::{SideBySide, TeamSummary};
use crate::model::{texts, texts_team as tt, Lang};
use crate::ui::team::sector_table::{partner_name, sector_table};

#[derive(Properties, PartialEq, Clone)]
pub struct TeamDetailsProps {
    /// The team picture shown (anonymous or not), as the team view made it.
    pub summary: Rc<TeamSummary>,
    pub lang: Lang,
}

#[component]
pub fn TeamDetails(props: &TeamDetailsProps) -> Html {
    let (summary, lang) = (&props.summary, props.lang);
    html! {
        <>
            <section class="samspil-team-sectors samspil-no-print" aria-labelledby="samspil-sector-title">
                <h2 id="samspil-sector-title">{ tt::SECTOR_TITLE.get(lang) }</h2>
                { sector_table(summary, lang) }
            </section>
            if let Some(pairs) = &summary.side_by_side {
                { side_by_side(summary, pairs, lang) }
            }
            if !summary.concerns.is_empty() {
                { concerns(summary, lang) }
            }
        </>
    }
}

/// A statement as "12. text".
fn statement(id: crate::model::ItemId, lang: Lang) -> String {
    let n = index_of(id).map_or(id.0 as usize, |i| i + 1);
    format!("{n}. {}", item(id).map_or("", |it| it.text.get(lang)))
}

/// Two partners: the statements where their means lie 2 points or more apart.
fn side_by_side(s: &TeamSummary, pairs: &[SideBySide], lang: Lang) -> Html {
    let (a, b) = (
        partner_name(&s.partners[0].partner, lang),
        partner_name(&s.partners[1].partner, lang),
    );
    html! {
        <section class="samspil-team-dyad samspil-no-print" aria-labelledby="samspil-dyad-title">
            <h2 id="samspil-dyad-title">{ tt::DYAD_TITLE.get(lang) }</h2>
            <p class="samspil-hint">{ tt::DYAD_INTRO.get(lang) }</p>
            if pairs.is_empty() {
                <p>{ tt::DYAD_NONE.get(lang) }</p>
            } else {
                <div class="samspil-table-wrap" tabindex="0" role="region" aria-labelledby="samspil-dyad-caption">
                <table class="samspil-table">
                    <caption id="samspil-dyad-caption">{ tt::DYAD_TITLE.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ texts::COL_STATEMENT.get(lang) }</th>
                        <th scope="col" class="is-number">{ a }</th>
                        <th scope="col" class="is-number">{ b }</th>
                    </tr></thead>
                    <tbody>
                        { for pairs.iter().map(|p| html! {
                            <tr>
                                <th scope="row">{ statement(p.id, lang) }</th>
                                <td class="is-number">{ one_decimal(p.first, lang) }</td>
                                <td class="is-number">{ one_decimal(p.second, lang) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}

/// One partner's concern: critical statements its only respondent answered 1.
fn concerns(s: &TeamSummary, lang: Lang) -> Html {
    html! {
        <section class="samspil-team-concerns samspil-no-print" aria-labelledby="samspil-concern-title">
            <h2 id="samspil-concern-title">{ tt::CONCERN_TITLE.get(lang) }</h2>
            <p class="samspil-hint">{ tt::CONCERN_INTRO.get(lang) }</p>
            <ul>
                { for s.concerns.iter().map(|c| html! {
                    <li>{ format!("{}: {}", partner_name(&s.partners[c.partner].partner, lang), statement(c.id, lang)) }</li>
                }) }
            </ul>
        </section>
    }
}
