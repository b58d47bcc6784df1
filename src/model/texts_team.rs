//! Texts of the team and meeting views, in Danish, Swedish, Finnish and English.

use super::i18n::Tr;
use super::texts::texts;

texts! {
    TEAM_TITLE = ["Teamets billede", "Teamets bild", "Tiimin kuva", "The team picture"];
}
