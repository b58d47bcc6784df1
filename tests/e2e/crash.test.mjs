// The crash panel when the wasm traps. The release build aborts on a Rust panic
// without running the panic hook (`-Cpanic=immediate-abort`, see "Rust for wasm32" in
// the README): the panic becomes a WebAssembly trap, a `WebAssembly.RuntimeError`
// thrown out of whatever JS called into the wasm, and scripts/boot.js shows the panel.
//
// How the test makes the app trap, with no crash switch in the app: it calls one of
// the wasm's own exports with a bad argument. `__wbindgen_malloc` (wasm-bindgen's
// allocator, which the JS glue calls to pass strings into Rust) with an alignment
// that is not a power of two cannot make a `Layout`; in a release build it then calls
// `std::process::abort()`, which in wasm is the `unreachable` instruction: the same
// trap, `RuntimeError: unreachable`, that an immediate-abort panic executes. This is
// a real trap of the real module, rather than a `new WebAssembly.RuntimeError(...)`
// thrown by the test, so the test also holds the glue and the module to what boot.js
// expects (an instance of WebAssembly.RuntimeError reaching window). It does not run
// the panic hook in any build (an abort is not a panic), so the panel it checks is
// always boot.js's. The call is made from a timer and from a promise, as a trap in an
// event handler, a timer or a future reaches the page: uncaught, not inside
// page.evaluate (which would catch it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, APP_URL } from './browser.mjs';
import { WORDS } from './words.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/// The panel's three texts from the translators' files: boot.js must say the same.
function panicTexts(lang) {
  const ftl = fs.readFileSync(path.join(ROOT, 'locales', `${lang}.ftl`), 'utf8');
  const get = (key) => ftl.match(new RegExp(`^${key} = (.*)$`, 'm'))[1].trim();
  return { title: get('panic-title'), body: get('panic-body'), reload: get('panic-reload') };
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openApp(lang) {
  const context = await browser.newContext({ locale: WORDS[lang].locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: WORDS[lang].start }).waitFor();
  return page;
}

/// Makes the running wasm trap, from a timer (`via: 'timer'`) or a promise (`'promise'`).
function trap(page, via) {
  return page.evaluate(async (via) => {
    // The glue module the page already runs (the same instance: modules load once);
    // its init returns the running instance's exports when called again.
    const glue = await import(document.querySelector('link[rel=modulepreload]').href);
    const wasm = await glue.default();
    const bad = () => wasm.__wbindgen_malloc(8, 3); // alignment 3: no such Layout
    if (via === 'timer') setTimeout(bad, 0);
    else Promise.resolve().then(bad); // no catch: an unhandled rejection
  }, via);
}

async function checkPanel(page, lang) {
  const texts = panicTexts(lang);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await page.locator('.samspil-panic').count(), 1, 'one panel');
  assert.equal(await alert.getAttribute('class'), 'samspil-panic');
  assert.equal(await alert.getByRole('heading', { level: 1 }).innerText(), texts.title);
  assert.equal(await alert.locator('p').innerText(), texts.body);
  const reload = alert.getByRole('button', { name: texts.reload, exact: true });
  assert.equal(await reload.getAttribute('type'), 'button');
  // The panel takes the app's place: the app's UI is hidden, the panel is inside
  // Samspil's own element (its styles are scoped under .samspil).
  assert.ok(await page.locator('#samspil-root').isHidden(), 'the app is hidden');
  assert.equal(await page.getByRole('button', { name: WORDS[lang].start }).count(), 0);
  assert.equal(await page.locator('#samspil > .samspil-panic').count(), 1);
  assert.ok(page.problems.some((m) => /unreachable/.test(m)), `a trap: ${page.problems}`);
  return reload;
}

for (const lang of Object.keys(WORDS)) {
  test(`a trap in a timer shows the readable crash panel, in ${lang}`, async () => {
    const page = await openApp(lang);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await trap(page, 'timer');
    await checkPanel(page, lang);
    await page.context().close();
  });
}

test('a trap in a promise shows the panel once, and its button reloads the app', async () => {
  const page = await openApp('en');
  await trap(page, 'promise');
  const reload = await checkPanel(page, 'en');
  // A second trap (the instance is broken now) changes nothing.
  await trap(page, 'timer');
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.samspil-panic').count(), 1);
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await page.getByRole('button', { name: WORDS.en.start }).waitFor();
  assert.equal(await page.locator('.samspil-panic').count(), 0, 'the app again, without the panel');
  await page.context().close();
});
