//! Sector names, shared by the start view, results and the team view.

use crate::model::{texts, Lang, Response, Sector, Tr};

pub fn sector_name(sector: Sector) -> Tr {
    match sector {
        Sector::Municipality => texts::SECTOR_MUNICIPALITY,
        Sector::VolunteerCentre => texts::SECTOR_VOLUNTEER,
        Sector::Company => texts::SECTOR_COMPANY,
        Sector::Foundation => texts::SECTOR_FOUNDATION,
        Sector::Citizen => texts::SECTOR_CITIZEN,
        Sector::Other => texts::SECTOR_OTHER,
    }
}

/// A respondent's partnership name and sector, in words ("Not given" when empty).
pub fn label_and_sector(r: &Response, lang: Lang) -> (String, &'static str) {
    let label = if r.label.is_empty() {
        texts::NOT_GIVEN.get(lang).to_owned()
    } else {
        r.label.clone()
    };
    (
        label,
        r.sector.map_or(texts::NOT_GIVEN, sector_name).get(lang),
    )
}
