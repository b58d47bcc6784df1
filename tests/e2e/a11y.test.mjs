import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, APP_URL } from './browser.mjs';
import { WORDS, LANGS, AREA_SIZES, answerPlan, expectedScores } from './words.mjs';
import { answerStep, readScores } from './check.mjs';
import { resultPayload2, codesOf } from './links.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(found, [], found.join('\n'));
}

/// Goes through a check, answering every step from `plan`, and lands on the results.
async function completeCheck(page, w, plan) {
  await page.getByRole('button', { name: w.start }).click();
  for (let step = 0; step < 6; step++) {
    await answerStep(page, w, plan, step);
    await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
}

for (const lang of LANGS) {
  test(`axe finds no WCAG 2.2 AA violations in ${lang}: start, a step, results, a damaged link`, async () => {
    const w = WORDS[lang];
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ locale: w.locale, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(APP_URL);
      await page.getByRole('button', { name: w.start }).waitFor();
      await axe(page, `${lang} ${scheme} start`);
      await page.getByRole('button', { name: w.start }).click();
      await answerStep(page, w, answerPlan(2), 0);
      await axe(page, `${lang} ${scheme} step`);
      // The start page with a check under way: the organisation field and the resume box.
      await page.goto(APP_URL);
      await page.getByLabel(w.org).fill('Frivilligcenter Nordby');
      await axe(page, `${lang} ${scheme} start, a check under way`);
      await page.goto(APP_URL);
      await page.getByRole('button', { name: /./ }).first().waitFor();
      await page.goto(`${APP_URL}#r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ&n=Kommune%20og%20forening`);
      await page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
      await axe(page, `${lang} ${scheme} results`);
      // A result of bank 2 with a sector of the new list and an organisation.
      await page.goto(`${APP_URL}#r=${resultPayload2({ sector: 12, lang: 4, answers: codesOf(answerPlan(5)) })}&n=Samspil%20i%20Nordby&o=Frivilligcenter%20Nordby`);
      await page.getByRole('term').filter({ hasText: w.orgColumn }).waitFor();
      await axe(page, `${lang} ${scheme} results of bank 2`);
      await page.goto(`${APP_URL}#r=EQEJ1U`);
      await page.getByRole('heading', { level: 1, name: w.linkError }).waitFor();
      await axe(page, `${lang} ${scheme} damaged link`);
      await context.close();
    }
  });
}

/// Presses Tab until the focused element's accessible text matches, as a keyboard
/// user scans a page. Fails after 60 presses.
async function tabTo(page, pattern) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.labels?.[0]?.innerText ?? ''} ${el?.innerText ?? ''}`;
    });
    if (pattern.test(text)) return;
  }
  throw new Error(`never reached ${pattern} with Tab`);
}

test('keyboard only: from the start page to the share link, without a mouse', async () => {
  const w = WORDS.en;
  const context = await browser.newContext({ locale: w.locale, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.getByRole('button', { name: w.start }).waitFor();
  await tabTo(page, /Start the check/);
  await page.keyboard.press('Enter');
  const plan = [];
  for (let step = 0; step < 6; step++) {
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    // Focus starts at the step's heading.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    for (let q = 0; q < AREA_SIZES[step]; q++) {
      // Tab into the statement's radio group, Space picks the first option and
      // the arrow keys move along the scale.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const moves = (step + q) % 5;
      for (let m = 0; m < moves; m++) await page.keyboard.press('ArrowRight');
      plan.push(moves + 1);
    }
    await tabTo(page, step === 5 ? /See the result/ : /^\s*Next\s*$/);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
  assert.deepEqual(await readScores(page, w), expectedScores(plan));
  await tabTo(page, /Copy link/);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByLabel(w.resultLink).inputValue());
  await context.close();
});

test('focus: a link opens at the top of the page; moving on puts focus on the new heading', async () => {
  const w = WORDS.en;
  const context = await browser.newContext({ locale: w.locale });
  const page = await context.newPage();
  // A link to the second step, with the first step's answers in it.
  await page.goto(`${APP_URL}#s=1&r=EQEJ1UFOXApy4FOXApy4FEeM2A`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
  const first = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByRole('button', { name: w.next, exact: true }).click();
  await page.waitForFunction((first) => document.querySelector('h1')?.innerText !== first, first);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await context.close();
});

test('no horizontal scrolling at 320 px, and touch targets of at least 44 × 44 px', async () => {
  const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(APP_URL);
  const w = WORDS.fi;
  const check = async (where) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${where}: the page is ${width} px wide`);
    const small = await page.evaluate(() => [...document.querySelectorAll('.samspil button, .samspil select, .samspil .samspil-option, .samspil summary')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.width < 44 || r.height < 44)).length);
    assert.equal(small, 0, `${where}: ${small} touch targets smaller than 44 × 44 px`);
  };
  await page.getByRole('button', { name: w.start }).waitFor();
  await check('start');
  await completeCheck(page, w, answerPlan(4));
  await check('results');
  await context.close();
});

test('screenshots for the README: start, a step and results at 360 and 1280 px, in Danish and Norwegian', async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [lang, width, name, suffix] of [
    ['da', 360, 'Ældrepleje × Frivilligcenter', ''], ['da', 1280, 'Ældrepleje × Frivilligcenter', ''],
    ['nb', 360, 'Frivilligsentralen × Helse og omsorg', '-nb'], ['nb', 1280, 'Frivilligsentralen × Helse og omsorg', '-nb'],
  ]) {
    const w = WORDS[lang];
    const context = await browser.newContext({ locale: w.locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.getByRole('button', { name: w.start }).waitFor();
    await page.getByLabel(w.label).fill(name);
    await page.screenshot({ path: path.join(SHOTS, `start${suffix}-${width}.png`), fullPage: width > 400 });
    await page.getByRole('button', { name: w.start }).click();
    await answerStep(page, w, answerPlan(3), 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, `step${suffix}-${width}.png`) });
    await page.getByRole('button', { name: w.next, exact: true }).click();
    for (let step = 1; step < 6; step++) {
      await answerStep(page, w, answerPlan(3), step);
      await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
    }
    await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `results${suffix}-${width}.png`), fullPage: true });
    await context.close();
  }
});

test('print: the results fit one A4 page, black on white, without buttons', async () => {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${APP_URL}#r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ&n=Kommune%20og%20forening`);
  await page.getByRole('heading', { level: 1, name: WORDS.da.sharedTitle }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons on paper');
  assert.ok(await page.getByRole('table', { name: WORDS.da.table }).isVisible());
  assert.ok(await page.getByRole('img', { name: 'De seks områder' }).isVisible());
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, `the printout has ${pages} pages`);
  await context.close();
});
