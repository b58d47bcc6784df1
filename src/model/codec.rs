//! The share-link codec: results and teams in the URL fragment.
//!
//! # Format (versions 1 and 2)
//! A link is `…#r=PAYLOAD` for one result, optionally followed by `&n=LABEL`
//! (percent-encoded UTF-8), or `…#t=PAYLOAD` for a team. The payload is base64url
//! without padding over these bytes:
//!
//! | bytes | meaning |
//! |---|---|
//! | 1 | header: format version (high 4 bits, now 1) and kind (low 4 bits: 1 result, 2 team) |
//! | 1 | question-bank version |
//! | … | body, bit-packed, most significant bit first |
//! | 3 | checksum: the low 24 bits of CRC-32 over everything before it |
//!
//! A respondent in the body is 16 bits of date (days since 2020-01-01), 3 bits of
//! sector (0 = not given), 2 bits of language and 3 bits per statement (0
//! unanswered, 1–5 the scale, 6 "don't know", 7 "not relevant for us").
//!
//! The bank byte names the question bank whose statements the answers follow (see
//! [`super::bank`]): 1 for links made before bank 2, 2 since. A summary or a plan
//! whose statements come from more than one bank says 0 ("every bank": bank 1's
//! statements, then bank 2's).
//!
//! Format 2 adds one answer, code 7 ("not relevant for us"), which a format-1 reader
//! rejects as out of range; gives the sector 4 bits and the language 3 (room for
//! Norwegian, language 4, and for more sectors); and adds the summary for the
//! minutes (kind 3). A link is written in format 1 unless it needs format 2: every
//! link that an older release can read still is, and a reader accepts both. A result body is one respondent,
//! padded with zero bits to a whole byte: 19 bytes, 26 characters. A team body is a
//! count (1 byte, 1–50), each respondent followed by 6 bits of label number (0 = no
//! label), padding, then the label table: a count byte and each label as a length
//! byte and UTF-8.
//!
//! Format 3 (team links only, written only when needed) gives each respondent 4 bits
//! of bank version before the date, so a team may mix people who answered bank 1
//! and bank 2 (the header's bank byte is then 0), and a second 6-bit number after
//! the label number: the person's organisation, from the same table as the labels.
//!
//! A result link carries the organisation beside the payload as `&o=` (like the
//! label's `&n=`). A summary for the minutes never holds a name or an organisation.
//!
//! Decoding checks, in order: the alphabet, the length, the checksum, the versions,
//! then every value's range. Each failure is its own [`DecodeError`] so the UI can
//! explain it. The checksum catches any single mistyped character and any
//! truncation we know of, so a damaged link is reported, never silently mis-read.
//!
//! Links are found in pasted text, in an address whose `#` became `%23` (Outlook
//! Safe Links percent-encodes whole addresses) and with trailing punctuation that a
//! chat app or a sentence added.

use super::answers::{clean_label, Answer, Response, Sector, ITEM_COUNT};
use super::bank::Area;
use super::bank::{Item, ItemId, MIXED};
use super::date::Date;
use super::i18n::Lang;
use super::plan::Plan;
use super::remedies::{self, ActionSource};
use super::scoring::Band;
use super::summary::{AreaFigures, ItemFigures, Summary};
use super::team::{Difference, Disagreement, Figure, Partner, Partners, Subject, Why};

/// The newest format this release writes (see the module docs).
pub const FORMAT_VERSION: u8 = 3;
/// The format of links without "not relevant" answers.
const FORMAT_V1: u8 = 1;
/// "Not relevant", Norwegian, more sectors; summaries and plans.
const FORMAT_V2: u8 = 2;
const KIND_RESULT: u8 = 1;
const KIND_TEAM: u8 = 2;
/// A summary for the minutes (format 2 on): team figures, no individual answers.
const KIND_SUMMARY: u8 = 3;
/// A team's action plan (format 2 on).
const KIND_PLAN: u8 = 4;
/// The partners of a meeting (`g=`), beside a team link.
const KIND_PARTNERS: u8 = 5;
pub const MAX_TEAM: usize = 50;
const CHECKSUM_BYTES: usize = 3;
/// Labels in a team link share this many bytes; later distinct labels are dropped
/// so that a team of 50 always fits in a link chat apps and mail clients keep whole.
pub const TEAM_LABEL_BUDGET: usize = 400;
const MAX_LABELS: usize = 63;

/// Why a link could not be read. Every variant has a translated explanation.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("no Samspil link was found")]
    NotFound,
    #[error("the link has a character that does not belong in it: '{ch}' at position {position}")]
    BadCharacter { position: usize, ch: char },
    #[error("the link has the wrong length ({len} characters); it may have been cut off")]
    BadLength { len: usize },
    #[error("the link's checksum does not match; it was changed or cut off")]
    BadChecksum,
    #[error("the link was made by a newer or unknown version ({0})")]
    UnknownVersion(u8),
    #[error("the link holds a value that is out of range: {0}")]
    OutOfRange(&'static str),
    #[error("a team link holds a result link's data, or the other way round")]
    WrongKind,
    #[error(
        "a summary for the minutes holds no individual answers, so it cannot be added to a team"
    )]
    SummaryOnly,
    /// An address that names one of Samspil's views (`#s=results`, as the address bar of
    /// earlier releases read) but holds no answers: on another device
    /// it would show an empty result, or that device's own.
    #[error("the address names a view of Samspil but holds no answers")]
    NoAnswers,
}

/// What a link opens.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    Result(Response),
    Team(Vec<Response>),
    /// A summary for the minutes (`#m=…`).
    Summary(Box<Summary>),
}

/// The number of statements of a published bank.
fn bank_items(version: u8) -> Option<usize> {
    super::bank::bank(version).map(|b| b.items.len())
}

/// The statements a summary or a plan refers to by position: one bank's, or every
/// bank's for list 0. Bank 1's list keeps its 5-bit positions (links made before
/// bank 2 read as they did); longer lists use 7 bits.
struct ItemList {
    code: u8,
    items: Vec<&'static Item>,
}

impl ItemList {
    fn of(code: u8) -> Result<ItemList, DecodeError> {
        super::bank::list(code)
            .map(|items| ItemList { code, items })
            .ok_or(DecodeError::UnknownVersion(code))
    }

    fn bits(&self) -> u32 {
        if self.code == 1 {
            5
        } else {
            7
        }
    }

    fn position(&self, id: ItemId) -> u32 {
        self.items.iter().position(|i| i.id == id).unwrap_or(0) as u32
    }

    fn at(&self, i: u32) -> Result<ItemId, DecodeError> {
        self.items
            .get(i as usize)
            .map(|it| it.id)
            .ok_or(DecodeError::OutOfRange("statement"))
    }

    /// The most statements an area has in this list, for bounds on counts.
    fn most_in_area(&self) -> usize {
        Area::ALL
            .iter()
            .map(|a| self.items.iter().filter(|i| i.area == *a).count())
            .max()
            .unwrap_or(0)
    }
}

// ---------------------------------------------------------------------------
// base64url and checksum. Hand-written: both are a few lines, the alphabet check
// must report the position of a bad character, and the `base64`/`crc` crates would
// add generic machinery to the wasm bundle for no gain.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
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

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

fn b64_decode(s: &str) -> Result<Vec<u8>, DecodeError> {
    let mut values = Vec::with_capacity(s.len());
    for (position, ch) in s.chars().enumerate() {
        let v = u8::try_from(ch).ok().and_then(b64_value);
        values.push(v.ok_or(DecodeError::BadCharacter { position, ch })?);
    }
    // A length of 1 mod 4 can never come from whole bytes.
    if values.len() % 4 == 1 {
        return Err(DecodeError::BadLength { len: values.len() });
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let mut n = 0u32;
        for (i, v) in chunk.iter().enumerate() {
            n |= (*v as u32) << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        // Leftover bits in the last character must be zero, or two spellings would
        // decode to the same link.
        if n & ((1u32 << (24 - 8 * bytes)) - 1) != 0 {
            return Err(DecodeError::BadChecksum);
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Ok(out)
}

/// CRC-32 (IEEE), bitwise: small, and fast enough for a few hundred bytes.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (!(crc & 1)).wrapping_add(1));
        }
    }
    !crc
}

pub(crate) fn seal(mut bytes: Vec<u8>) -> String {
    let c = crc32(&bytes);
    bytes.extend_from_slice(&c.to_be_bytes()[1..]);
    b64_encode(&bytes)
}

/// Decodes base64url, checks length and checksum, returns the bytes before the checksum.
pub(crate) fn unseal(payload: &str) -> Result<Vec<u8>, DecodeError> {
    let mut bytes = b64_decode(payload)?;
    if bytes.len() < 2 + CHECKSUM_BYTES {
        return Err(DecodeError::BadLength {
            len: payload.chars().count(),
        });
    }
    let body_len = bytes.len() - CHECKSUM_BYTES;
    let expected = &crc32(&bytes[..body_len]).to_be_bytes()[1..];
    if &bytes[body_len..] != expected {
        return Err(DecodeError::BadChecksum);
    }
    bytes.truncate(body_len);
    Ok(bytes)
}

// ---------------------------------------------------------------------------
// Bits.

#[derive(Default)]
pub(crate) struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    pub(crate) fn put(&mut self, value: u32, bits: u32) {
        for i in (0..bits).rev() {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = (value >> i) & 1;
            *self.bytes.last_mut().expect("pushed above") |= (bit as u8) << (7 - self.used % 8);
            self.used += 1;
        }
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

pub(crate) struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    pub(crate) fn get(&mut self, bits: u32) -> Result<u32, DecodeError> {
        let mut v = 0u32;
        for _ in 0..bits {
            let byte = self.bytes.get(self.pos / 8).ok_or(DecodeError::BadLength {
                len: self.bytes.len(),
            })?;
            v = (v << 1) | ((byte >> (7 - self.pos % 8)) & 1) as u32;
            self.pos += 1;
        }
        Ok(v)
    }

    /// Skips to the next whole byte; the skipped bits must be zero.
    pub(crate) fn align(&mut self) -> Result<(), DecodeError> {
        while self.pos % 8 != 0 {
            if self.get(1)? != 0 {
                return Err(DecodeError::OutOfRange("padding"));
            }
        }
        Ok(())
    }

    pub(crate) fn byte_pos(&self) -> usize {
        self.pos / 8
    }
}

/// Bits of the sector and the language in each format: format 2 has room for the
/// fifth language (Norwegian) and for more sectors.
fn field_bits(format: u8) -> (u32, u32) {
    if format >= 2 {
        (4, 3)
    } else {
        (3, 2)
    }
}

fn put_respondent(w: &mut BitWriter, r: &Response, format: u8) {
    let (sector_bits, lang_bits) = field_bits(format);
    if format >= 3 {
        w.put(r.bank_version as u32, 4);
    }
    w.put(r.date.0 as u32, 16);
    w.put(Sector::code(r.sector) as u32, sector_bits);
    w.put(r.lang.index() as u32, lang_bits);
    for a in &r.answers[..r.total()] {
        w.put(a.code() as u32, 3);
    }
}

fn get_respondent(
    rd: &mut BitReader,
    bank_version: u8,
    format: u8,
) -> Result<Response, DecodeError> {
    let bank_version = if format >= 3 {
        rd.get(4)? as u8
    } else {
        bank_version
    };
    let items = bank_items(bank_version).ok_or(DecodeError::UnknownVersion(bank_version))?;
    let (sector_bits, lang_bits) = field_bits(format);
    let date = Date(rd.get(16)? as u16);
    let sector =
        Sector::from_code(rd.get(sector_bits)? as u8).ok_or(DecodeError::OutOfRange("sector"))?;
    let lang =
        Lang::from_index(rd.get(lang_bits)? as usize).ok_or(DecodeError::OutOfRange("language"))?;
    let mut answers = [Answer::Unanswered; ITEM_COUNT];
    for slot in answers.iter_mut().take(items) {
        let code = rd.get(3)? as u8;
        // Code 7 only exists from format 2 on: in a format-1 link it is damage.
        let answer = Answer::from_code(code).filter(|_| format >= 2 || code < 7);
        *slot = answer.ok_or(DecodeError::OutOfRange("answer"))?;
    }
    Ok(Response {
        bank_version,
        answers,
        sector,
        lang,
        date,
        label: String::new(),
        org: String::new(),
    })
}

/// The oldest format that can carry these responses: format 1 unless one holds a
/// "not relevant" answer, the fifth language or a sector format 1 has no code for.
fn link_format<'a>(responses: impl IntoIterator<Item = &'a Response>) -> u8 {
    let needs_v2 = responses.into_iter().any(|r| {
        r.answers.contains(&Answer::NotRelevant) || r.lang.index() > 3 || Sector::code(r.sector) > 6
    });
    if needs_v2 {
        FORMAT_V2
    } else {
        FORMAT_V1
    }
}

fn header(kind: u8, format: u8, bank: u8) -> [u8; 2] {
    [format << 4 | kind, bank]
}

/// Checks the header and returns the bank version and the format.
fn read_header(bytes: &[u8], kind: u8) -> Result<(u8, u8), DecodeError> {
    let format = bytes[0] >> 4;
    if !(FORMAT_V1..=FORMAT_VERSION).contains(&format) {
        return Err(DecodeError::UnknownVersion(format));
    }
    match bytes[0] & 0x0f {
        k if k == kind => {}
        KIND_SUMMARY if format >= 2 => return Err(DecodeError::SummaryOnly),
        KIND_PLAN if format >= 2 => return Err(DecodeError::WrongKind),
        KIND_RESULT | KIND_TEAM => return Err(DecodeError::WrongKind),
        _ => return Err(DecodeError::OutOfRange("kind")),
    }
    let bank = bytes[1];
    // "Every bank" only where a list of statements is meant: a summary, a plan, and
    // a format-3 team whose people say their own bank.
    let mixed_allowed = matches!(kind, KIND_SUMMARY | KIND_PLAN) || format >= 3;
    if !(bank == MIXED && mixed_allowed) {
        bank_items(bank).ok_or(DecodeError::UnknownVersion(bank))?;
    }
    if format >= 3 && !matches!(kind, KIND_TEAM | KIND_SUMMARY) {
        return Err(DecodeError::UnknownVersion(format));
    }
    Ok((bank, format))
}

// ---------------------------------------------------------------------------
// Results.

/// The payload of one result: 26 characters of base64url.
pub fn encode_result(r: &Response) -> String {
    let format = link_format([r]);
    let mut w = BitWriter::default();
    put_respondent(&mut w, r, format);
    let mut bytes = header(KIND_RESULT, format, r.bank_version).to_vec();
    bytes.extend(w.finish());
    seal(bytes)
}

/// Decodes the payload of one result (without its label).
pub fn decode_result(payload: &str) -> Result<Response, DecodeError> {
    let bytes = unseal(payload)?;
    let (bank, format) = read_header(&bytes, KIND_RESULT)?;
    let mut rd = BitReader {
        bytes: &bytes[2..],
        pos: 0,
    };
    let r = get_respondent(&mut rd, bank, format)?;
    rd.align()?;
    if rd.byte_pos() != bytes.len() - 2 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    Ok(r)
}

/// The fragment (without `#`) of a result link: `r=PAYLOAD`, then the label and the
/// organisation if given.
pub fn result_fragment(r: &Response) -> String {
    let mut s = format!("r={}", encode_result(r));
    for (key, text) in [("n", &r.label), ("o", &r.org)] {
        let text = clean_label(text);
        if !text.is_empty() {
            s.push('&');
            s.push_str(key);
            s.push('=');
            s.push_str(&percent_encode(&text));
        }
    }
    s
}

// ---------------------------------------------------------------------------
// Teams.

/// The payload of a team link. At most [`MAX_TEAM`] respondents are kept.
pub fn encode_team(team: &[Response]) -> String {
    let team = &team[..team.len().min(MAX_TEAM)];
    let bank = super::bank::list_of(team.iter().map(|r| r.bank_version));
    let needs_v3 = bank == MIXED || team.iter().any(|r| !clean_label(&r.org).is_empty());
    let format = if needs_v3 {
        FORMAT_VERSION
    } else {
        link_format(team)
    };
    // Shared labels are stored once; most teams share one partnership name, and
    // organisations share the same table.
    let mut labels: Vec<String> = Vec::new();
    let mut budget = TEAM_LABEL_BUDGET;
    let mut number_of = |text: &str| {
        let text = clean_label(text);
        if text.is_empty() {
            0
        } else if let Some(i) = labels.iter().position(|l| *l == text) {
            i + 1
        } else if labels.len() < MAX_LABELS && text.len() < budget {
            budget -= text.len() + 1;
            labels.push(text);
            labels.len()
        } else {
            0
        }
    };
    let mut w = BitWriter::default();
    w.put(team.len() as u32, 8);
    for r in team {
        put_respondent(&mut w, r, format);
        w.put(number_of(&r.label) as u32, 6);
        if format >= 3 {
            w.put(number_of(&r.org) as u32, 6);
        }
    }
    let mut bytes = header(KIND_TEAM, format, bank).to_vec();
    bytes.extend(w.finish());
    bytes.push(labels.len() as u8);
    for l in &labels {
        bytes.push(l.len() as u8);
        bytes.extend_from_slice(l.as_bytes());
    }
    seal(bytes)
}

pub fn decode_team(payload: &str) -> Result<Vec<Response>, DecodeError> {
    let bytes = unseal(payload)?;
    let (bank, format) = read_header(&bytes, KIND_TEAM)?;
    let body = &bytes[2..];
    let mut rd = BitReader {
        bytes: body,
        pos: 0,
    };
    let count = rd.get(8)? as usize;
    if count == 0 || count > MAX_TEAM {
        return Err(DecodeError::OutOfRange("team size"));
    }
    let mut team = Vec::with_capacity(count);
    let mut numbers = Vec::with_capacity(count);
    for _ in 0..count {
        let r = get_respondent(&mut rd, bank, format)?;
        // A format-3 header names the team's one bank, or 0 when people differ.
        if format >= 3 && bank != MIXED && r.bank_version != bank {
            return Err(DecodeError::OutOfRange("bank"));
        }
        team.push(r);
        let label = rd.get(6)? as usize;
        let org = if format >= 3 { rd.get(6)? as usize } else { 0 };
        numbers.push((label, org));
    }
    rd.align()?;
    let mut rest = &body[rd.byte_pos()..];
    let (&label_count, tail) = rest
        .split_first()
        .ok_or(DecodeError::BadLength { len: payload.len() })?;
    rest = tail;
    // Only what the encoder can write is read: a table larger than its budget is
    // a forged or damaged link.
    if label_count as usize > MAX_LABELS {
        return Err(DecodeError::OutOfRange("labels"));
    }
    let mut label_bytes = 0;
    let mut labels = Vec::with_capacity(label_count as usize);
    for _ in 0..label_count {
        let (&len, tail) = rest
            .split_first()
            .ok_or(DecodeError::BadLength { len: payload.len() })?;
        let len = len as usize;
        if tail.len() < len {
            return Err(DecodeError::BadLength { len: payload.len() });
        }
        label_bytes += len + 1;
        if label_bytes > TEAM_LABEL_BUDGET {
            return Err(DecodeError::OutOfRange("labels"));
        }
        let text =
            std::str::from_utf8(&tail[..len]).map_err(|_| DecodeError::OutOfRange("label"))?;
        labels.push(clean_label(text));
        rest = &tail[len..];
    }
    if !rest.is_empty() {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    let text = |n: usize| match n {
        0 => Ok(String::new()),
        n => labels
            .get(n - 1)
            .cloned()
            .ok_or(DecodeError::OutOfRange("label")),
    };
    for (r, (label, org)) in team.iter_mut().zip(numbers) {
        r.label = text(label)?;
        r.org = text(org)?;
    }
    Ok(team)
}

/// The fragment (without `#`) of a team link.
pub fn team_fragment(team: &[Response]) -> String {
    format!("t={}", encode_team(team))
}

// ---------------------------------------------------------------------------
// Summaries for the minutes.

/// Values kept as whole steps of 1/`scale`, `NONE` for "no figure".
const NONE: u32 = 255;

fn get_figure(
    rd: &mut BitReader,
    scale: f64,
    min: u32,
    max: u32,
) -> Result<Option<f64>, DecodeError> {
    match rd.get(8)? {
        NONE => Ok(None),
        v if (min..=max).contains(&v) => Ok(Some(v as f64 / scale)),
        _ => Err(DecodeError::OutOfRange("figure")),
    }
}

fn get_count(rd: &mut BitReader, bits: u32, max: usize) -> Result<usize, DecodeError> {
    let v = rd.get(bits)? as usize;
    if v > max {
        return Err(DecodeError::OutOfRange("count"));
    }
    Ok(v)
}

/// The payload of a summary for the minutes (see [`super::summary`]), format 3:
/// exactly what its page shows. Layout after the header: date (16 bits),
/// respondents (8), which figure the team figure is (2: partners equal, or the mean
/// of everyone because of one partner, a small partner, people with no partner);
/// per area the team figure in whole points (7 bits, 127 = none) and whether it is
/// an information gap (1); the differences (4 bits of count, each a subject, its
/// kind in 2 bits and for a gap the gap in half scale points, 4 bits); the actions
/// (3 bits of count, each its source); then padding and the checksum.
///
/// Format 2 (summaries made before) also held the mean of everyone, the spread
/// and counts per area and per statement; [`decode_summary`] still reads it.
pub fn encode_summary(s: &Summary) -> String {
    let list = ItemList::of(s.bank).unwrap_or_else(|_| ItemList {
        code: s.bank,
        items: Vec::new(),
    });
    let mut w = BitWriter::default();
    w.put(s.date.0 as u32, 16);
    w.put(s.respondents.min(MAX_TEAM) as u32, 8);
    let figure = match s.figure {
        Figure::EqualPartners => 0,
        Figure::Everyone(Why::OnePartner) => 1,
        Figure::Everyone(Why::SmallPartner) => 2,
        Figure::Everyone(Why::Unmapped) => 3,
    };
    w.put(figure, 2);
    for a in &s.areas {
        let v = a.weighted.map_or(NONE_7, super::scoring::display_score);
        w.put(v, 7);
        w.put(a.gap as u32, 1);
    }
    let differences = &s.disagreements[..s.disagreements.len().min(15)];
    w.put(differences.len() as u32, 4);
    for d in differences {
        let flag = 1 << list.bits();
        match d.subject {
            Subject::Area(a) => w.put(a.index() as u32, list.bits() + 1),
            Subject::Item(id) => w.put(flag | list.position(id), list.bits() + 1),
        }
        match d.difference {
            Difference::PartnerGap { gap, .. } | Difference::SectorGap { gap, .. } => {
                w.put(0, 2);
                w.put(((gap * 2.0).round() as u32).clamp(2, 15), 4);
            }
            Difference::BothSides { .. } => w.put(1, 2),
            Difference::BothSidesArea { statements } => {
                w.put(2, 2);
                w.put(statements.min(7) as u32, 3);
            }
        }
    }
    let actions = &s.actions[..s.actions.len().min(7)];
    w.put(actions.len() as u32, 3);
    for a in actions {
        put_source(&mut w, a.source, &list);
    }
    let mut bytes = vec![FORMAT_VERSION << 4 | KIND_SUMMARY, s.bank];
    bytes.extend(w.finish());
    seal(bytes)
}

/// "No figure" in a 7-bit whole-point figure.
const NONE_7: u32 = 127;

/// A listed difference's subject (an area, or a statement of the summary's list)
/// and its area, as summary formats 2 and 3 both write it.
fn read_subject(rd: &mut BitReader, list: &ItemList) -> Result<(Subject, Area), DecodeError> {
    let flag = 1 << list.bits();
    let subject = rd.get(list.bits() + 1)?;
    let subject = if subject & flag == 0 {
        Subject::Area(area_at(subject)?)
    } else {
        Subject::Item(list.at(subject & (flag - 1))?)
    };
    let area = match subject {
        Subject::Area(a) => a,
        Subject::Item(id) => {
            super::bank::item(id)
                .ok_or(DecodeError::OutOfRange("statement"))?
                .area
        }
    };
    Ok((subject, area))
}

fn area_at(i: u32) -> Result<Area, DecodeError> {
    Area::ALL
        .get(i as usize)
        .copied()
        .ok_or(DecodeError::OutOfRange("area"))
}

fn sector_at(code: u32) -> Result<Sector, DecodeError> {
    Sector::from_code(code as u8)
        .flatten()
        .ok_or(DecodeError::OutOfRange("sector"))
}

/// Decodes a summary for the minutes; every value is range-checked.
pub fn decode_summary(payload: &str) -> Result<Summary, DecodeError> {
    let bytes = unseal(payload)?;
    let (bank, format) = read_header(&bytes, KIND_SUMMARY)?;
    if format >= 3 {
        return decode_summary_3(&bytes, bank, payload.len());
    }
    let list = ItemList::of(bank)?;
    let items = list.items.len();
    let mut rd = BitReader {
        bytes: &bytes[2..],
        pos: 0,
    };
    let date = Date(rd.get(16)? as u16);
    let respondents = rd.get(8)? as usize;
    if respondents == 0 || respondents > MAX_TEAM {
        return Err(DecodeError::OutOfRange("team size"));
    }
    let per_area = list.most_in_area() * respondents;
    let mut areas = Vec::with_capacity(Area::ALL.len());
    for area in Area::ALL {
        let mut figures = AreaFigures {
            weighted: get_figure(&mut rd, 2.0, 0, 200)?,
            mean: get_figure(&mut rd, 2.0, 0, 200)?,
            sd: get_figure(&mut rd, 2.0, 0, 200)?,
            n: get_count(&mut rd, 6, respondents)?,
            answered: get_count(&mut rd, 9, per_area)?,
            dont_know: get_count(&mut rd, 9, per_area)?,
            not_relevant: get_count(&mut rd, 9, per_area)?,
            total: 0,
            gap: false,
        };
        figures.total = if list.code == 1 {
            list.items.iter().filter(|i| i.area == area).count() * respondents
        } else {
            get_count(&mut rd, 9, per_area)?
        };
        areas.push(figures);
    }
    let mut figures = Vec::with_capacity(items);
    for _ in 0..items {
        figures.push(ItemFigures {
            weighted: get_figure(&mut rd, 20.0, 20, 100)?,
            mean: get_figure(&mut rd, 20.0, 20, 100)?,
            sd: get_figure(&mut rd, 20.0, 0, 100)?,
            answered: get_count(&mut rd, 6, respondents)?,
            low: get_count(&mut rd, 6, respondents)?,
            high: get_count(&mut rd, 6, respondents)?,
            dont_know: get_count(&mut rd, 6, respondents)?,
            not_relevant: get_count(&mut rd, 6, respondents)?,
            sector_all_low: rd.get(1)? == 1,
        });
    }
    let count = rd.get(6)?;
    let mut disagreements = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let (subject, area) = read_subject(&mut rd, &list)?;
        let difference = match rd.get(2)? {
            0 => Difference::SectorGap {
                higher: sector_at(rd.get(4)?)?,
                lower: sector_at(rd.get(4)?)?,
                gap: rd.get(6)? as f64 / 10.0,
            },
            1 => Difference::BothSides {
                low: get_count(&mut rd, 6, respondents)?,
                high: get_count(&mut rd, 6, respondents)?,
                n: get_count(&mut rd, 6, respondents)?,
            },
            2 => Difference::BothSidesArea {
                statements: rd.get(3)? as usize,
            },
            _ => return Err(DecodeError::OutOfRange("difference")),
        };
        disagreements.push(Disagreement {
            subject,
            area,
            difference,
        });
    }
    let count = rd.get(3)?;
    let mut actions = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let source = get_source(&mut rd, &list)?;
        actions.push(remedies::action_of(source).ok_or(DecodeError::OutOfRange("action"))?);
    }
    rd.align()?;
    if rd.byte_pos() != bytes.len() - 2 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    Ok(Summary {
        bank,
        date,
        respondents,
        // A format-2 summary's team figure weighted its sectors equally.
        figure: Figure::EqualPartners,
        areas,
        items: figures,
        disagreements,
        actions,
    })
}

/// A format-3 summary (see [`encode_summary`]).
fn decode_summary_3(bytes: &[u8], bank: u8, len: usize) -> Result<Summary, DecodeError> {
    let list = ItemList::of(bank)?;
    let mut rd = BitReader {
        bytes: &bytes[2..],
        pos: 0,
    };
    let date = Date(rd.get(16)? as u16);
    let respondents = rd.get(8)? as usize;
    // A summary is never made of fewer: a smaller count was edited by hand.
    if !(super::summary::MIN_SUMMARY..=MAX_TEAM).contains(&respondents) {
        return Err(DecodeError::OutOfRange("team size"));
    }
    let figure = match rd.get(2)? {
        0 => Figure::EqualPartners,
        1 => Figure::Everyone(Why::OnePartner),
        2 => Figure::Everyone(Why::SmallPartner),
        _ => Figure::Everyone(Why::Unmapped),
    };
    let mut areas = Vec::with_capacity(Area::ALL.len());
    for _ in Area::ALL {
        let weighted = match rd.get(7)? {
            NONE_7 => None,
            v if v <= 100 => Some(v as f64),
            _ => return Err(DecodeError::OutOfRange("figure")),
        };
        let gap = rd.get(1)? == 1;
        if gap && weighted.is_some() {
            return Err(DecodeError::OutOfRange("figure"));
        }
        areas.push(AreaFigures {
            weighted,
            gap,
            ..AreaFigures::default()
        });
    }
    let count = rd.get(4)?;
    let mut disagreements = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let (subject, area) = read_subject(&mut rd, &list)?;
        let difference = match rd.get(2)? {
            0 => {
                let half = rd.get(4)?;
                if half < 2 {
                    return Err(DecodeError::OutOfRange("difference"));
                }
                Difference::PartnerGap {
                    higher: None,
                    lower: None,
                    gap: half as f64 / 2.0,
                    possible: matches!(subject, Subject::Item(_)),
                }
            }
            1 => Difference::BothSides {
                low: 0,
                high: 0,
                n: 0,
            },
            2 => Difference::BothSidesArea {
                statements: rd.get(3)? as usize,
            },
            _ => return Err(DecodeError::OutOfRange("difference")),
        };
        disagreements.push(Disagreement {
            subject,
            area,
            difference,
        });
    }
    let count = rd.get(3)?;
    let mut actions = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let source = get_source(&mut rd, &list)?;
        actions.push(remedies::action_of(source).ok_or(DecodeError::OutOfRange("action"))?);
    }
    rd.align()?;
    if rd.byte_pos() != bytes.len() - 2 {
        return Err(DecodeError::BadLength { len });
    }
    Ok(Summary {
        bank,
        date,
        respondents,
        figure,
        areas,
        items: Vec::new(),
        disagreements,
        actions,
    })
}

/// The fragment (without `#`) of a summary for the minutes.
pub fn summary_fragment(s: &Summary) -> String {
    format!("m={}", encode_summary(s))
}

/// A suggested action's source: 2 bits of kind, then the statement (5 bits), the
/// area (3), or the area, band (2) and number (2).
fn put_source(w: &mut BitWriter, source: ActionSource, list: &ItemList) {
    match source {
        ActionSource::Item(id) => {
            w.put(0, 2);
            w.put(list.position(id), list.bits());
        }
        ActionSource::Gap(area) => {
            w.put(1, 2);
            w.put(area.index() as u32, 3);
        }
        ActionSource::Clarify(area) => {
            w.put(2, 2);
            w.put(area.index() as u32, 3);
        }
        ActionSource::Area(area, band, n) => {
            w.put(3, 2);
            w.put(area.index() as u32, 3);
            w.put(band.index() as u32, 2);
            w.put(n.min(3) as u32, 2);
        }
    }
}

fn get_source(rd: &mut BitReader, list: &ItemList) -> Result<ActionSource, DecodeError> {
    let source = match rd.get(2)? {
        0 => ActionSource::Item(list.at(rd.get(list.bits())?)?),
        1 => ActionSource::Gap(area_at(rd.get(3)?)?),
        2 => ActionSource::Clarify(area_at(rd.get(3)?)?),
        _ => {
            let area = area_at(rd.get(3)?)?;
            let band = *Band::ALL
                .get(rd.get(2)? as usize)
                .ok_or(DecodeError::OutOfRange("band"))?;
            ActionSource::Area(area, band, rd.get(2)? as usize)
        }
    };
    remedies::action_of(source).ok_or(DecodeError::OutOfRange("action"))?;
    Ok(source)
}

// ---------------------------------------------------------------------------
// The partners of a meeting.

/// The payload of the partners of a meeting (`g=`, an optional part of a team
/// link: a link without it opens as before, partners taken from the answers).
/// Layout after the header (format 1, kind 5, and the team size in the bank byte):
/// the number of partners (6 bits); per partner 1 bit of kind, then a sector code
/// (4 bits) or a name (8 bits of length in bytes, then UTF-8); per respondent, in
/// team order, 6 bits: 0 for no partner, else the partner's position + 1; then
/// padding and the checksum.
pub fn encode_partners(p: &Partners) -> String {
    let list = &p.list[..p.list.len().min(63)];
    let mut w = BitWriter::default();
    w.put(list.len() as u32, 6);
    for partner in list {
        match partner {
            Partner::Sector(s) => {
                w.put(0, 1);
                w.put(Sector::code(Some(*s)) as u32, 4);
            }
            Partner::Named(name) => {
                w.put(1, 1);
                put_text(&mut w, &clean_label(name), 8);
            }
        }
    }
    let of = &p.of[..p.of.len().min(MAX_TEAM)];
    for who in of {
        w.put(
            who.filter(|&k| k < list.len()).map_or(0, |k| k as u32 + 1),
            6,
        );
    }
    let mut bytes = vec![FORMAT_V1 << 4 | KIND_PARTNERS, of.len() as u8];
    bytes.extend(w.finish());
    seal(bytes)
}

/// Decodes the partners of a meeting; every value is range-checked.
pub fn decode_partners(payload: &str) -> Result<Partners, DecodeError> {
    let bytes = unseal(payload)?;
    if bytes[0] >> 4 != FORMAT_V1 {
        return Err(DecodeError::UnknownVersion(bytes[0] >> 4));
    }
    if bytes[0] & 0x0f != KIND_PARTNERS {
        return Err(DecodeError::WrongKind);
    }
    let n = bytes[1] as usize;
    if n > MAX_TEAM {
        return Err(DecodeError::OutOfRange("team size"));
    }
    let mut rd = BitReader {
        bytes: &bytes[2..],
        pos: 0,
    };
    let count = rd.get(6)? as usize;
    let mut list = Vec::with_capacity(count);
    for _ in 0..count {
        list.push(if rd.get(1)? == 0 {
            Partner::Sector(sector_at(rd.get(4)?)?)
        } else {
            let name = get_text(&mut rd, 8, super::answers::LABEL_MAX_CHARS)?;
            let name = clean_label(&name);
            if name.is_empty() {
                return Err(DecodeError::OutOfRange("partner"));
            }
            Partner::Named(name)
        });
    }
    let mut of = Vec::with_capacity(n);
    for _ in 0..n {
        of.push(match rd.get(6)? as usize {
            0 => None,
            k if k <= count => Some(k - 1),
            _ => return Err(DecodeError::OutOfRange("partner")),
        });
    }
    rd.align()?;
    if rd.byte_pos() != bytes.len() - 2 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    Ok(Partners { list, of })
}

// ---------------------------------------------------------------------------
// Action plans.

pub(crate) fn put_text(w: &mut BitWriter, text: &str, len_bits: u32) {
    let bytes = text.as_bytes();
    let n = bytes.len().min((1 << len_bits) - 1);
    // Cut at a character boundary (the texts are cleaned and short: this is a guard).
    let n = (0..=n)
        .rev()
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(0);
    w.put(n as u32, len_bits);
    for &b in &bytes[..n] {
        w.put(b as u32, 8);
    }
}

pub(crate) fn get_text(
    rd: &mut BitReader,
    len_bits: u32,
    max_chars: usize,
) -> Result<String, DecodeError> {
    let n = rd.get(len_bits)? as usize;
    let mut bytes = Vec::with_capacity(n);
    for _ in 0..n {
        bytes.push(rd.get(8)? as u8);
    }
    let text = String::from_utf8(bytes).map_err(|_| DecodeError::OutOfRange("text"))?;
    Ok(super::plan::clean_text(&text, max_chars))
}

/// The payload of an action plan (`p=`, and `q=` for the earlier team's). Layout
/// after the header: the number of actions (4 bits); per action its status (2
/// bits), whether it is the team's own text (1), then either a suggested action's
/// source or its text (10 bits of length in bytes, then UTF-8); the due date
/// (16 bits, days since 2020-01-01, 0 = none) and the owner (8 bits of length,
/// then UTF-8); padding and the checksum.
pub fn encode_plan(plan: &Plan) -> String {
    use super::plan::What;
    let items = &plan.items[..plan.items.len().min(super::plan::MAX_ITEMS)];
    // The list the suggested actions' statements come from: bank 1 for a plan that
    // names none of bank 2 (as every plan did before bank 2).
    let banks = items.iter().filter_map(|i| match i.what {
        What::Suggested(ActionSource::Item(id)) => super::bank::bank_of(id).map(|b| b.version),
        _ => None,
    });
    let mut banks = banks.peekable();
    let code = if banks.peek().is_none() {
        1
    } else {
        super::bank::list_of(banks)
    };
    let list = ItemList::of(code).unwrap_or(ItemList {
        code,
        items: Vec::new(),
    });
    let mut w = BitWriter::default();
    w.put(items.len() as u32, 4);
    for item in items {
        w.put(item.status.code() as u32, 2);
        match &item.what {
            What::Suggested(source) => {
                w.put(0, 1);
                put_source(&mut w, *source, &list);
            }
            What::Own(text) => {
                w.put(1, 1);
                put_text(&mut w, text, 10);
            }
        }
        w.put(item.due.map_or(0, |d| d.0 as u32), 16);
        put_text(&mut w, &item.owner, 8);
    }
    let mut bytes = vec![FORMAT_V2 << 4 | KIND_PLAN, code];
    bytes.extend(w.finish());
    seal(bytes)
}

/// Decodes an action plan; every value is checked, texts cleaned again.
pub fn decode_plan(payload: &str) -> Result<Plan, DecodeError> {
    use super::plan::{PlanItem, Status, What, MAX_ITEMS, OWNER_MAX_CHARS, TEXT_MAX_CHARS};
    let bytes = unseal(payload)?;
    let (bank, _) = read_header(&bytes, KIND_PLAN)?;
    let list = ItemList::of(bank)?;
    let mut rd = BitReader {
        bytes: &bytes[2..],
        pos: 0,
    };
    let count = rd.get(4)? as usize;
    if count > MAX_ITEMS {
        return Err(DecodeError::OutOfRange("plan size"));
    }
    let mut plan = Plan::default();
    for _ in 0..count {
        let status =
            Status::from_code(rd.get(2)? as u8).ok_or(DecodeError::OutOfRange("status"))?;
        let what = if rd.get(1)? == 0 {
            What::Suggested(get_source(&mut rd, &list)?)
        } else {
            What::Own(get_text(&mut rd, 10, TEXT_MAX_CHARS)?)
        };
        let due = match rd.get(16)? {
            0 => None,
            d => Some(Date(d as u16)),
        };
        let owner = get_text(&mut rd, 8, OWNER_MAX_CHARS)?;
        plan.items.push(PlanItem {
            what,
            owner,
            due,
            status,
        });
    }
    rd.align()?;
    if rd.byte_pos() != bytes.len() - 2 {
        return Err(DecodeError::BadLength { len: payload.len() });
    }
    Ok(plan)
}

/// A short hexadecimal checksum of some bytes (for stable identifiers).
pub fn checksum_hex(bytes: &[u8]) -> String {
    format!("{:08x}", crc32(bytes))
}

// ---------------------------------------------------------------------------
// Finding links in text.

/// Characters a sentence or chat app may put after a link.
pub fn is_trailing_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '>'
            | '\''
            | '"'
            | '”'
            | '’'
            | '»'
            | '*'
    )
}

/// Keys Samspil writes into a fragment: the links (`r` with `n` and `o`, `t`, and `b` for the
/// "before" team of a comparison), where the person is (`s`) and the host options.
/// A text whose first key is one of these is a fragment as it stands, however many
/// `%23` its values hold (a `#` in a name, an accent colour).
const KNOWN_KEYS: [&str; 18] = [
    "r", "n", "o", "t", "b", "m", "p", "q", "g", "s", "embed", "lang", "accent", "font", "start",
    "compact", "share", "anon",
];

/// How many layers of percent-encoding are undone: a mail gateway wraps once, a
/// gateway behind a gateway twice; more than this is not a link that travelled.
const MAX_LAYERS: usize = 12;

/// Whether a text starts like one of Samspil's own fragments (`r=…`, `s=2&…`).
pub fn starts_as_fragment(text: &str) -> bool {
    let first = text.split('&').next().unwrap_or("");
    first
        .split_once('=')
        .is_some_and(|(k, _)| KNOWN_KEYS.contains(&k))
}

/// The fragment of an address, or the text itself when it is a bare fragment.
///
/// The rule, layer by layer (at most [`MAX_LAYERS`]):
/// 1. a text that starts like Samspil's own fragment (`r=…`, `s=…`) is the fragment,
///    whatever `%23` its values hold (a name "Projekt #2", an accent `%23c0392b`);
/// 2. otherwise the part after the first `#` is taken;
/// 3. otherwise an address whose `#` became `%23` (Outlook Safe Links percent-encodes
///    whole addresses) is decoded once from that `%23`;
/// 4. otherwise a text that was encoded twice (`%2523`) is decoded once as a whole.
///
/// The label inside stays percent-encoded until [`parse`] reads it.
pub fn fragment_of(text: &str) -> String {
    let mut current = text.trim().to_owned();
    for _ in 0..MAX_LAYERS {
        let bare = current.strip_prefix('#').unwrap_or(&current);
        if starts_as_fragment(bare) {
            return bare.to_owned();
        }
        if let Some(i) = bare.find('#') {
            current = bare[i + 1..].to_owned();
        } else if let Some(i) = find_ascii_ci(bare, "%23") {
            current = percent_decode(&bare[i..]);
        } else if find_ascii_ci(bare, "%25").is_some() {
            current = percent_decode(bare);
        } else {
            break;
        }
    }
    current.strip_prefix('#').unwrap_or(&current).to_owned()
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Reads a link: a whole address, an address mangled by a mail gateway, or a bare
/// fragment like `r=…` or `#t=…`. Values end at `&` or whitespace. A payload loses
/// the punctuation a sentence may have put after it (it never holds any itself);
/// anything else in a payload is reported as a bad character. A name keeps every
/// character: its full stops are encoded (`%2E`) by links made since version 1.1,
/// and a full stop that ends an older link's name is kept, as the person typed it.
pub fn parse(text: &str) -> Result<Link, DecodeError> {
    parse_as::<true>(text)
}

/// As [`parse`], but a team link or a summary is only recognised, not read: an
/// empty `Link::Team`. The self-check's and the result's pages hand those on to the
/// team page as they stand, so their code need not carry the team formats.
pub fn parse_own(text: &str) -> Result<Link, DecodeError> {
    parse_as::<false>(text)
}

fn parse_as<const TEAMS: bool>(text: &str) -> Result<Link, DecodeError> {
    let fragment = fragment_of(text);
    let params = parse_params(&fragment);
    let param = |key: &str| {
        params
            .iter()
            .find_map(|(k, v)| (*k == key).then_some(v.as_str()))
    };
    let payload = |key: &str| param(key).map(|v| v.trim_end_matches(is_trailing_punctuation));
    if let Some(payload) = payload("r") {
        let mut r = decode_result(payload)?;
        if let Some(label) = param("n") {
            r.label = clean_label(&percent_decode(label));
        }
        if let Some(org) = param("o") {
            r.org = clean_label(&percent_decode(org));
        }
        Ok(Link::Result(r))
    } else if let Some(payload) = payload("t") {
        if !TEAMS {
            return Ok(Link::Team(Vec::new()));
        }
        decode_team(payload).map(Link::Team)
    } else if let Some(payload) = payload("m") {
        if !TEAMS {
            return Ok(Link::Team(Vec::new()));
        }
        decode_summary(payload).map(|s| Link::Summary(Box::new(s)))
    } else {
        Err(DecodeError::NotFound)
    }
}

/// `key=value` pairs of a fragment, values still percent-encoded and as they stand;
/// values end at `&` or whitespace.
pub fn parse_params(fragment: &str) -> Vec<(&str, String)> {
    let fragment = fragment.split(char::is_whitespace).next().unwrap_or("");
    fragment
        .split('&')
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            Some((k, v.to_owned()))
        })
        .collect()
}

/// One link found in pasted text.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The text of the link as it stood, for the report.
    pub text: String,
    pub link: Result<Link, DecodeError>,
}

/// At most this many links are read from one paste: a team holds 50, and a
/// comparison twice that. More would only make a report nobody reads, and reading
/// 200,000 link-like words froze the tab for seconds.
pub const MAX_FOUND: usize = 120;

/// Whether a word holds a link: `#r=`, `#t=`, or their forms percent-encoded once
/// or more (`%23r`, `%2523t`, …).
pub fn holds_link(word: &str) -> bool {
    let lower = word.as_bytes();
    if ["#r=", "#t=", "#m="]
        .iter()
        .any(|m| find_ascii_ci(word, m).is_some())
    {
        return true;
    }
    // `%` then any number of `25`, then `23` and `r` or `t`.
    lower.iter().enumerate().any(|(i, &c)| {
        if c != b'%' {
            return false;
        }
        let mut j = i + 1;
        while lower.get(j..j + 2) == Some(b"25") {
            j += 2;
        }
        lower.get(j..j + 2) == Some(b"23")
            && matches!(
                lower.get(j + 2),
                Some(b'r' | b'R' | b't' | b'T' | b'm' | b'M')
            )
    })
}

/// Reads one word that [`holds_link`]: without the brackets and punctuation a
/// sentence or chat app put around it.
pub fn read_word(word: &str) -> Found {
    let word = word
        .trim_start_matches(['(', '<', '[', '"', '\''])
        .trim_end_matches(is_trailing_punctuation);
    Found {
        text: word.to_owned(),
        link: parse(word),
    }
}

/// Finds every Samspil link in pasted text (a chat transcript, one link per line, …),
/// at most [`MAX_FOUND`]. Links never contain whitespace, so each word that holds a
/// link is decoded on its own: one damaged link hides no other.
pub fn find_all(text: &str) -> Vec<Found> {
    text.split_whitespace()
        .filter(|w| holds_link(w))
        .take(MAX_FOUND)
        .map(read_word)
        .collect()
}

// ---------------------------------------------------------------------------
// Percent-encoding of labels, and decoding of pasted addresses.

pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        // `.` is encoded too: a full stop left bare at the end of a name would read
        // as the end of a sentence when the link is pasted into text.
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences once; `+` is left as is. Invalid sequences stay as
/// they are; invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
