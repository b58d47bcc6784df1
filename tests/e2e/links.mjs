// Making damaged links on purpose: base64url and CRC-32 as the codec uses them
// (see src/model/codec.rs), so a test can forge a link with a valid checksum but
// an unknown version or an out-of-range value.
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
