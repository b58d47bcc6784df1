//! What the meeting decided about itself: per area the team's agreed view (an
//! agreed score, or "we disagree", with a short note, as the Lisbon tool records
//! it), the partnership's name and the meeting's date. It travels in the team link
//! as an optional section `a=` after the others; links without it open as before.
//!
//! Rules, in plain words:
//! - An area's view is nothing yet, an agreed score from 0 to 100 (the scale of the
//!   area figures), or "we disagree". A note of up to [`NOTE_MAX_CHARS`] characters
//!   may go with either.
//! - The name is the partnership's as the facilitator writes it (up to
//!   [`NAME_MAX_CHARS`]); the date is the meeting's.
//! - Texts are cleaned as every name is ([`clean_text`]).
//!
//! # The section's format (`a=PAYLOAD`)
//! Base64url without padding over: a header byte (format 1 in the high 4 bits, kind
//! 4 in the low 4), then bits, most significant first: per area in the order of
//! [`Area::ALL`] 2 bits of kind (0 none, 1 score, 2 disagree), for a score 7 bits
//! (0–100), and the note as 9 bits of length in bytes and its UTF-8; the meeting's
//! date (16 bits, days since 2020-01-01, 0 = none); the name (8 bits of length in
//! bytes, then UTF-8); zero bits to a whole byte; then 3 bytes of checksum, the low
//! 24 bits of CRC-32 over everything before it. A reader checks the alphabet, the
//! checksum, the header, then every value.

use super::answers::clean_text;
use super::codec::DecodeError;
use super::date::Date;
use super::Area;

pub const NOTE_MAX_CHARS: usize = 80;
pub const NAME_MAX_CHARS: usize = 40;
/// Format 1, kind 4 (1–3 are result, team and summary links).
const HEADER: u8 = 0x14;

/// An area's view as the meeting agreed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Stance {
    #[default]
    None,
    /// An agreed score, 0–100.
    Score(u8),
    Disagree,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AreaView {
    pub stance: Stance,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Agreed {
    /// In the order of [`Area::ALL`].
    pub areas: [AreaView; 6],
    pub name: String,
    pub meeting: Option<Date>,
}

impl Agreed {
    pub fn view(&self, area: Area) -> &AreaView {
        &self.areas[area.index()]
    }

    pub fn set_stance(&mut self, area: Area, stance: Stance) {
        self.areas[area.index()].stance = match stance {
            Stance::Score(s) => Stance::Score(s.min(100)),
            other => other,
        };
    }

    pub fn set_note(&mut self, area: Area, note: &str) {
        self.areas[area.index()].note = clean_text(note, NOTE_MAX_CHARS);
    }

    pub fn set_name(&mut self, name: &str) {
        self.name = clean_text(name, NAME_MAX_CHARS);
    }

    /// Whether anything was recorded.
    pub fn is_empty(&self) -> bool {
        *self == Agreed::default()
    }
}

// ---------------------------------------------------------------------------
// The link section.

struct Bits {
    bytes: Vec<u8>,
    used: u32,
}

impl Bits {
    fn put(&mut self, value: u32, bits: u32) {
        for i in (0..bits).rev() {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            let last = self.bytes.last_mut().expect("pushed above");
            *last |= bit << (7 - self.used % 8);
            self.used += 1;
        }
    }

    fn put_text(&mut self, text: &str, len_bits: u32) {
        let max = (1usize << len_bits) - 1;
        let n = (0..=text.len().min(max))
            .rev()
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(0);
        self.put(n as u32, len_bits);
        for &b in &text.as_bytes()[..n] {
            self.put(b as u32, 8);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn get(&mut self, bits: u32) -> Result<u32, DecodeError> {
        let mut v = 0;
        for _ in 0..bits {
            let byte = self.bytes.get(self.at / 8).ok_or(DecodeError::BadLength {
                len: self.bytes.len(),
            })?;
            v = (v << 1) | ((byte >> (7 - self.at % 8)) & 1) as u32;
            self.at += 1;
        }
        Ok(v)
    }

    fn get_text(&mut self, len_bits: u32, max_chars: usize) -> Result<String, DecodeError> {
        let n = self.get(len_bits)? as usize;
        let bytes = (0..n)
            .map(|_| self.get(8).map(|b| b as u8))
            .collect::<Result<Vec<u8>, _>>()?;
        let text = String::from_utf8(bytes).map_err(|_| DecodeError::OutOfRange("text"))?;
        Ok(clean_text(&text, max_chars))
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn from_base64url(text: &str) -> Result<Vec<u8>, DecodeError> {
    let mut values = Vec::with_capacity(text.len());
    for (position, ch) in text.chars().enumerate() {
        let v = ALPHABET
            .iter()
            .position(|&a| a as char == ch)
            .ok_or(DecodeError::BadCharacter { position, ch })?;
        values.push(v as u32);
    }
    if values.len() % 4 == 1 {
        return Err(DecodeError::BadLength { len: values.len() });
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

fn checksum(bytes: &[u8]) -> [u8; 3] {
    let crc = u32::from_str_radix(&super::codec::checksum_hex(bytes), 16).unwrap_or(0);
    [(crc >> 16) as u8, (crc >> 8) as u8, crc as u8]
}

/// The payload of the section (without `a=`).
pub fn encode(agreed: &Agreed) -> String {
    let mut w = Bits {
        bytes: vec![HEADER],
        used: 8,
    };
    for view in &agreed.areas {
        match view.stance {
            Stance::None => w.put(0, 2),
            Stance::Score(s) => {
                w.put(1, 2);
                w.put(s.min(100) as u32, 7);
            }
            Stance::Disagree => w.put(2, 2),
        }
        w.put_text(&view.note, 9);
    }
    w.put(agreed.meeting.map_or(0, |d| d.0 as u32), 16);
    w.put_text(&agreed.name, 8);
    let mut bytes = w.bytes;
    bytes.extend(checksum(&bytes));
    base64url(&bytes)
}

/// Reads the section; every value is checked and texts are cleaned again.
pub fn decode(payload: &str) -> Result<Agreed, DecodeError> {
    let bytes = from_base64url(payload)?;
    if bytes.len() < 5 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    let (body, sum) = bytes.split_at(bytes.len() - 3);
    if checksum(body) != sum {
        return Err(DecodeError::BadChecksum);
    }
    if body[0] >> 4 != HEADER >> 4 {
        return Err(DecodeError::UnknownVersion(body[0] >> 4));
    }
    if body[0] & 15 != HEADER & 15 {
        return Err(DecodeError::WrongKind);
    }
    let mut r = Reader {
        bytes: &body[1..],
        at: 0,
    };
    let mut agreed = Agreed::default();
    for view in agreed.areas.iter_mut() {
        view.stance = match r.get(2)? {
            0 => Stance::None,
            1 => match r.get(7)? {
                s @ 0..=100 => Stance::Score(s as u8),
                _ => return Err(DecodeError::OutOfRange("agreed score")),
            },
            2 => Stance::Disagree,
            _ => return Err(DecodeError::OutOfRange("agreed view")),
        };
        view.note = r.get_text(9, NOTE_MAX_CHARS)?;
    }
    agreed.meeting = match r.get(16)? {
        0 => None,
        d => Some(Date(d as u16)),
    };
    agreed.name = r.get_text(8, NAME_MAX_CHARS)?;
    // Only the padding of the last byte may follow.
    if r.at.div_ceil(8) != body.len() - 1 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    Ok(agreed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_goes_through_the_link_and_back() {
        let mut a = Agreed::default();
        a.set_stance(Area::SharedGoals, Stance::Score(70));
        a.set_note(
            Area::SharedGoals,
            "Enige, men målene skal skrives ned; også for Ældre Sagen",
        );
        a.set_stance(Area::Roles, Stance::Disagree);
        a.set_stance(Area::Evaluation, Stance::Score(250));
        a.set_name("Åby Sammen");
        a.meeting = Date::from_ymd(2026, 12, 7);
        assert_eq!(a.view(Area::Evaluation).stance, Stance::Score(100));
        let text = encode(&a);
        assert!(text.bytes().all(|b| ALPHABET.contains(&b)), "{text}");
        assert_eq!(decode(&text), Ok(a));
        assert_eq!(decode(&encode(&Agreed::default())), Ok(Agreed::default()));
    }

    #[test]
    fn a_damaged_section_is_reported() {
        let text = encode(&Agreed {
            name: "Nord".into(),
            ..Agreed::default()
        });
        let mut bad = text.clone().into_bytes();
        bad[3] = if bad[3] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decode(std::str::from_utf8(&bad).unwrap()),
            Err(DecodeError::BadChecksum)
        );
        assert!(decode(&text[..text.len() - 2]).is_err());
        assert!(matches!(
            decode("ab*d"),
            Err(DecodeError::BadCharacter { ch: '*', .. })
        ));
        assert!(decode("").is_err());
    }

    #[test]
    fn texts_are_cleaned_and_cut() {
        let mut a = Agreed::default();
        a.set_note(Area::Flexibility, &format!("x\u{202e}{}", "ø".repeat(200)));
        assert_eq!(
            a.view(Area::Flexibility).note.chars().count(),
            NOTE_MAX_CHARS
        );
        assert_eq!(decode(&encode(&a)), Ok(a));
    }
}
