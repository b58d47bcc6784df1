use crate::model::codec::DecodeError;
use crate::model::{texts, Tr};

/// The translated explanation of a link that could not be read: the one place a
/// link error is put into words (the damaged-link view and the team view's report of
/// pasted links show it).
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
        DecodeError::NoAnswers => texts::ERR_NO_ANSWERS,
    }
}
