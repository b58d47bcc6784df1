// Making links without the app, and damaged links on purpose: base64url and CRC-32
// as the codec uses them (see src/model/codec.rs), so a test can build a release-1
// or a bank-2 link, or forge one with a valid checksum but an unknown version or an
// out-of-range value.
import assert from 'node:assert/strict';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function b64decode(s) {
  const bytes = [];
  let bits = 0, n = 0;
  for (const ch of s) {
    n = (n << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((n >> bits) & 255); }
  }
  return bytes;
}

export function b64encode(bytes) {
  let out = '', bits = 0, n = 0;
  for (const b of bytes) {
    n = (n << 8) | b; bits += 8;
    while (bits >= 6) { bits -= 6; out += ALPHABET[(n >> bits) & 63]; }
  }
  if (bits > 0) out += ALPHABET[(n << (6 - bits)) & 63];
  return out;
}

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/// Re-seals a payload after `change(bytes)` edits its body (checksum recomputed).
export function forge(payload, change) {
  const bytes = b64decode(payload).slice(0, -3);
  change(bytes);
  const c = crc32(bytes);
  return b64encode([...bytes, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]);
}

/// Bits, most significant first, as the codec packs them.
function packBits(fields) {
  const bytes = [];
  let used = 0;
  for (const [value, bits] of fields) {
    for (let i = bits - 1; i >= 0; i--) {
      if (used % 8 === 0) bytes.push(0);
      bytes[bytes.length - 1] |= ((value >> i) & 1) << (7 - (used % 8));
      used++;
    }
  }
  return bytes;
}

function seal(bytes) {
  const c = crc32(bytes);
  return b64encode([...bytes, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]);
}

const respondentFields = (p) => [
  [p.date ?? 2517, 16], [p.sector ?? 0, 3], [p.lang ?? 3, 2],
  ...p.answers.map((a) => [a, 3]),
];

/// A result payload (bank 1): `answers` are 30 codes (0 unanswered, 1–5, 6 don't know).
export function resultPayload(p) {
  return seal([0x11, 1, ...packBits(respondentFields(p))]);
}

/// A team payload (bank 1), written independently of the app. `p.label` is a number
/// into `labels` (1-based; 0 or none: no name); names are ASCII here.
export function teamPayload(people, labels = []) {
  const fields = [[people.length, 8]];
  for (const p of people) fields.push(...respondentFields(p), [p.label ?? 0, 6]);
  const table = [labels.length, ...labels.flatMap((l) => [l.length, ...Buffer.from(l, 'ascii')])];
  return seal([0x12, 1, ...packBits(fields), ...table]);
}

/// A person with answers from a seed, all on the 1–5 scale.
export function person(seed, sector = (seed % 6) + 1) {
  return { sector, answers: Array.from({ length: 30 }, (_, i) => ((i * 7 + seed * 3) % 5) + 1) };
}

// ---------------------------------------------------------------------------
// Bank 2 and format 3, written as the codec writes them (src/model/codec.rs).

/// Statements per bank.
const BANK_ITEMS = { 1: 30, 2: 38 };

/// Sector and language bits: format 2 on gives the sector 4 bits and the language 3.
const fieldBits = (format) => (format >= 2 ? [4, 3] : [3, 2]);

/// Format 1 unless a response holds "not relevant" (7), Norwegian (4) or a sector
/// code above 6 (the codec's `link_format`).
const linkFormat = (people) =>
  (people.some((p) => p.answers.includes(7) || (p.lang ?? 3) > 3 || (p.sector ?? 0) > 6) ? 2 : 1);

function respondent(p, format) {
  const bank = p.bank ?? 2;
  assert.equal(p.answers.length, BANK_ITEMS[bank], `bank ${bank} has ${BANK_ITEMS[bank]} statements`);
  const [sectorBits, langBits] = fieldBits(format);
  return [
    ...(format >= 3 ? [[bank, 4]] : []),
    [p.date ?? 2517, 16], [p.sector ?? 0, sectorBits], [p.lang ?? 3, langBits],
    ...p.answers.map((a) => [a, 3]),
  ];
}

/// A result payload of bank 2: `answers` are 38 codes (0 unanswered, 1–5, 6 don't
/// know, 7 not relevant); `sector` a code (0 none, 1–6 release 1's, 7–13 the new
/// list); `lang` 0 da, 1 sv, 2 fi, 3 en, 4 nb. Format 1, or 2 when it needs it.
/// (The organisation travels beside it, as `&o=`.)
export function resultPayload2(p) {
  const r = { ...p, bank: 2 };
  const format = linkFormat([r]);
  return seal([(format << 4) | 1, 2, ...packBits(respondent(r, format))]);
}

/// A team payload as the app writes it, for people of either bank (`p.bank`, 2 if
/// not given): format 3 when the banks differ (header bank 0) or someone has an
/// organisation, else format 1 or 2. `p.label` and `p.org` are numbers into
/// `labels` (1-based; 0 or none: not given); names are ASCII here.
export function teamPayloadOf(people, labels = []) {
  const banks = new Set(people.map((p) => p.bank ?? 2));
  const bank = banks.size === 1 ? [...banks][0] : 0;
  const format = bank === 0 || people.some((p) => p.org) ? 3 : linkFormat(people);
  const fields = [[people.length, 8]];
  for (const p of people) {
    fields.push(...respondent(p, format), [p.label ?? 0, 6]);
    if (format >= 3) fields.push([p.org ?? 0, 6]);
  }
  const table = [labels.length, ...labels.flatMap((l) => [l.length, ...Buffer.from(l, 'ascii')])];
  return seal([(format << 4) | 2, bank, ...packBits(fields), ...table]);
}

/// A bank-2 person with answers from a seed, all on the 1–5 scale; the sector is
/// a code of the new list (7–13) unless given.
export function person2(seed, sector = 7 + (seed % 7)) {
  return { bank: 2, sector, answers: Array.from({ length: 38 }, (_, i) => ((i * 7 + seed * 3) % 5) + 1) };
}

/// The codes of a plan (see words.mjs): 1–5, "dk" 6, "nr" 7, null 0.
export function codesOf(plan) {
  return plan.map((v) => (v === null ? 0 : v === 'dk' ? 6 : v === 'nr' ? 7 : v));
}

/// The header of a payload: [format, kind, bank].
export function headerOf(payload) {
  const [h, bank] = b64decode(payload);
  return [h >> 4, h & 15, bank];
}
