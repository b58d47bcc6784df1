// The meeting display as the facilitator's tool (issue 30): every slide's heading
// and key figure in view on a projector at 1280 × 720 and 1920 × 1080, in type
// readable from the back of the room; keyboard, clicker and swipe; decisions taken
// in the room (an action into the plan with owner and date, an agreed view per
// area, last time's marks) travel in the team link; the display never shows the
// team link's QR code. Screenshots of every slide go to docs/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, TEAM_URL, reachTheEnd } from './browser.mjs';
import { teamPayloadOf, person2 } from './links.mjs';

const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
/// The first plan ever written (tests/codec.rs GOLDEN_PLAN): one own action, "Hej".
const GOLDEN_PLAN = 'JAESAaQytQAAAADtmlE';

// Six people who differ (answers from seeds), and an earlier team of four.
// Eight: the summary for the minutes needs 5 people, or 8 when a partner sent
// fewer than 3 (docs/team-rules.md), as here.
const NOW = teamPayloadOf([1, 2, 3, 4, 6, 7, 9, 10].map((s) => person2(s)));
const EARLIER = teamPayloadOf([2, 3, 5, 8].map((s) => person2(s)));
const FIRST_MEETING = `${TEAM_URL}#t=${NOW}`;
const FOLLOW_UP = `${TEAM_URL}#t=${NOW}&b=${EARLIER}&q=${GOLDEN_PLAN}`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(url, viewport, lang = 'en-GB') {
  const context = await browser.newContext({ locale: lang, viewport });
  const page = await context.newPage();
  // The dev bundle is large and the machine shared: generous limits, no sleeps.
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console error: ${m.text()}`); });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await page.getByRole('button', { name: 'Meeting display' }).click();
  await page.getByRole('heading', { level: 1, name: /^Meeting display/ }).waitFor();
  return { context, page };
}

/// Where the slide is: its number and count from the live region, its name.
async function where(page) {
  const text = (await page.locator('.samspil-meeting-position').innerText()).trim();
  const m = text.match(/^Section (\d+) of (\d+): (.*)$/);
  assert.ok(m, text);
  return { k: Number(m[1]), total: Number(m[2]), title: m[3], slide: await page.locator('.samspil-meeting').getAttribute('data-slide') };
}

async function next(page, key = 'ArrowRight') {
  const was = await page.locator('.samspil-meeting-position').innerText();
  await page.keyboard.press(key);
  await page.waitForFunction((old) => document.querySelector('.samspil-meeting-position')?.innerText !== old, was);
}

/// The heading's and the key figure's boxes, the viewport, and the type sizes.
function measure(page) {
  return page.evaluate(() => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
    const px = (el) => parseFloat(getComputedStyle(el).fontSize);
    const heading = document.querySelector('.samspil-meeting-heading');
    const key = document.querySelector('.samspil-meeting-key');
    const body = document.querySelector('.samspil-meeting-body');
    // The smallest type of the slide's own text (its body), the help line aside.
    const texts = [...body.querySelectorAll('p, li, td, th, legend, label, h3')].filter((el) => el.getBoundingClientRect().height > 0);
    return {
      w: innerWidth, h: innerHeight, heading: box(heading), key: box(key), keyText: key.innerText.trim(),
      headingPx: px(heading), keyPx: px(key), bodyMinPx: Math.min(...texts.map(px)),
      pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
    };
  });
}

const inside = (b, m) => b.top >= 0 && b.left >= 0 && b.bottom <= m.h + 0.5 && b.right <= m.w + 0.5;

for (const [w, h] of [[1280, 720], [1920, 1080]]) {
  test(`every slide's heading and key figure are in view at ${w} × ${h}, in projector type`, async () => {
    const { context, page } = await open(FOLLOW_UP, { width: w, height: h });
    await page.keyboard.press('Home');
    let at = await where(page);
    assert.equal(at.k, 1);
    assert.equal(at.title, 'The plan from last time', 'a follow-up starts with last time\'s plan');
    const seen = [];
    if (w === 1280) fs.mkdirSync(SHOTS, { recursive: true });
    for (;;) {
      at = await where(page);
      await page.getByRole('heading', { level: 2, name: at.title }).waitFor();
      const m = await measure(page);
      assert.ok(inside(m.heading, m), `${at.slide}: the heading is out of view ${JSON.stringify(m)}`);
      assert.ok(m.keyText.length > 0, `${at.slide}: a key figure`);
      assert.ok(inside(m.key, m), `${at.slide}: the key figure is out of view ${JSON.stringify(m)}`);
      assert.ok(!m.pageScrolls, `${at.slide}: the page itself does not scroll`);
      // Readable from the back of a room: about 3 % of the screen's height for the
      // key figure, and no body text under 2 % (about 14 and 22 px at 720 and 1080).
      assert.ok(m.keyPx >= h * 0.03, `${at.slide}: key figure at ${m.keyPx} px`);
      assert.ok(m.headingPx >= h * 0.045, `${at.slide}: heading at ${m.headingPx} px`);
      assert.ok(m.bodyMinPx >= h * 0.02, `${at.slide}: body text at ${m.bodyMinPx} px`);
      // Never the team link's code: the only code is the invitation's, the check's address.
      assert.equal(await page.getByRole('img', { name: /QR code of the team link/ }).count(), 0);
      seen.push(at.slide);
      if (w === 1280) {
        const name = `meeting-${String(at.k).padStart(2, '0')}-${at.slide.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}.png`;
        await page.screenshot({ path: path.join(SHOTS, name) });
      }
      if (at.k === at.total) break;
      await next(page);
    }
    assert.deepEqual(seen.filter((s) => !s.startsWith('Differ')), ['LastPlan', 'Picture', 'Partners', 'Agreed', 'Actions', 'Plan', 'Invite'], seen.join(' '));
    assert.ok(seen.filter((s) => s.startsWith('Differ')).length >= 2, `every place where you differ is reachable: ${seen.join(' ')}`);
    // The picture says what changed since last time.
    await page.keyboard.press('Home');
    await next(page);
    assert.match(await page.locator('.samspil-meeting-key').innerText(), /Overall result: \d+ of 100.*Last time: \d+ of 100\./);
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('where you differ: mixed answers first, every place reachable, statements named', async () => {
  const { context, page } = await open(FIRST_MEETING, { width: 1280, height: 720 });
  await next(page);
  const count = Number((await page.locator('.samspil-meeting-key').innerText()).match(/^(\d+) place/)[1]);
  const titles = [];
  for (;;) {
    const at = await where(page);
    if (!at.slide.startsWith('Differ')) break;
    titles.push(...await page.locator('.samspil-meeting-differences > li h3').allInnerTexts());
    await next(page, 'PageDown');
  }
  assert.equal(titles.length, count, 'every place has been shown');
  assert.equal(new Set(titles).size, count);
  // A statement is named by its words, not only its number.
  assert.ok(titles.some((t) => t.length > 30 && !t.startsWith('Area:')), titles.join(' | '));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('decide in the room: take an action, give it an owner and a date, record agreed views; all of it in the team link', async () => {
  const { context, page } = await open(FIRST_MEETING, { width: 1280, height: 720 });
  // The clicker's keys move too; End is the invitation, two back the actions.
  await next(page, 'PageDown');
  await next(page, 'End');
  assert.equal((await where(page)).slide, 'Invite');
  await next(page, 'PageUp');
  await next(page, 'ArrowLeft');
  assert.equal((await where(page)).slide, 'Actions');
  await page.getByRole('button', { name: 'Put in the plan' }).first().click();
  await page.locator('.samspil-meeting-key', { hasText: 'Actions in the plan: 1 of 8' }).waitFor();
  await next(page);
  assert.equal((await where(page)).slide, 'Plan');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.fill('Røde Kors, Karim');
  // Keys typed in a field stay in it: the arrows move the caret, not the slide.
  await owner.press('ArrowLeft');
  await owner.press('Home');
  await owner.press('Tab');
  assert.equal((await where(page)).slide, 'Plan');
  await page.getByLabel('Due date').fill('2027-02-15');
  await page.getByLabel('Due date').press('Tab');
  await page.waitForFunction(() => location.hash.includes('&p='));

  // Back to the agreed views by swiping right (a touch screen).
  const swipe = async (from, to) => {
    const was = await page.locator('.samspil-meeting-position').innerText();
    await page.locator('.samspil-meeting').dispatchEvent('pointerdown', { pointerType: 'touch', clientX: from, clientY: 400, isPrimary: true });
    await page.locator('.samspil-meeting').dispatchEvent('pointerup', { pointerType: 'touch', clientX: to, clientY: 410, isPrimary: true });
    await page.waitForFunction((old) => document.querySelector('.samspil-meeting-position')?.innerText !== old, was);
  };
  await swipe(300, 700);
  assert.equal((await where(page)).slide, 'Actions');
  await swipe(300, 700);
  assert.equal((await where(page)).slide, 'Agreed');
  await swipe(700, 300);
  assert.equal((await where(page)).slide, 'Actions');
  await swipe(300, 700);

  await page.getByLabel('Name of the partnership').fill('Åby Sammen');
  await page.getByLabel('Name of the partnership').press('Tab');
  await page.getByLabel('Date of the meeting').fill('2026-12-07');
  await page.getByLabel('Date of the meeting').press('Tab');
  await page.getByLabel('Agreed score for Shared goals (0–100)').fill('65');
  await page.getByLabel('Agreed score for Shared goals (0–100)').press('Tab');
  await page.getByLabel('Note on Shared goals').fill('Agreed, but write the goals down');
  await page.getByLabel('Note on Shared goals').press('Tab');
  await page.getByRole('row', { name: /^Roles/ }).getByRole('checkbox', { name: 'We disagree' }).check();
  await page.locator('.samspil-meeting-key', { hasText: 'Agreed views recorded: 2 of 6 areas.' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Meeting display · Åby Sammen · 2026-12-07' }).waitFor();
  await page.waitForFunction(() => location.hash.includes('&a='));
  const link = page.url();
  // Escape in a field leaves the field; the next one leaves the display.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await context.close();

  // A browser that has never seen the team: every decision is in the link.
  const other = await open(link, { width: 1920, height: 1080 });
  await next(other.page, 'End');
  for (const _ of [1, 2, 3]) await next(other.page, 'ArrowLeft');
  assert.equal(await other.page.getByLabel('Agreed score for Shared goals (0–100)').inputValue(), '65');
  assert.equal(await other.page.getByLabel('Note on Shared goals').inputValue(), 'Agreed, but write the goals down');
  assert.ok(await other.page.getByRole('row', { name: /^Roles/ }).getByRole('checkbox', { name: 'We disagree' }).isChecked());
  assert.equal(await other.page.getByLabel('Name of the partnership').inputValue(), 'Åby Sammen');
  await next(other.page);
  await next(other.page);
  assert.equal(await other.page.getByRole('textbox', { name: 'Owner' }).inputValue(), 'Røde Kors, Karim');
  assert.equal(await other.page.getByLabel('Due date').inputValue(), '2027-02-15');
  assert.deepEqual(other.page.problems, []);

  // The summary for the minutes carries the decisions: name, date, agreed views,
  // the plan with its owner and date (and no one's answers, as before).
  await other.page.getByRole('button', { name: 'Leave the meeting display' }).click();
  await other.page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await reachTheEnd(other.page);
  const summaryLink = await other.page.getByRole('textbox', { name: 'Summary link' }).inputValue();
  assert.match(summaryLink, /#m=[^&]+&p=[^&]+&a=/);
  await other.context.close();
  const third = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const minutes = await third.newPage();
  minutes.setDefaultTimeout(90_000);
  minutes.setDefaultNavigationTimeout(90_000);
  await minutes.goto(summaryLink);
  await minutes.getByText('Minutes · Åby Sammen · 2026-12-07').waitFor();
  const views = minutes.getByRole('region', { name: 'Our view per area' });
  await views.getByRole('row', { name: /^Shared goals .* 65 Agreed, but write the goals down$/ }).waitFor();
  await views.getByRole('row', { name: /^Roles and tasks .* We disagree/ }).waitFor();
  const plan = minutes.getByRole('region', { name: 'Our action plan' });
  await plan.getByText('Owner: Røde Kors, Karim · Due date: 2027-02-15').waitFor();
  assert.equal(await minutes.getByRole('region', { name: 'What the team can do next' }).count(), 0, 'the plan, not the suggestions');
  await third.close();
});

test('last time\'s actions are marked from the display and the marks stay in the link', async () => {
  const { context, page } = await open(FOLLOW_UP, { width: 1280, height: 720 });
  assert.equal((await where(page)).slide, 'LastPlan');
  await page.getByRole('group', { name: 'Hej' }).getByRole('radio', { name: 'Partly' }).check();
  await page.locator('.samspil-meeting-key', { hasText: 'Partly: 1' }).waitFor();
  await page.waitForFunction(() => !location.hash.includes(`&q=JAESAaQytQAAAADtmlE`) && location.hash.includes('&q='));
  await page.reload();
  await page.getByRole('button', { name: 'Meeting display' }).click();
  assert.ok(await page.getByRole('group', { name: 'Hej' }).getByRole('radio', { name: 'Partly' }).isChecked());
  assert.deepEqual(page.problems, []);
  await context.close();
});

/// The agreed views of tests/codec.rs (GOLDEN_AGREED): Åby Sammen, 2026-12-07,
/// shared goals agreed at 70 with a note, roles "we disagree" with a note.
const GOLDEN_AGREED = 'FGMGkVuaWdlOyBtw6VsZW5lIHNrcml2ZXMgbmVkABBtLb21tdW5lbiBzZXIgZGV0IGFuZGVybGVkZXMAAAAABPIF4cKxPJApsLa2srcALIW_';

test('the anonymous print for the minutes: name, date, "anonymous", the agreed views and the plan on one A4 page', async () => {
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  await page.goto(`${FIRST_MEETING}&p=${GOLDEN_PLAN}&a=${GOLDEN_AGREED}`);
  await page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
  await page.getByLabel('Skjul enkeltes svar (anonym visning)').check();
  await reachTheEnd(page);
  await page.locator('.samspil-plan').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.getByText('Referat · Åby Sammen · 2026-12-07').waitFor();
  await page.getByText(/^Anonym visning: ingen enkeltpersoners svar/).waitFor();
  const agreed = page.getByRole('region', { name: 'Vores fælles syn pr. område' });
  await agreed.getByRole('row', { name: /^Fælles mål .* 70 Enige; målene skrives ned$/ }).waitFor();
  await agreed.getByRole('row', { name: /^Roller og ansvar .* Vi er uenige Kommunen ser det anderledes$/ }).waitFor();
  await page.getByText('Ansvarlig: Ingen ansvarlig endnu · Frist: Ingen frist endnu').waitFor();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, `the printout has ${pages} pages`);
  await context.close();
});
