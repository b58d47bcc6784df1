// Rounds over time (issue 31), walked through as a facilitator would, quarter by
// quarter: three teams, each new team given the previous round's team link under
// "Rounds over time"; last time's plan opens the follow-up and an unfinished action
// is carried into the new plan with its owner. The third link, opened in a fresh
// browser, shows each area's trend with three points and the carried action; in the
// third round a partner left, and no "clear" change is claimed for its absence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, TEAM_URL, reachTheEnd, readOn } from './browser.mjs';
import { teamPayloadOf } from './links.mjs';

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// A quarter's team on bank 2: five municipal staff (sector 7) and, unless the
/// association has left, three association members (sector 10). Answers lean up
/// by `lift` scale steps each quarter, with some spread between people.
function quarter(q, { association = true, lift = 0 } = {}) {
  const people = [];
  const n = association ? 8 : 5;
  for (let i = 0; i < n; i++) {
    const low = i >= 5 ? 1 : 0;
    const answers = Array.from({ length: 38 }, (_, k) => Math.max(1, Math.min(5, 3 + lift - low + ((k + i) % 3 === 0 ? 1 : 0))));
    // Days since 2020-01-01: a quarter apart (2026-01-10, 2026-04-11, 2026-07-11).
    people.push({ bank: 2, sector: i < 5 ? 7 : 10, answers, date: 2201 + 91 * q + i % 2 });
  }
  return teamPayloadOf(people);
}

async function fresh(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return { context, page };
}

const teamLink = (page) => page.getByRole('textbox', { name: 'Team link', exact: true }).inputValue();

async function addPrevious(page, link) {
  const rounds = page.getByRole('region', { name: 'Rounds over time' });
  await rounds.scrollIntoViewIfNeeded();
  await rounds.getByLabel("The previous round's team link").fill(link);
  await rounds.getByRole('button', { name: 'Add the previous round' }).click();
  await rounds.getByText('is added to the history').waitFor();
  return rounds;
}

test('three rounds, quarter by quarter: the trend, the carried action and a partner who left', async () => {
  // Quarter 1: the team, and a plan of two actions with owners.
  const q1 = await fresh();
  await q1.page.goto(`${TEAM_URL}#t=${quarter(0)}`);
  await reachTheEnd(q1.page);
  const plan = q1.page.getByRole('region', { name: 'Our action plan' });
  const take = q1.page.getByRole('region', { name: 'What the team can do next' }).getByRole('button', { name: 'Put in the plan' });
  await take.first().click();
  await plan.getByText('Actions in the plan: 1 of 8').waitFor();
  await take.first().click();
  await plan.getByText('Actions in the plan: 2 of 8').waitFor();
  for (const [i, owner] of ['Mette, volunteer centre', 'Jonas, municipality'].entries()) {
    await plan.getByLabel('Owner').nth(i).fill(owner);
    await plan.getByLabel('Owner').nth(i).press('Tab');
  }
  const link1 = await teamLink(q1.page);
  assert.ok(/&p=/.test(link1) && !/&h=/.test(link1), link1);
  assert.deepEqual(q1.page.problems, []);
  await q1.context.close();

  // Quarter 2: a new team; the first round's link is added as the previous round.
  // Its plan opens the follow-up: the first action is marked not done and carried.
  const q2 = await fresh();
  await q2.page.goto(`${TEAM_URL}#t=${quarter(1, { lift: 1 })}`);
  await reachTheEnd(q2.page);
  await addPrevious(q2.page, link1);
  const earlier = q2.page.getByRole('region', { name: 'The plan from last time' });
  await earlier.getByRole('group').first().getByRole('radio', { name: 'Not done', exact: true }).check();
  await earlier.getByRole('group').nth(1).getByRole('radio', { name: 'Done', exact: true }).check();
  // Last time's plan comes before the team's figures.
  const order = await q2.page.evaluate(() => {
    const a = document.getElementById('samspil-earlier-plan-title');
    const b = document.getElementById('samspil-picture-title');
    return a && b ? a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  assert.ok(order, "last time's plan is above the team picture");
  assert.equal(await earlier.getByRole('group').nth(1).getByRole('button', { name: 'Carry into the new plan' }).count(), 0, 'a done action stays behind');
  await earlier.getByRole('group').first().getByRole('button', { name: 'Carry into the new plan' }).click();
  await earlier.getByText('In the new plan, with its owner.').waitFor();
  const plan2 = q2.page.getByRole('region', { name: 'Our action plan' });
  await plan2.getByText('Actions in the plan: 1 of 8').waitFor();
  assert.equal(await plan2.getByLabel('Owner').first().inputValue(), 'Mette, volunteer centre');
  const link2 = await teamLink(q2.page);
  assert.ok(/&h=/.test(link2), link2);
  assert.deepEqual(q2.page.problems, []);
  await q2.context.close();

  // Quarter 3: the association has left.
  const q3 = await fresh();
  await q3.page.goto(`${TEAM_URL}#t=${quarter(2, { association: false, lift: 1 })}`);
  await reachTheEnd(q3.page);
  await addPrevious(q3.page, link2);
  const link3 = await teamLink(q3.page);
  assert.deepEqual(q3.page.problems, []);
  await q3.context.close();

  // A fresh browser opens the third link.
  const { context, page } = await fresh();
  await page.goto(link3);
  await reachTheEnd(page);
  const rounds = page.getByRole('region', { name: 'Rounds over time' });
  await rounds.scrollIntoViewIfNeeded();
  const table = rounds.getByRole('table', { name: /Team figure per area in each round/ });
  await table.waitFor();
  // Two earlier rounds and this one, each with its people.
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), 3);
  const people = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td').textContent));
  assert.deepEqual(people, ['8', '8', '5']);
  assert.match(await rows.nth(0).locator('th').textContent(), /^2026-01-1\d/);
  assert.match(await rows.nth(2).locator('th').textContent(), /^This round/);
  // Each area's chart has three points.
  const points = await page.locator('.samspil-trend-area').evaluateAll((gs) => gs.map((g) => [g.dataset.area, g.dataset.points, g.querySelectorAll('circle').length]));
  assert.equal(points.length, 6);
  for (const [area, n, circles] of points) {
    assert.equal(n, '3', area);
    assert.equal(circles, 3, area);
  }
  // The association left: it is named, and no change is called clear.
  await rounds.getByText(/The partners differ between the two rounds \(joined: –; left: Association\)/).waitFor();
  const change = rounds.getByRole('table').nth(1);
  const cells = await change.locator('tbody td:last-child').allTextContents();
  assert.equal(cells.length, 6);
  for (const c of cells) assert.ok(!/\(clear change\)/.test(c), `no clear change is claimed: ${c}`);
  // The action carried in quarter 2 is last time's plan now, with its owner.
  const carried = page.getByRole('region', { name: 'The plan from last time' });
  await carried.getByText('Owner: Mette, volunteer centre', { exact: false }).waitFor();
  await rounds.screenshot({ path: path.join(SHOTS, 'rounds-1280.png') });
  await page.setViewportSize({ width: 360, height: 800 });
  await rounds.screenshot({ path: path.join(SHOTS, 'rounds-360.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  // In print, the trend and its table are there.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await rounds.isVisible());
  assert.ok(await table.isVisible());
  await page.emulateMedia({ media: 'screen' });
  const axe = await new AxeBuilder({ page }).include('.samspil-rounds').withTags(TAGS).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a damaged history is explained and the team still opens', async () => {
  const { context, page } = await fresh();
  await page.goto(`${TEAM_URL}#t=${quarter(0)}&h=FgRHDhmxkcmUgU2FnZW4`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // With earlier rounds in the link, rounds over time and what the picture finds
  // come at once; then the facilitator scrolls down to the plan.
  const rounds = page.getByRole('region', { name: 'Rounds over time' });
  await rounds.getByRole('alert').filter({ hasText: 'The earlier rounds in this link could not be read' }).waitFor();
  await readOn(page);
  await reachTheEnd(page);
  await page.getByRole('region', { name: 'Our action plan' }).waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the facilitator's device keeps the latest team, lists it on the empty team page, and removes it", async () => {
  const { context, page } = await fresh();
  await page.goto(`${TEAM_URL}#t=${quarter(0)}`);
  await reachTheEnd(page);
  await page.getByText('This team is kept on this device').waitFor();
  await page.goto(TEAM_URL);
  const recent = page.getByRole('region', { name: 'Teams on this device' });
  await recent.getByRole('button', { name: 'Open Team without a name' }).click();
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  assert.ok(page.url().includes(`#t=${quarter(0)}`), page.url());
  await page.goto(TEAM_URL);
  await recent.getByRole('button', { name: 'Remove Team without a name' }).click();
  await recent.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('samspil:teams:v1')), null);
  assert.deepEqual(page.problems, []);
  await context.close();
});
