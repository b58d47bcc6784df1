use std::rc::Rc;

use yew::prelude::*;

use crate::model::answers::clean_label;
use crate::model::i18n::fill;
use crate::model::team::{Partner, Partners};
use crate::model::{texts_team as tt, Lang, Response, Sector};
use crate::ui::shared::sector::sector_name;
use crate::ui::team::sector_table::partner_name;

#[derive(Properties, PartialEq, Clone)]
pub struct PartnerMappingProps {
    pub team: Rc<[Response]>,
    /// The partners as they stand (from the link, or as the answers suggest).
    pub partners: Rc<Partners>,
    /// The partners part of the link could not be read.
    #[prop_or_default]
    pub damaged: bool,
    pub lang: Lang,
    pub on_change: Callback<Partners>,
}

/// A select's value for a choice: "-" no partner, "p3" the fourth partner of the
/// list, "s10" a sector (by its link code) not yet a partner.
fn choice_value(partners: &Partners, value: &str) -> Option<(Partners, Option<usize>)> {
    if value == "-" {
        return Some((partners.clone(), None));
    }
    if let Some(k) = value.strip_prefix('p') {
        let k: usize = k.parse().ok()?;
        return (k < partners.list.len()).then(|| (partners.clone(), Some(k)));
    }
    let code: u8 = value.strip_prefix('s')?.parse().ok()?;
    let sector = Sector::from_code(code).flatten()?;
    let (p, k) = partners.add(Partner::Sector(sector));
    Some((p, Some(k)))
}

/// The facilitator names the meeting's partners and says who belongs to which.
/// The choice travels in the team link (`g=`).
#[component]
pub fn PartnerMapping(props: &PartnerMappingProps) -> Html {
    let lang = props.lang;
    let name = use_node_ref();
    let partners = &props.partners;
    let on_add = {
        let name = name.clone();
        let partners = partners.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = name.cast::<web_sys::HtmlInputElement>() {
                let text = clean_label(&input.value());
                if !text.is_empty() {
                    on_change.emit(partners.add(Partner::Named(text)).0);
                    input.set_value("");
                }
            }
        })
    };
    let unused: Vec<Sector> = Sector::OFFERED
        .into_iter()
        .filter(|s| !partners.list.contains(&Partner::Sector(*s)))
        .collect();
    html! {
        <section class="samspil-team-partners samspil-no-print" aria-labelledby="samspil-partners-title">
            <h2 id="samspil-partners-title">{ tt::PARTNERS_TITLE.get(lang) }</h2>
            <p class="samspil-hint">{ tt::PARTNERS_INTRO.get(lang) }</p>
            if props.damaged {
                <p role="status">{ tt::PARTNERS_DAMAGED.get(lang) }</p>
            }
            if partners.of.iter().any(Option::is_none) {
                <p role="status">{ tt::PARTNERS_UNMAPPED.get(lang) }</p>
            }
            <ul class="samspil-partner-choices">
                { for props.team.iter().enumerate().map(|(i, _)| {
                    let who = fill(tt::RESPONDENT.get(lang), &[("n", &(i + 1).to_string())]);
                    let current = partners.of.get(i).copied().flatten();
                    let onchange = {
                        let partners = partners.clone();
                        let on_change = props.on_change.clone();
                        Callback::from(move |e: Event| {
                            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                                if let Some((p, to)) = choice_value(&partners, &select.value()) {
                                    on_change.emit(p.assign(i, to));
                                }
                            }
                        })
                    };
                    let id = format!("samspil-partner-of-{i}");
                    html! {
                        <li>
                            <label for={id.clone()}>{ fill(tt::PARTNER_OF.get(lang), &[("name", &who)]) }</label>
                            <select id={id} onchange={onchange}>
                                <option value="-" selected={current.is_none()}>{ tt::PARTNER_NONE.get(lang) }</option>
                                { for partners.list.iter().enumerate().map(|(k, p)| html! {
                                    <option value={format!("p{k}")} selected={current == Some(k)}>{ partner_name(p, lang) }</option>
                                }) }
                                { for unused.iter().map(|s| html! {
                                    <option value={format!("s{}", Sector::code(Some(*s)))}>{ sector_name(*s).get(lang) }</option>
                                }) }
                            </select>
                        </li>
                    }
                }) }
            </ul>
            <form class="samspil-partner-add" onsubmit={on_add}>
                <label for="samspil-partner-new">{ tt::PARTNER_NEW_LABEL.get(lang) }</label>
                <input id="samspil-partner-new" type="text" ref={name} maxlength="40" autocomplete="off" />
                <button type="submit" class="samspil-button">{ tt::PARTNER_ADD.get(lang) }</button>
            </form>
        </section>
    }
}
