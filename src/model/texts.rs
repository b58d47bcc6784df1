//! Every text of the user interface, in Danish, Swedish, Finnish and English.
//!
//! `texts!` defines one constant per text and the list [`ALL`], which the tests walk
//! to prove that no text is empty in any language.

use super::i18n::Tr;

macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = [$da:expr, $sv:expr, $fi:expr, $en:expr];)*) => {
        $($(#[$doc])* pub const $name: Tr = Tr([$da, $sv, $fi, $en]);)*
        /// Every UI text with its name, for the completeness test.
        pub const ALL: &[(&str, Tr)] = &[$((stringify!($name), $name)),*];
    };
}

texts! {
    APP_NAME = ["Samspil", "Samspil", "Samspil", "Samspil"];
    TAGLINE = [
        "Sundhedstjek af jeres partnerskab",
        "Hälsokontroll för ert partnerskap",
        "Kumppanuutenne terveystarkastus",
        "A health check for your partnership"
    ];
    LOADING = ["Indlæser …", "Laddar …", "Ladataan …", "Loading …"];
    PANIC_TITLE = [
        "Noget gik galt",
        "Något gick fel",
        "Jokin meni vikaan",
        "Something went wrong"
    ];
    PANIC_BODY = [
        "Samspil stødte på en fejl. Dine svar er gemt i linket og på denne enhed. Genindlæs siden for at fortsætte, hvor du slap.",
        "Samspil stötte på ett fel. Dina svar finns kvar i länken och på den här enheten. Ladda om sidan för att fortsätta där du var.",
        "Samspil kohtasi virheen. Vastauksesi ovat tallessa linkissä ja tällä laitteella. Lataa sivu uudelleen jatkaaksesi siitä, mihin jäit.",
        "Samspil ran into an error. Your answers are kept in the link and on this device. Reload the page to carry on where you were."
    ];
    PANIC_RELOAD = ["Genindlæs siden", "Ladda om sidan", "Lataa sivu uudelleen", "Reload the page"];
}
