//! Sector names, shared by the start view, results and the team view.

use crate::model::{texts, Sector, Tr};

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
