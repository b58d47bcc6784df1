// Gives a page's wasm imports from its JS glue short names, in both files:
// `node scripts/short-imports.mjs <page>_bg.wasm <page>.js` (scripts/build, release).
//
// Why: wasm-bindgen names each import after the function and a 16-digit hash
// (`__wbg_appendChild_dbf7ad2f48413560`), and writes each name twice: in the
// wasm's import section and as a key of the glue's import object. Hex digits do
// not compress, so the names cost about 4 KB brotli on the team page and 3 KB on
// the self-check, more than anything else we could cut. Imports are bound by
// their index inside the wasm, and the glue hands them over in one object, so the
// two names only have to agree: `$a`, `$b`, …
//
// Only imports of the glue's own module (`./<page>_bg.js`) whose name is a key of
// the glue's import object, exactly once, are renamed; anything else stops the
// build rather than risk a page whose imports do not match.
import fs from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: node scripts/short-imports.mjs <page>_bg.wasm <page>.js');
  process.exit(2);
}
const wasm = fs.readFileSync(wasmPath);
let js = fs.readFileSync(jsPath, 'utf8');

const uleb = (buf, pos) => {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
};
const encode = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const name = (s) => {
  const bytes = Buffer.from(s);
  return Buffer.concat([encode(bytes.length), bytes]);
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => {
  let s = '$';
  do {
    s += LETTERS[i % LETTERS.length];
    i = Math.floor(i / LETTERS.length);
  } while (i);
  return s;
};
// A limits field (table, memory): flags, minimum, and a maximum when flag bit 0 is set.
const limitsEnd = (buf, pos) => {
  const flags = buf[pos];
  let end = uleb(buf, pos + 1)[1];
  if (flags & 1) end = uleb(buf, end)[1];
  return end;
};

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath} is not a wasm module`);
const renamed = new Map();
const parts = [wasm.subarray(0, 8)];
let pos = 8;
while (pos < wasm.length) {
  const id = wasm[pos];
  const [size, start] = uleb(wasm, pos + 1);
  const end = start + size;
  if (id !== 2) {
    parts.push(wasm.subarray(pos, end));
    pos = end;
    continue;
  }
  // The import section: (module, name, kind, description) for each import.
  let [count, at] = uleb(wasm, start);
  const out = [encode(count)];
  for (let i = 0; i < count; i++) {
    const [moduleLength, moduleStart] = uleb(wasm, at);
    const module = wasm.subarray(moduleStart, moduleStart + moduleLength).toString();
    const [fieldLength, fieldStart] = uleb(wasm, moduleStart + moduleLength);
    const field = wasm.subarray(fieldStart, fieldStart + fieldLength).toString();
    const kind = wasm[fieldStart + fieldLength];
    const desc = fieldStart + fieldLength + 1;
    const descEnd =
      kind === 0 ? uleb(wasm, desc)[1] // a function: its type's index
      : kind === 1 ? limitsEnd(wasm, desc + 1) // a table: element type, limits
      : kind === 2 ? limitsEnd(wasm, desc) // a memory: limits
      : kind === 3 ? desc + 2 // a global: value type, mutability
      : null;
    if (descEnd === null) throw new Error(`import ${module}.${field} has a kind this script does not know (${kind})`);
    let field2 = field;
    if (kind === 0 && module.endsWith('_bg.js')) {
      const key = `${field}:`;
      const times = js.split(key).length - 1;
      if (times !== 1) throw new Error(`${field} is a key of the glue ${times} times, not once`);
      field2 = shortName(renamed.size);
      renamed.set(field, field2);
    }
    out.push(name(module), name(field2), wasm.subarray(fieldStart + fieldLength, descEnd));
    at = descEnd;
  }
  if (at !== end) throw new Error('the import section did not read to its end');
  const body = Buffer.concat(out);
  parts.push(Buffer.from([2]), encode(body.length), body);
  pos = end;
}
for (const [long, short] of renamed) {
  if (js.includes(`${short}:`)) throw new Error(`the glue already has a key ${short}`);
  js = js.replace(`${long}:`, `${short}:`);
}
fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(jsPath, js);
