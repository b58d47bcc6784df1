// The team's action plan, walked through as a facilitator would: take two suggested
// actions and write one, give them owners and dates, copy the team link, open it
// in a fresh browser, download the calendar file and read it back; mark the plan
// at the next check; and axe on the plan in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, TEAM_URL, reachTheEnd } from './browser.mjs';
import { WORDS, LANGS, FIRST_ID } from './words.mjs';
import { teamPayloadOf } from './links.mjs';

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Eight people on bank 2: six from the municipality and two from associations, who
/// answer 2 on statements 40, 42, 45 and 46 (free to disagree, independence, who
/// decides, deciding together): the team's suggested actions start with those.
function team() {
  const people = [];
  for (let i = 0; i < 8; i++) {
    const answers = Array(38).fill(4);
    if (i >= 6) for (const id of [40, 42, 45, 46]) answers[id - FIRST_ID[2]] = 2;
    people.push({ bank: 2, sector: i < 6 ? 7 : 10, answers, date: 2517 + i });
  }
  return teamPayloadOf(people);
}

async function fresh(lang = 'en', viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ locale: WORDS[lang].locale, viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return { context, page };
}

/// Parses an iCalendar file into its components and their properties.
function parseIcs(text) {
  assert.ok(text.includes('\r\n'), 'CRLF line ends');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const items = [];
  let current = null;
  let alarm = false;
  for (const line of lines) {
    // A reminder (VALARM) inside an event has its own DESCRIPTION: not the event's.
    if (line === 'BEGIN:VALARM') alarm = true;
    if (alarm) { if (line === 'END:VALARM') alarm = false; continue; }
    if (line === 'BEGIN:VEVENT' || line === 'BEGIN:VTODO') current = { kind: line.slice(6) };
    else if (line === 'END:VEVENT' || line === 'END:VTODO') { items.push(current); current = null; }
    else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n');
    }
  }
  return items;
}

test('the action plan: two suggestions and one own action, owners and dates, in the link and the calendar', async () => {
  const { context, page } = await fresh();
  await page.goto(`${TEAM_URL}#t=${team()}`);
  await reachTheEnd(page);
  const plan = page.getByRole('region', { name: 'Our action plan' });
  await plan.getByText('Actions in the plan: 0 of 8').waitFor();
  const suggested = page.getByRole('region', { name: 'What the team can do next' });
  const take = suggested.getByRole('button', { name: 'Put in the plan' });
  await take.first().click();
  await plan.getByText('Actions in the plan: 1 of 8').waitFor();
  await take.first().click();
  await plan.getByText('Actions in the plan: 2 of 8').waitFor();
  assert.equal(await suggested.getByRole('button', { name: 'In the plan', exact: true }).count(), 2);
  // The team's own words, with a visible count.
  const own = 'Invite the volunteers to the steering group once a quarter';
  await plan.getByLabel('Your own action').fill(own);
  await plan.getByText(`${own.length} of 140 characters`).waitFor();
  await plan.getByRole('button', { name: 'Add to the plan' }).click();
  await plan.getByText('Actions in the plan: 3 of 8').waitFor();

  const owners = ['Volunteer centre, Mette', 'Municipality, Jonas', 'Steering group'];
  const dates = ['2027-01-15', '2027-02-01', '2027-03-31'];
  for (let i = 0; i < 3; i++) {
    await plan.getByLabel('Owner').nth(i).fill(owners[i]);
    await plan.getByLabel('Owner').nth(i).press('Tab');
    await plan.getByLabel('Due date').nth(i).fill(dates[i]);
    await plan.getByLabel('Due date').nth(i).press('Tab');
  }
  // Reorder with the keyboard: action 3 up, then back down.
  await plan.getByRole('button', { name: 'Move action 3 up' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await plan.getByLabel('Owner').nth(1).inputValue(), owners[2]);
  await plan.getByRole('button', { name: 'Move action 3 down' }).isDisabled();
  await plan.getByRole('button', { name: 'Move action 2 down' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await plan.getByLabel('Owner').nth(2).inputValue(), owners[2]);
  await plan.screenshot({ path: path.join(SHOTS, 'plan-1280.png') });

  const link = await page.getByRole('textbox', { name: 'Team link', exact: true }).inputValue();
  assert.ok(/&p=/.test(link), link);
  await page.reload();
  await plan.getByText('Actions in the plan: 3 of 8').waitFor();
  // On paper: the plan on the same A4 page as the team picture, owners and dates as text.
  await page.emulateMedia({ media: 'print' });
  await plan.getByText('Owner: Volunteer centre, Mette · Due date: 2027-01-15').waitFor();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  // SAMSPIL_PDF=file keeps the print to look at when this fails.
  if (process.env.SAMSPIL_PDF) fs.writeFileSync(process.env.SAMSPIL_PDF, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, `the printout has ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.problems, []);
  await context.close();

  // A browser that has never seen the team: the plan is there.
  const other = await fresh('en');
  await other.page.goto(link);
  await reachTheEnd(other.page);
  const plan2 = other.page.getByRole('region', { name: 'Our action plan' });
  await plan2.getByText('Actions in the plan: 3 of 8').waitFor();
  for (let i = 0; i < 3; i++) {
    assert.equal(await plan2.getByLabel('Owner').nth(i).inputValue(), owners[i]);
    assert.equal(await plan2.getByLabel('Due date').nth(i).inputValue(), dates[i]);
  }
  // The calendar file: three events, the right dates and owners.
  const [download] = await Promise.all([
    other.page.waitForEvent('download'),
    plan2.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'samspil-plan.ics');
  const file = fs.readFileSync(await download.path(), 'utf8');
  const items = parseIcs(file);
  assert.equal(items.length, 3);
  assert.deepEqual(items.map((e) => e.kind), ['VEVENT', 'VEVENT', 'VEVENT']);
  assert.deepEqual(items.map((e) => e['DTSTART;VALUE=DATE']), dates.map((d) => d.replaceAll('-', '')));
  assert.deepEqual(items.map((e) => e.DESCRIPTION), owners.map((o) => `Owner: ${o}`));
  assert.equal(items[2].SUMMARY, 'Invite the volunteers to the steering group once a quarter');
  // Statement 40's action (free to disagree openly).
  assert.match(items[0].SUMMARY, /anonymous notes/);
  // The meeting display has the plan in large type.
  // (The plan is the slide before the invitation, the last; its owners and dates
  // can be changed there.)
  await other.page.getByRole('button', { name: 'Meeting display' }).click();
  await other.page.getByRole('heading', { level: 2, name: 'The team picture' }).waitFor();
  await other.page.keyboard.press('End');
  await other.page.keyboard.press('ArrowLeft');
  await other.page.getByRole('heading', { level: 2, name: 'Our action plan' }).waitFor();
  assert.equal(await other.page.getByRole('textbox', { name: 'Owner' }).nth(2).inputValue(), 'Steering group');
  assert.equal(await other.page.getByLabel('Due date').nth(2).inputValue(), '2027-03-31');
  await other.page.keyboard.press('Escape');
  assert.deepEqual(other.page.problems, []);

  // Six months later: the earlier link is pasted under before and after, and its
  // plan is marked; the marks stay in the address.
  await other.page.getByLabel('Links from the earlier meeting').fill(link);
  await other.page.getByRole('button', { name: 'Compare', exact: true }).click();
  const earlier = other.page.getByRole('region', { name: 'The plan from last time' });
  await earlier.getByRole('group').first().getByRole('radio', { name: 'Done', exact: true }).check();
  await earlier.getByRole('group').nth(2).getByRole('radio', { name: 'Partly', exact: true }).check();
  await other.page.reload();
  await earlier.getByRole('group').first().getByRole('radio', { name: 'Done', exact: true }).waitFor();
  assert.ok(await earlier.getByRole('group').first().getByRole('radio', { name: 'Done', exact: true }).isChecked());
  assert.ok(await earlier.getByRole('group').nth(2).getByRole('radio', { name: 'Partly', exact: true }).isChecked());
  assert.ok(/&q=/.test(other.page.url()));
  await other.context.close();
});

test('a damaged plan part is explained and the team still opens', async () => {
  const { context, page } = await fresh('da');
  await page.goto(`${TEAM_URL}#t=${team()}&p=JAESAaQytQAAA`);
  await reachTheEnd(page);
  await page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Planen i dette link kunne ikke læses' }).waitFor();
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'Planen i dette link kunne ikke læses' }).waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('owner and action texts are text only, cleaned and cut', async () => {
  const { context, page } = await fresh();
  await page.goto(`${TEAM_URL}#t=${team()}`);
  await reachTheEnd(page);
  const plan = page.getByRole('region', { name: 'Our action plan' });
  await plan.getByLabel('Your own action').fill('<img src=x onerror="window.__xss=1">\u202eexe.png');
  await plan.getByRole('button', { name: 'Add to the plan' }).click();
  await plan.getByText('<img src=x onerror="window.__xss=1">exe.png').waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('.samspil-plan img').count(), 0);
  await context.close();
});

for (const lang of LANGS) {
  test(`axe finds no WCAG 2.2 AA violations in the action plan (${lang})`, async () => {
    const { context, page } = await fresh(lang);
    await page.goto(`${TEAM_URL}#t=${team()}`);
    await reachTheEnd(page);
    await page.locator('.samspil-plan').waitFor();
    await page.locator('.samspil-team-actions button').first().click();
    await page.locator('.samspil-plan-item').first().waitFor();
    const results = await new AxeBuilder({ page }).include('.samspil-plan').include('.samspil-team-actions').withTags(TAGS).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
}
