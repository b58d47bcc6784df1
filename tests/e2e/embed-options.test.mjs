// embed.js checks the host's options with the same rules as the app: both are held
// to tests/options-cases.txt (the app in src/model/options.rs). embed.js runs here
// in a bare JavaScript context with a stand-in for the host page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EMBED = fs.readFileSync(path.join(ROOT, 'embed/embed.js'), 'utf8');
const CASES = fs.readFileSync(path.join(ROOT, 'tests/options-cases.txt'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const [option, verdict, ...rest] = l.split('\t');
    return { option, verdict, value: rest.join('\t') };
  });

/// Mounts one widget with `data-<option>="<value>"`; returns the frame's address and warnings.
function mount(option, value) {
  const warnings = [];
  const frames = [];
  const host = {
    getAttribute: (name) => (name === `data-${option}` ? value : null),
    appendChild: (frame) => frames.push(frame),
  };
  const document = {
    currentScript: { src: 'https://app.example/samspil/embed.js' },
    readyState: 'complete',
    querySelectorAll: () => [host],
    createElement: () => ({ style: {}, setAttribute() {} }),
    addEventListener() {},
  };
  vm.runInNewContext(EMBED, {
    document, window: { addEventListener() {} }, URL, console: { warn: (m) => warnings.push(m) },
  });
  return { src: frames[0].src, warnings };
}

test('embed.js accepts exactly the font and share values the app accepts', () => {
  assert.ok(CASES.length > 20);
  for (const { option, verdict, value } of CASES) {
    const { src, warnings } = mount(option, value);
    const passed = src.includes(`&${option}=${encodeURIComponent(value)}`);
    assert.equal(passed, verdict === 'ok', `${option} ${JSON.stringify(value)}`);
    assert.equal(warnings.length, verdict === 'ok' ? 0 : 1, `${option} ${JSON.stringify(value)}: a refused value is said`);
  }
});
