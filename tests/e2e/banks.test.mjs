// Two question banks (issue #15): every new check asks bank 2's 38 statements, and
// what release 1 made with bank 1's 30 keeps opening with bank 1's statements: a
// result link (with a note saying so), a team link, and a check begun on a device
// before bank 2. Read through roles and names, in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL } from './browser.mjs';
import {
  WORDS, LANGS, BANK_SIZES, FIRST_ID, OFFERED_SECTORS, areaOffsets, areaSlice, expectedScores, planOf, statementText, answerPlan,
} from './words.mjs';
import { readScores, readAnswered, stepStatements, expectStepAnswers } from './check.mjs';
import { resultPayload2, codesOf } from './links.mjs';

/// Golden vectors of release 1 (tests/codec.rs, GOLDEN_V1): the first result link,
/// its answers in the vectors' notation (volunteer centre or association, Danish,
/// 2026-11-22), and the team link of three.
const GOLDEN = 'EQEJ1UFOXApy4FOXApy4FEeM2A';
const GOLDEN_ANSWERS = '12345?-12345?-12345?-12345?-12';
const GOLDEN_TEAM = 'EgEDCdVCmLoUxdCmLoUxdCgATqohqzENWYhqzENWYhBDmMYAAAAAAAAAAAAAAAABGUZyaXZpbGxpZ2NlbnRlciAmIGtvbW11bmVqftA';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function fresh(lang) {
  const context = await browser.newContext({ locale: WORDS[lang].locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  return { context, page };
}

/// The words of an answer as the results show it.
const answerWords = (w, v) => (v === null ? w.notAnswered : v === 'dk' ? w.dontKnow : w.scale[v - 1]);

/// Opens each area's details under "The answers, area by area" and reads its
/// statements (terms) and answers (definitions), area by area.
async function readDetails(page, w) {
  const section = page.getByRole('region', { name: w.details });
  const names = (await page.getByRole('table', { name: w.table }).getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
  const areas = [];
  for (const [a, name] of names.entries()) {
    await section.getByText(name, { exact: true }).click();
    const open = section.getByRole('group').nth(a);
    await open.getByRole('term').first().waitFor();
    areas.push({
      statements: (await open.getByRole('term').allInnerTexts()).map((t) => t.trim()),
      answers: (await open.getByRole('definition').allInnerTexts()).map((t) => t.trim()),
    });
  }
  return areas;
}

/// What the details should hold for a plan of `bank`, in `lang`.
function expectedDetails(lang, bank, plan) {
  const w = WORDS[lang];
  const sizes = BANK_SIZES[bank];
  return sizes.map((size, a) => ({
    statements: Array.from({ length: size }, (_, k) => statementText(lang, FIRST_ID[bank] + areaOffsets(sizes)[a] + k)),
    answers: areaSlice(plan, a, sizes).map((v) => answerWords(w, v)),
  }));
}

for (const lang of LANGS) {
  test(`a release-1 result link opens with the first version's statements and says so (${lang})`, async () => {
    const w = WORDS[lang];
    const plan = planOf(GOLDEN_ANSWERS);
    const { context, page } = await fresh(lang);
    await page.goto(`${APP_URL}#r=${GOLDEN}`);
    await page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
    // The note, in the person's language.
    await page.getByText(w.bankFirstResult, { exact: true }).waitFor();
    // Who: release 1's sector, by its release-1 name.
    const values = (await page.getByRole('main').getByRole('definition').allInnerTexts()).map((t) => t.trim());
    assert.ok(values.includes(w.sectors[2]), `${w.sectors[2]} in ${values}`);
    // Scores of the golden answers, five statements an area.
    assert.deepEqual(await readScores(page, w), expectedScores(plan, BANK_SIZES[1]));
    assert.deepEqual(await readScores(page, w), [50, 25, 58, 63, 38, 42]);
    assert.deepEqual(await readAnswered(page, w),
      BANK_SIZES[1].map((size, a) => `${areaSlice(plan, a, BANK_SIZES[1]).filter((v) => typeof v === 'number').length}/${size}`));
    // Each area lists bank 1's five statements in their own words, with the answer given.
    assert.deepEqual(await readDetails(page, w), expectedDetails(lang, 1, plan));
    if (lang === 'en') {
      const first = page.getByRole('region', { name: w.details }).getByRole('term').first();
      assert.equal((await first.innerText()).trim(), 'All partners, including the target group, took part in defining the purpose.');
    }
    // None of bank 2's.
    assert.equal(await page.getByText(statementText(lang, FIRST_ID[2]), { exact: true }).count(), 0);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('a bank-2 result link opens with the second version\'s statements, its sector and organisation, and no note', async () => {
  const w = WORDS.en;
  const plan = answerPlan(4);
  // Users and relatives (code 12) needs format 2; the organisation travels as &o=.
  const payload = resultPayload2({ sector: 12, lang: 1, date: 2600, answers: codesOf(plan) });
  const { context, page } = await fresh('en');
  await page.goto(`${APP_URL}#r=${payload}&n=Samspil%20i%20Nordby&o=Frivilligcenter%20Nordby`);
  await page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
  const terms = (await page.getByRole('main').getByRole('term').allInnerTexts()).map((t) => t.trim());
  const values = (await page.getByRole('main').getByRole('definition').allInnerTexts()).map((t) => t.trim());
  assert.equal(values[terms.indexOf(w.orgColumn)], 'Frivilligcenter Nordby');
  assert.ok(values.includes(w.sectors[12]), `${w.sectors[12]} in ${values}`);
  assert.ok(values.includes('Samspil i Nordby'));
  assert.equal(await page.getByText(w.bankFirstResult).count(), 0);
  assert.deepEqual(await readScores(page, w), expectedScores(plan));
  assert.deepEqual(await readDetails(page, w), expectedDetails('en', 2, plan));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a release-1 team link opens with three respondents and no note about versions', async () => {
  const { context, page } = await fresh('da');
  await page.goto(`${APP_URL}#t=${GOLDEN_TEAM}`);
  await page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Besvarelser (3)' }).waitFor();
  assert.equal(await page.getByText(WORDS.da.bankMixed).count(), 0);
  // Bank 1's five statements an area: three people answered 30 each, one of them none.
  const rows = page.getByRole('table', { name: 'Teamets score pr. område' }).getByRole('row');
  for (let a = 1; a <= 6; a++) assert.match((await rows.nth(a).innerText()), /\d+\/15\b/, `area ${a}`);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a check begun on a device before bank 2 goes on with bank 1; starting over asks bank 2', async () => {
  const w = WORDS.en;
  const context = await browser.newContext({ locale: w.locale });
  // What release 1 left on the device: step 2 of a check, the golden answers.
  await context.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('samspil:check:v1', saved);
      sessionStorage.setItem('seeded', '1');
    }
  }, `s=2&r=${GOLDEN}`);
  const page = await context.newPage();
  await page.goto(APP_URL);
  const resume = page.getByRole('region', { name: 'Welcome back' });
  await resume.getByText('You have started the check on this device: 26 of 30 statements answered.').waitFor();
  // Release 1's sector stays chosen, though the new list no longer offers it.
  const menu = page.getByLabel(w.sector);
  assert.deepEqual((await menu.getByRole('option').allInnerTexts()).map((t) => t.trim()),
    [w.sectorNone, ...OFFERED_SECTORS.map((code) => w.sectors[code]), w.sectors[2]]);
  assert.equal(await menu.inputValue(), '2');

  // Continuing: bank 1's statements, five a step, numbered 1–30, with the answers.
  const plan = planOf(GOLDEN_ANSWERS);
  // "Continue" opens the first step with a statement still open: step 2 (a "-" in
  // the golden answers); step 1 is one back.
  await resume.getByRole('button', { name: 'Continue where I left off' }).click();
  await expectStepAnswers(page, w, plan, 1, BANK_SIZES[1]);
  assert.equal(await page.getByRole('main').getByRole('group', { name: `6. ${statementText('en', 6)}` }).count(), 1);
  await page.getByRole('button', { name: w.back, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
  await expectStepAnswers(page, w, plan, 0, BANK_SIZES[1]);
  const first = await stepStatements(page, 0, BANK_SIZES[1]);
  assert.equal(await first[0].getByRole('radio', { name: w.scale[0], exact: true }).isChecked(), true);

  // Starting over: a new check of bank 2, without release 1's sector.
  await page.goto(APP_URL);
  await page.getByRole('region', { name: 'Welcome back' }).getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
  const statements = await stepStatements(page, 0);
  assert.equal(statements.length, 6);
  assert.equal(await page.getByRole('main').getByRole('group', { name: `1. ${statementText('en', 31)}` }).count(), 1);
  await statements[0].getByRole('radio', { name: w.scale[3], exact: true }).check();
  await page.goto(APP_URL);
  await page.getByText('You have started the check on this device: 1 of 38 statements answered.').waitFor();
  assert.equal(await page.getByLabel(w.sector).inputValue(), '0');
  await context.close();
});
