// One language per visit (#16): the first visit downloads the texts of the visitor's
// language only; switching loads the other language's pack from the same origin with
// a light loading state, and keeps every answer; a pack that cannot be loaded leaves
// the page as it was, with a message in its own language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL } from './browser.mjs';
import { WORDS, answerPlan, message } from './words.mjs';
import { answerStep, expectStepAnswers } from './check.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PACK = /\/texts-([a-z]{2})(-check|-team)?-[0-9a-f]{10}\.txt$/;

/// A page in `locale`. Service workers are blocked, so that the test's own routing
/// sees every request (a worker's fetches bypass page routes).
async function newPage(locale) {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.packs = [];
  page.on('request', (r) => {
    const m = r.url().match(PACK);
    if (m) page.packs.push(m[1]);
  });
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return page;
}

test('the first visit downloads one language; a switch loads the next, with a loading state, keeping every answer', async () => {
  const page = await newPage('da-DK');
  await page.goto(APP_URL);
  await page.getByRole('button', { name: WORDS.da.start }).click();
  assert.deepEqual(page.packs, ['da'], 'only the Danish texts on the first visit');
  const plan = answerPlan(3);
  await answerStep(page, WORDS.da, plan, 0);

  // Hold the Finnish pack back to see the loading state.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(PACK, async (route) => { await held; await route.continue(); });
  await page.getByLabel(WORDS.da.language).selectOption('fi');
  const status = page.getByRole('status').filter({ hasText: message('da', 'lang-loading') });
  await status.waitFor();
  assert.equal(await page.getByLabel(WORDS.da.language).getAttribute('aria-busy'), 'true');
  // Meanwhile the page is as it was, in Danish.
  assert.equal(await page.locator('html').getAttribute('lang'), 'da');
  await page.getByRole('heading', { level: 1, name: WORDS.da.firstArea }).waitFor();
  release();

  await page.getByRole('heading', { level: 1, name: WORDS.fi.firstArea }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  assert.deepEqual(page.packs, ['da', 'fi']);
  await expectStepAnswers(page, WORDS.fi, plan, 0);
  assert.equal(await page.getByLabel(WORDS.fi.language).getAttribute('aria-busy'), null);

  // Back to Danish: its texts are already here, nothing is downloaded again.
  await page.getByLabel(WORDS.fi.language).selectOption('da');
  await page.getByRole('heading', { level: 1, name: WORDS.da.firstArea }).waitFor();
  assert.deepEqual(page.packs, ['da', 'fi']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a language that cannot be loaded leaves the page as it was, said in its language', async () => {
  const page = await newPage('sv-SE');
  await page.goto(APP_URL);
  await page.getByRole('button', { name: WORDS.sv.start }).click();
  const plan = answerPlan(5);
  await answerStep(page, WORDS.sv, plan, 0);
  await page.route(PACK, (route) => route.abort('internetdisconnected'));
  await page.getByLabel(WORDS.sv.language).selectOption('en');
  await page.getByRole('status').filter({ hasText: message('sv', 'notice-lang-failed') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  await page.getByRole('heading', { level: 1, name: WORDS.sv.firstArea }).waitFor();
  await expectStepAnswers(page, WORDS.sv, plan, 0);
  // The menu shows the page's language again, and a later switch works.
  assert.equal(await page.getByLabel(WORDS.sv.language).inputValue(), 'sv');
  await page.unroute(PACK);
  await page.getByLabel(WORDS.sv.language).selectOption('en');
  await page.getByRole('heading', { level: 1, name: WORDS.en.firstArea }).waitFor();
  await expectStepAnswers(page, WORDS.en, plan, 0);
  assert.equal(await page.getByText(message('sv', 'notice-lang-failed')).count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('when not even the first language can be loaded, the page says so in every language', async () => {
  const page = await newPage('fi-FI');
  await page.route(PACK, (route) => route.abort('internetdisconnected'));
  await page.goto(APP_URL);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  for (const words of ['Samspil could not load its texts', 'Lataa sivu uudelleen', 'Genindlæs siden']) {
    assert.ok(text.includes(words), text);
  }
  await page.context().close();
});
