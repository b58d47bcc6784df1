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
