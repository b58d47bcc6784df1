import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, APP_URL } from './browser.mjs';
import { WORDS, LANGS, OFFERED_SECTORS, AREA_SIZES, answerPlan, expectedScores, areaSlice } from './words.mjs';
import { answerStep, expectStepAnswers, readScores, readAnswered } from './check.mjs';

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

// The organisation each language's person fills in (optional, beside the name).
const ORGS = {
  da: 'Frivilligcenter Nørrebro', sv: 'Föreningen Gårdsten', fi: 'Järjestö ry & kunta', en: 'Age UK Leeds', nb: 'Frivilligsentralen Bodø',
};

for (const [n, lang] of LANGS.entries()) {
  test(`the whole check in ${lang}: answers survive a reload, the link opens the same result elsewhere`, async () => {
    const w = WORDS[lang];
    const plan = answerPlan(n + 1);
    assert.equal(plan.length, 38);
    const page = await newPage(lang);
    await page.goto(APP_URL);

    // The browser's language chose the interface language, and the page says so.
    await page.getByRole('button', { name: w.start }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    // The sector menu offers the new list, "prefer not to say" first.
    const menu = page.getByLabel(w.sector);
    assert.deepEqual((await menu.getByRole('option').allInnerTexts()).map((t) => t.trim()),
      [w.sectorNone, ...OFFERED_SECTORS.map((code) => w.sectors[code])]);
    // Each language picks another sector of the new list (codes 7 and on).
    const sector = w.sectors[OFFERED_SECTORS[(2 * n + 1) % OFFERED_SECTORS.length]];
    await menu.selectOption({ label: sector });
    await page.getByLabel(w.label).fill('Partnerskab Nørrebro');
    await page.getByLabel(w.org).fill(ORGS[lang]);
    await page.getByRole('button', { name: w.start }).click();
    await page.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();

    // Each step's heading comes with its area's statements: 6, 6, 7, 6, 6, 7.
    const headings = [];
    for (let step = 0; step < 6; step++) {
      await answerStep(page, w, plan, step);
      headings.push(await page.getByRole('heading', { level: 1 }).innerText());
      if (step === 2) {
        // A reload mid-way restores the same step with every answer.
        await page.reload();
        await page.getByRole('heading', { level: 1, name: headings[step] }).waitFor();
        await expectStepAnswers(page, w, plan, step);
        await page.getByRole('button', { name: w.back, exact: true }).click();
        await expectStepAnswers(page, w, plan, step - 1);
        await page.getByRole('button', { name: w.next, exact: true }).click();
        await expectStepAnswers(page, w, plan, step);
      }
      await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
    }

    await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
    const scores = await readScores(page, w);
    assert.deepEqual(scores, expectedScores(plan));
    // The steps were the six areas in the table's order, each with its statements.
    const table = page.getByRole('table', { name: w.table });
    assert.deepEqual((await table.getByRole('rowheader').allInnerTexts()).map((t) => t.trim()), headings.map((h) => h.trim()));
    assert.deepEqual(await readAnswered(page, w),
      AREA_SIZES.map((size, a) => `${areaSlice(plan, a).filter((v) => typeof v === 'number').length}/${size}`));

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
    assert.ok(link.includes(`&o=${encodeURIComponent(ORGS[lang])}`), `the organisation travels in the link: ${link}`);

    // A fresh browser context (another person) opens the link read-only.
    const other = await newPage(lang);
    await other.goto(link);
    await other.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
    assert.deepEqual(await readScores(other, w), expectedScores(plan));
    assert.ok((await other.getByRole('main').innerText()).includes('Partnerskab Nørrebro'));
    // Who answered: the sector and the organisation, each under its term.
    const terms = (await other.getByRole('main').getByRole('term').allInnerTexts()).map((t) => t.trim());
    const values = (await other.getByRole('main').getByRole('definition').allInnerTexts()).map((t) => t.trim());
    assert.equal(values[terms.indexOf(w.orgColumn)], ORGS[lang], `${terms} / ${values}`);
    assert.ok(values.includes(sector), `${sector} in ${values}`);
    // A result of the second version of the statements has no note about versions.
    assert.equal(await other.getByText(w.bankFirstResult).count(), 0);
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
  await page.getByRole('button', { name: WORDS.en.next, exact: true }).click();
  await answerStep(page, WORDS.en, plan, 1);
  await page.getByRole('button', { name: WORDS.en.back, exact: true }).click();
  await page.getByLabel(WORDS.en.language).selectOption('fi');
  await page.getByRole('heading', { level: 1, name: WORDS.fi.firstArea }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  await expectStepAnswers(page, WORDS.fi, plan, 0);
  await page.getByRole('button', { name: WORDS.fi.next, exact: true }).click();
  await expectStepAnswers(page, WORDS.fi, plan, 1);
  await page.context().close();
});
