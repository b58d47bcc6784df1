// The self-check's pre-rendered first view (issue 35; docs/architecture.md, "The first
// view before the app"): it shows before the app's wasm has arrived, everything a
// person does there is kept and carried into the app, it is the markup the app
// draws (in all five languages), and the app takes over without moving anything.
// The wasm (and where a test says so, boot.js or a language's view) is held back by
// the test until it lets it go.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOCALES = { da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', fi: 'fi-FI', en: 'en-GB' };

/// A fresh page whose requests matching `held` wait until `release(pattern)`;
/// layout shifts are summed in window.__shift; console errors and CSP violations
/// are collected in page.problems.
async function heldPage(locale, held) {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      // As CLS counts them: not the page's answer to a person's own input.
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      window.__shifts = [...(window.__shifts || []), ...list.getEntries().map((e) => [Math.round(e.startTime), e.value, e.hadRecentInput, e.sources.map((s) => s.node?.className).join()])];
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const gates = new Map(held.map((pattern) => {
    let open;
    const gate = new Promise((resolve) => { open = resolve; });
    return [String(pattern), { pattern, gate, open }];
  }));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    for (const { pattern, gate } of gates.values()) {
      if (pattern.test(url)) await gate;
    }
    await route.continue();
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console error: ${m.text()}`); });
  page.release = (pattern) => gates.get(String(pattern)).open();
  return page;
}

const WASM = /samspil-[0-9a-f]{10}_bg\.wasm$/;
const BOOT = /boot-check-[0-9a-f]{10}\.js$/;
const appReady = (page) => page.locator('#samspil-pre').waitFor({ state: 'detached' });

test('Start, a kind of partner, names and a first answer given before the app is ready are all kept', async () => {
  const page = await heldPage('en-GB', [WASM]);
  await page.goto(APP_URL);
  await page.getByRole('heading', { level: 1, name: 'How healthy is your partnership?' }).waitFor();
  // The app has not started: what shows is the pre-rendered view.
  assert.equal(await page.locator('#samspil-root > *').count(), 0);
  await page.getByLabel('What kind of partner do you represent?').selectOption({ label: 'Association' });
  await page.getByLabel('Name of the partnership').fill('Harbour walk');
  await page.getByLabel('Your organisation').fill('Green Street');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.getByRole('heading', { level: 1, name: 'Shared goals' }).waitFor();
  const first = page.getByRole('group', { name: /\d+\. The partners agree on why/ });
  await first.getByRole('radio', { name: 'Agree', exact: true }).check();
  assert.equal(await page.locator('#samspil-root > *').count(), 0, 'the answer was given before the app was ready');

  page.release(WASM);
  await appReady(page);
  // The app shows the first statements, with the answer given.
  await page.getByRole('heading', { level: 1, name: 'Shared goals' }).waitFor();
  const answered = page.getByRole('group', { name: /\d+\. The partners agree on why/ });
  assert.equal(await answered.getByRole('radio', { name: 'Agree', exact: true }).isChecked(), true);
  await page.waitForFunction(() => /(^#|&)s=1(&|$)/.test(window.location.hash));
  await page.getByText('1 of 38 statements answered', { exact: false }).first().waitFor();
  // Back on the start page: the kind of partner and both names are there.
  await page.getByRole('button', { name: 'To the start page', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'How healthy is your partnership?' }).waitFor();
  assert.equal(await page.getByLabel('Name of the partnership').inputValue(), 'Harbour walk');
  assert.equal(await page.getByLabel('Your organisation').inputValue(), 'Green Street');
  const sector = page.getByLabel('What kind of partner do you represent?');
  assert.equal(await sector.evaluate((s) => s.selectedOptions[0].textContent), 'Association');
  assert.equal(await page.evaluate(() => window.__shift), 0, `nothing moved when the app took over ${JSON.stringify(await page.evaluate(() => window.__shifts))}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the start button works from the first paint, before the start script has arrived', async () => {
  const page = await heldPage('en-GB', [WASM, BOOT]);
  await page.goto(APP_URL, { waitUntil: 'commit' });
  const start = page.getByRole('button', { name: 'Start the check' });
  await start.click();
  page.release(BOOT);
  await page.getByRole('heading', { level: 1, name: 'Shared goals' }).waitFor();
  page.release(WASM);
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Shared goals' }).waitFor();
  await page.waitForFunction(() => /(^#|&)s=1(&|$)/.test(window.location.hash));
  await page.context().close();
});

test('a button that waits for the app says so, and does what was asked when the app is ready', async () => {
  const page = await heldPage('en-GB', [WASM]);
  await page.goto(APP_URL);
  const team = page.getByRole('button', { name: /Open the team view/ });
  await team.click();
  assert.equal(await team.getAttribute('aria-busy'), 'true');
  page.release(WASM);
  await page.waitForURL((url) => url.pathname.endsWith('/team.html'));
  await page.context().close();
});

test('the pre-rendered views are the markup the app draws, in all five languages', async () => {
  for (const [lang, locale] of Object.entries(LOCALES)) {
    const page = await heldPage(locale, [WASM]);
    await page.goto(APP_URL);
    const pre = page.locator(`#samspil-pre > .samspil-app[lang="${lang}"]`);
    await pre.waitFor();
    const start = await page.locator('#samspil-pre').innerHTML();
    page.release(WASM);
    await appReady(page);
    await page.locator(`#samspil-root > .samspil-app[lang="${lang}"]`).waitFor();
    assert.equal(await page.locator('#samspil-root').innerHTML(), start, `${lang}: the start view`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => window.__shift), 0, `${lang}: nothing moved`);
    await page.context().close();

    // The first statements, as "Start" shows them before the app is ready.
    const step = await heldPage(locale, [WASM]);
    await step.goto(APP_URL);
    await step.locator(`#samspil-pre > .samspil-app[lang="${lang}"] .samspil-start-button`).click();
    await step.locator('#samspil-pre .samspil-step').waitFor();
    const steps = await step.locator('#samspil-pre').innerHTML();
    step.release(WASM);
    await appReady(step);
    await step.locator('#samspil-root .samspil-step').waitFor();
    assert.equal(await step.locator('#samspil-root').innerHTML(), steps, `${lang}: the first statements`);
    assert.deepEqual(step.problems, [], lang);
    await step.context().close();
  }
});

test('no flash of the wrong language: another language shows nothing until its own view has come', async () => {
  const FIRST_DA = /first-da-[0-9a-f]{10}\.html$/;
  const page = await heldPage('da-DK', [WASM, FIRST_DA]);
  await page.goto(APP_URL);
  await page.waitForLoadState('domcontentloaded');
  // The page's own (English) view is there, but not shown.
  assert.equal(await page.getByRole('heading', { name: 'How healthy is your partnership?' }).isVisible(), false);
  page.release(FIRST_DA);
  await page.locator('#samspil-pre > .samspil-app[lang="da"] h1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
  assert.equal(await page.locator('#samspil-root > *').count(), 0, 'shown before the app');
  page.release(WASM);
  await appReady(page);
  await page.context().close();
});

test('a check saved on the device is not met by the pre-rendered start', async () => {
  const page = await heldPage('en-GB', [WASM]);
  await page.goto(APP_URL);
  await page.evaluate(() => window.localStorage.setItem('samspil:check:v1', 's=1'));
  await page.reload();
  await page.waitForLoadState('domcontentloaded');
  assert.equal(await page.getByRole('heading', { name: 'How healthy is your partnership?' }).isVisible(), false);
  await page.locator('.samspil-loading').waitFor();
  page.release(WASM);
  await page.locator('#samspil-root > *').first().waitFor();
  await page.context().close();
});
