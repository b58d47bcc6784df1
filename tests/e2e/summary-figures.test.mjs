// The summary for the minutes matches the room (issue 30, "Minutes that match the
// room"): its link, opened in a fresh browser, shows every figure the team view
// shows, the same numbers (the field test found 57 in the summary against 56 on the
// projector). Compared with the team view's anonymous picture, which the summary is
// made from and the meeting display shows by default; the team figure and the area
// figures also with the full view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, TEAM_URL, reachTheEnd, readOn } from './browser.mjs';
import { WORDS, message } from './words.mjs';
import { teamPayloadOf, person2 } from './links.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Respondents of three partners (`orgs`: each person's partner), with "don't
/// know", "not relevant" and unanswered statements among the answers.
function team(orgs) {
  const people = [];
  orgs.forEach((org, i) => {
    const p = person2(i * 5 + 2, 7 + (org % 7));
    p.org = org;
    p.answers[i] = 6;
    p.answers[37 - i] = 7;
    if (i % 3 === 0) p.answers[10 + i] = 0;
    people.push(p);
  });
  return teamPayloadOf(people, ['Red Cross', 'Aaby Kommune', 'Senior Club']);
}

/// Every figure of a team picture on the page, as text: the overall sentences, the
/// rule of the team figure, the table (row by row), the radar's own description,
/// where the team differs, and the team's actions.
async function figures(page) {
  const text = (sel) => page.locator(sel).first().innerText();
  const rows = await page.locator('.samspil-team-picture table tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim()).join(' | ')));
  const radar = await page.locator('#samspil-team-radar').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('aria-label'), el.querySelector('title')?.textContent, el.querySelector('desc')?.textContent].join(' / ')));
  return {
    overall: await text('.samspil-team-picture .samspil-overall'),
    rule: await text('.samspil-team-picture .samspil-figure-rule'),
    table: rows,
    radar,
    differ: await text('.samspil-team-differ'),
  };
}

/// The numbers in a text, in order.
const numbers = (s) => (s.match(/\d+(?:[.,]\d+)?/g) || []);

// Nine people, three per partner: the full view and the anonymous one use the same
// rule for the team figure (each partner counted once). Eight people, one partner of
// two: the smallest team a summary allows when a partner has fewer than three; the
// anonymous picture (and so the summary) then counts everyone, while the full view
// still weights the partners (docs/team-rules.md), so only the anonymous view is
// compared.
const NINE = [1, 1, 1, 2, 2, 2, 3, 3, 3];
const EIGHT = [1, 1, 1, 2, 2, 2, 3, 3];
for (const [lang, orgs] of [['en', NINE], ['da', NINE], ['en', EIGHT]]) {
  test(`the summary link in a fresh browser shows every figure of the team view (${lang}, ${orgs.length} people)`, async () => {
    const w = WORDS[lang];
    const context = await browser.newContext({ locale: w.locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${TEAM_URL}#t=${team(orgs)}`);
    await page.getByRole('heading', { level: 2, name: message(lang, 'team-radar-title') }).waitFor();
    await readOn(page);
    const full = await figures(page);
    await page.getByLabel(message(lang, 'anon-toggle')).check();
    await page.locator('.samspil-team-picture table tr').first().waitFor();
    const anonymous = await figures(page);
    await reachTheEnd(page);
    const field = page.getByLabel(message(lang, 'summary-link'), { exact: true });
    await field.waitFor();
    const link = await field.inputValue();
    assert.match(link, /#m=/);
    await context.close();

    const other = await browser.newContext({ locale: w.locale, viewport: { width: 1280, height: 900 } });
    const fresh = await other.newPage();
    await fresh.goto(link);
    await fresh.getByRole('heading', { level: 1, name: message(lang, 'summary-view-title') }).waitFor();
    const summary = await figures(fresh);
    await other.close();

    // Every figure, word for word, as the anonymous team view shows it.
    assert.deepEqual(summary, anonymous);
    assert.ok(summary.table.length >= 7, 'a header and six areas');
    assert.ok(numbers(summary.overall).length >= 1, `the overall figure: ${summary.overall}`);
    assert.ok(summary.differ.length > 20, 'where you differ');
    if (orgs === EIGHT) {
      assert.notEqual(full.rule, summary.rule, 'the full view weights the partners, the anonymous one cannot');
      return;
    }
    // The full view: the same team figure and the same figure per area (its table
    // has more columns; the team figure is the first number of each row).
    assert.deepEqual(numbers(full.overall), numbers(summary.overall));
    assert.equal(full.rule, summary.rule);
    const first = (rows) => rows.slice(1).map((r) => [r.split(' | ')[0], r.split(' | ')[1]]);
    assert.deepEqual(first(full.table), first(summary.table));
  });
}
