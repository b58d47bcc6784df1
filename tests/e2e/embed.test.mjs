import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, APP_URL } from './browser.mjs';
import { WORDS, answerPlan, expectedScores } from './words.mjs';
import { answerStep, readScores } from './check.mjs';
import { startServer } from './servers.mjs';

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const APP_ORIGIN = new URL(APP_URL).origin;
let browser;
let host;
before(async () => {
  browser = await launch();
  host = await startServer(['--dir', 'examples', '--demo-host', APP_URL]);
});
after(async () => {
  host?.stop();
  await browser?.close();
});

/// A context that records requests and CSP violations in every frame.
async function watchedContext(options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', ...options });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.requests = [];
  context.on('request', (r) => context.requests.push(r.url()));
  return context;
}

async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
  }
  return all;
}

const HOST_ELEMENTS = ['body', 'h1', '.site-header', '.intro', '.after', '.site-footer', '.logo'];

/// The host page as the host wrote it: its DOM without what is inside the widget's
/// element, and the computed styles of its own elements.
async function hostSnapshot(page) {
  return page.evaluate((selectors) => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll('[data-samspil]').forEach((el) => { el.innerHTML = ''; });
    const styles = selectors.map((s) => {
      const cs = getComputedStyle(document.querySelector(s));
      return [s, cs.color, cs.backgroundColor, cs.fontFamily, cs.fontSize, cs.margin, cs.padding].join('|');
    });
    return { dom: body.outerHTML, styles };
  }, HOST_ELEMENTS);
}

async function frameFits(page) {
  const frame = page.frameLocator('iframe');
  const outer = (await page.locator('iframe').boundingBox()).height;
  const inner = await frame.locator('html').evaluate(() => ({
    app: Math.ceil(document.querySelector('.samspil-app').getBoundingClientRect().bottom),
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
  }));
  return { outer, ...inner };
}

async function waitForFit(page) {
  for (let i = 0; i < 50; i++) {
    const f = await frameFits(page);
    if (Math.abs(f.outer - f.app) <= 1 && f.scroll <= f.view + 1) return f;
    await page.waitForTimeout(50);
  }
  const f = await frameFits(page);
  assert.fail(`the widget does not fit its frame: ${JSON.stringify(f)}`);
}


// Reloads the widget's frame and waits until the new document is there: a locator
// awaited right after `reload()` can still find the old document's element.
async function reloadFrame(page, frame) {
  const navigated = page.waitForEvent('framenavigated', (f) => f.parentFrame() === page.mainFrame());
  await frame.locator('html').evaluate(() => window.location.reload());
  await navigated;
}

test('the widget on a volunteer centre page from another origin: a whole check, no harm done to the host', async () => {
  const w = WORDS.da;
  const url = `${host.origin}/host.html`;

  // The host page without the widget, as its baseline.
  const plain = await watchedContext();
  const plainPage = await plain.newPage();
  await plainPage.route('**/embed.js', (r) => r.abort());
  await plainPage.goto(url);
  const baseline = await hostSnapshot(plainPage);
  await plain.close();

  const context = await watchedContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: w.start }).waitFor();
  const heights = [(await waitForFit(page)).outer];

  // The host's accent and font reach the widget.
  const accent = await frame.locator('.samspil-app').evaluate((el) => getComputedStyle(el).getPropertyValue('--samspil-accent').trim());
  assert.equal(accent, '#8a2d5c');

  const plan = answerPlan(5);
  await frame.getByRole('button', { name: w.start }).click();
  for (let step = 0; step < 6; step++) {
    await answerStep(frame, w, plan, step);
    heights.push((await waitForFit(page)).outer);
    await frame.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await frame.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
  heights.push((await waitForFit(page)).outer);
  assert.ok(new Set(heights).size > 1, `the frame resized as the steps changed: ${heights}`);
  assert.deepEqual(await readScores(frame, w), expectedScores(plan));

  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'host-page-1280.png') });

  // The share link made inside the widget opens Samspil's own page.
  const link = await frame.getByLabel(w.resultLink).inputValue();
  assert.ok(link.startsWith(APP_URL + '#r='), link);
  // (In another browser, as the facilitator opens it: on this device, the same
  // answers are the person's own result.)
  const elsewhere = await watchedContext();
  const standalone = await elsewhere.newPage();
  await standalone.goto(link);
  await standalone.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
  assert.deepEqual(await readScores(standalone, w), expectedScores(plan));

  // The host page is as the host wrote it.
  assert.deepEqual(await hostSnapshot(page), baseline);

  // No CSP violations on either page, no request to any third origin, no cookies.
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(await cspViolations(standalone), []);
  const origins = new Set(context.requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [APP_ORIGIN, host.origin].sort());
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(problems, []);
  await context.close();
  await elsewhere.close();
});

test('a full check on Samspil\'s own page: every request goes to its own origin, and no cookies', async () => {
  const context = await watchedContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(APP_URL);
  const w = WORDS.en;
  await page.getByRole('button', { name: w.start }).click();
  for (let step = 0; step < 6; step++) {
    await answerStep(page, w, answerPlan(6), step);
    await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
  assert.ok(context.requests.length >= 4);
  assert.deepEqual(context.requests.filter((u) => new URL(u).origin !== APP_ORIGIN), []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('the same embed under a sub-path, on a page with a <base> element', async () => {
  const app = await startServer(['--dir', 'dist', '--base', '/tools/samspil/']);
  const appUrl = `${app.origin}/tools/samspil/`;
  const other = await startServer(['--dir', 'examples', '--demo-host', appUrl]);
  try {
    const context = await watchedContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${other.origin}/host-base.html`);
    const frame = page.frameLocator('iframe');
    const w = WORDS.sv;
    await frame.getByRole('button', { name: w.start }).click();
    await answerStep(frame, w, answerPlan(1), 0);
    await frame.getByRole('button', { name: w.next, exact: true }).click();
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await waitForFit(page);
    // Compact: the widget leaves out its own name, since the host page has one.
    assert.equal(await frame.getByText('Samspil', { exact: true }).isVisible(), false);
    assert.ok((await page.locator('iframe').getAttribute('src')).startsWith(appUrl));
    assert.deepEqual(await cspViolations(page), []);
    const origins = new Set(context.requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins].sort(), [app.origin, other.origin].sort());
    await context.close();
  } finally {
    app.stop();
    other.stop();
  }
});

test('bad embed options are ignored, explained in the person\'s language, and never reach the styles', async () => {
  const context = await watchedContext({ locale: 'fi-FI' });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${APP_URL}#embed=1&accent=red%3B%7Dbody%7Bdisplay%3Anone&font=x%7D%3Bbody%7B&lang=xx&start=team`);
  await page.getByText('ohitettiin: lang, accent, font').waitFor();
  const accent = await page.locator('.samspil-app').evaluate((el) => el.style.getPropertyValue('--samspil-host-accent'));
  assert.equal(accent, '');
  assert.ok(warnings.some((w) => w.includes('"accent"')), warnings.join('\n'));
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('data-share: links made inside the widget point at the host page chosen for them', async () => {
  const context = await watchedContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const share = 'https://www.frivilligcenter.example/samspil/';
  // Inside a host's frame, as embed.js makes it: only there does Samspil take `share`.
  await page.goto(`${host.origin}/host.html`);
  await page.setContent(`<iframe title="Samspil" style="width:100%;height:1400px" src="${APP_URL}#s=results&r=EQEJ1UFOXApy4FOXApy4FEeM2A&embed=1&share=${encodeURIComponent(share)}"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: WORDS.en.resultTitle }).waitFor();
  const link = await frame.getByLabel(WORDS.en.resultLink).inputValue();
  assert.ok(link.startsWith(`${share}#r=`), link);
  // The options stay in the address, so a reload inside the host page looks the same.
  await reloadFrame(page, frame);
  await frame.getByRole('heading', { level: 1, name: WORDS.en.resultTitle }).waitFor();
  assert.ok((await frame.getByLabel(WORDS.en.resultLink).inputValue()).startsWith(`${share}#r=`));
  await context.close();
});

test('D13: an untouched widget keeps its options in its own address, so a reload stays embedded', async () => {
  const context = await watchedContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${host.origin}/host.html`);
  await page.setContent(`<iframe title="Samspil" style="width:100%;height:900px" src="${APP_URL}#embed=1&lang=en&accent=%23c0392b"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: WORDS.en.start }).waitFor();
  const address = await frame.locator('html').evaluate(() => window.location.hash);
  assert.equal(address, '#embed=1&lang=en&accent=%23c0392b');
  await reloadFrame(page, frame);
  await frame.getByRole('button', { name: WORDS.en.start }).waitFor();
  assert.ok(await frame.locator('.samspil-app[data-embedded][data-host-accent]').count() === 1);
  await context.close();
});
