use yew::prelude::*;

use crate::model::codec::DecodeError;
use crate::model::{texts, Tr};
use crate::ui::shared::hooks::use_lang;

/// The translated explanation of a link that could not be read.
pub fn decode_error_text(error: &DecodeError) -> Tr {
    match error {
        DecodeError::NotFound => texts::ERR_NOT_FOUND,
        DecodeError::BadCharacter { .. } => texts::ERR_BAD_CHARACTER,
        DecodeError::BadLength { .. } => texts::ERR_BAD_LENGTH,
        DecodeError::BadChecksum => texts::ERR_BAD_CHECKSUM,
        DecodeError::UnknownVersion(_) => texts::ERR_UNKNOWN_VERSION,
        DecodeError::OutOfRange(_) => texts::ERR_OUT_OF_RANGE,
        DecodeError::WrongKind => texts::ERR_WRONG_KIND,
        DecodeError::SummaryOnly => texts::ERR_SUMMARY_ONLY,
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorMessageProps {
    pub error: DecodeError,
}

/// The one place a link error is put into words. The technical detail (which
/// character, which length) goes to the console for whoever helps the person.
#[component]
pub fn ErrorMessage(props: &ErrorMessageProps) -> Html {
    let lang = use_lang();
    gloo::console::info!(format!("Samspil could not read the link: {}", props.error));
    html! { <p class="samspil-error-text">{ decode_error_text(&props.error).get(lang) }</p> }
}
