import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, APP_URL } from './browser.mjs';
import { WORDS, LANGS, answerPlan, expectedScores } from './words.mjs';
import { answerStep, expectStepAnswers, readScores } from './check.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function newPage(lang) {
  const context = await browser.newContext({ locale: WORDS[lang].locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return page;
}

for (const [n, lang] of LANGS.entries()) {
  test(`the whole check in ${lang}: answers survive a reload, the link opens the same result elsewhere`, async () => {
    const w = WORDS[lang];
    const plan = answerPlan(n + 1);
    const page = await newPage(lang);
    await page.goto(APP_URL);

    // The browser's language chose the interface language, and the page says so.
    await page.getByRole('button', { name: w.start }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await page.getByLabel(w.sector).selectOption({ index: 2 });
    await page.getByLabel(w.label).fill('Partnerskab Nørrebro');
    await page.getByRole('button', { name: w.start }).click();
    await page.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();

    for (let step = 0; step < 6; step++) {
      await answerStep(page, w, plan, step * 5);
      if (step === 2) {
        // A reload mid-way restores the same step with every answer.
        const heading = await page.getByRole('heading', { level: 1 }).innerText();
        await page.reload();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expectStepAnswers(page, w, plan, step * 5);
        await page.getByRole('button', { name: w.back, exact: true }).click();
        await expectStepAnswers(page, w, plan, (step - 1) * 5);
        await page.getByRole('button', { name: w.next, exact: true }).click();
      }
      await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
    }

    await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
    const scores = await readScores(page, w);
    assert.deepEqual(scores, expectedScores(plan));

    // The radar downloads as a standalone SVG file with its title.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.downloadRadar }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'samspil-radar.svg');
    const svg = fs.readFileSync(await download.path(), 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes('<title'), 'the file keeps its title');

    const link = await page.getByLabel(w.resultLink).inputValue();
    assert.ok(link.startsWith(APP_URL) && link.includes('#r='), link);
    assert.ok(!link.includes('?'), 'answers never go in the query string');

    // A fresh browser context (another person) opens the link read-only.
    const other = await newPage(lang);
    await other.goto(link);
    await other.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
    assert.deepEqual(await readScores(other, w), expectedScores(plan));
    assert.ok((await other.getByRole('main').innerText()).includes('Partnerskab Nørrebro'));
    await other.getByRole('button', { name: w.takeCheck }).click();
    await other.getByRole('button', { name: w.start }).waitFor();

    assert.deepEqual([...page.problems, ...other.problems], []);
    await page.context().close();
    await other.context().close();
  });
}

test('switching language keeps every answer', async () => {
  const page = await newPage('en');
  await page.goto(APP_URL);
  await page.getByRole('button', { name: WORDS.en.start }).click();
  const plan = answerPlan(7);
  await answerStep(page, WORDS.en, plan, 0);
  await page.getByLabel(WORDS.en.language).selectOption('fi');
  await page.getByRole('heading', { level: 1, name: WORDS.fi.firstArea }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  await expectStepAnswers(page, WORDS.fi, plan, 0);
  await page.context().close();
});
