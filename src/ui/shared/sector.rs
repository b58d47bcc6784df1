//! Sector names, shared by the start view, results and the team view.

use crate::model::{texts, Lang, Response, Sector, Tr};

pub fn sector_name(sector: Sector) -> Tr {
    match sector {
        Sector::MunicipalityOrRegion => texts::SECTOR_MUNICIPALITY,
        Sector::VolunteerCentreOrAssociation => texts::SECTOR_VOLUNTEER,
        Sector::Company => texts::SECTOR_COMPANY,
        Sector::Foundation => texts::SECTOR_FOUNDATION,
        Sector::Citizen => texts::SECTOR_CITIZEN,
        Sector::Other => texts::SECTOR_OTHER,
        Sector::Municipality => texts::SECTOR_LOCAL_AUTHORITY,
        Sector::Region => texts::SECTOR_REGION,
        Sector::VolunteerCentre => texts::SECTOR_VOLUNTEER_CENTRE,
        Sector::Association => texts::SECTOR_ASSOCIATION,
        Sector::LocalGroup => texts::SECTOR_LOCAL_GROUP,
        Sector::UsersAndRelatives => texts::SECTOR_USERS,
        Sector::Education => texts::SECTOR_EDUCATION,
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
