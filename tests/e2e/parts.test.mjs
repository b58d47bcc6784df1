// The team page's parts that come in their own wasm chunks (the meeting display, QR
// codes, the sections below the team's actions …; src/ui/team/parts.rs). When a
// chunk cannot be downloaded, the part says so in the page's language, with a
// button to try again, and nothing else on the page is lost; once the connection
// is back, "Try again" brings the part.
//
// Only the release bundle splits its team page (dev builds draw the parts at once),
// so this test skips itself where there are no chunks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, TEAM_URL } from './browser.mjs';
import { teamPayloadOf, person2 } from './links.mjs';

const TEAM = `${TEAM_URL}#t=${teamPayloadOf([person2(1), person2(2), person2(3)])}`;

const WORDS = {
  en: { meeting: 'Meeting display', meetingTitle: 'Meeting display', failed: 'This part of the page could not be loaded (check the connection).', retry: 'Try again', leave: 'Leave the meeting display' },
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function chunked() {
  const res = await fetch(TEAM_URL);
  const page = await res.text();
  const link = page.match(/samspil-team-split-[0-9a-f]{10}\.js/);
  if (!link) return false;
  const loader = await (await fetch(new URL(link[0], TEAM_URL))).text();
  return /split_meeting-[0-9a-f]{10}\.wasm/.test(loader);
}

/// A fresh page in `locale` that records page errors, or null (the test skipped)
/// where the bundle has no chunks. No service worker: a refused download must reach
/// the page, as it would on a first visit without a connection (a worker would
/// answer from its copy).
async function teamPage(t, locale) {
  if (!(await chunked())) {
    t.skip('this bundle does not split the team page (a dev build)');
    return null;
  }
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

test('a part whose chunk cannot be downloaded says so, and comes on "Try again"', async (t) => {
  const opened = await teamPage(t, 'en-GB');
  if (!opened) return;
  const { context, page, errors } = opened;
  let refuse = true;
  await page.route(/split_meeting-[0-9a-f]{10}\.wasm$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(TEAM);
  const w = WORDS.en;
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await page.getByRole('button', { name: w.meeting }).click();
  // The message, in the page's language, announced, with a way to try again.
  const alert = page.getByRole('alert').filter({ hasText: w.failed });
  await alert.waitFor();
  const retry = page.getByRole('button', { name: w.retry });
  assert.ok(await retry.isVisible());
  // The display takes the whole page: its message offers the way back too, to the
  // team picture, with focus on the button that opened it.
  await page.getByRole('button', { name: w.leave }).click();
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.innerText?.trim()), w.meeting);
  await page.getByRole('button', { name: w.meeting }).click();
  await alert.waitFor();
  // The connection is back: the meeting display comes.
  refuse = false;
  await retry.click();
  await page.getByRole('heading', { level: 1, name: w.meetingTitle }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'The team picture' }).waitFor();
  assert.equal(await alert.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sections below the actions, without a connection, say so in Danish and come when it is back', async (t) => {
  const opened = await teamPage(t, 'da-DK');
  if (!opened) return;
  const { context, page, errors } = opened;
  await page.goto(TEAM);
  await page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
  await page.locator('.samspil-lazy').first().waitFor({ state: 'attached' });
  // The connection drops; the facilitator scrolls down to the plan.
  await context.setOffline(true);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const alerts = page.getByRole('alert').filter({ hasText: 'Denne del af siden kunne ikke hentes (tjek forbindelsen).' });
  await alerts.first().waitFor();
  assert.ok(await page.getByRole('button', { name: 'Prøv igen' }).first().isVisible());
  // Everything above stays as it was.
  await page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
  // Back online: every part comes by itself, no button needed.
  await context.setOffline(false);
  await page.getByRole('heading', { level: 2, name: 'Vores handlingsplan' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Teamlinket' }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.samspil-lazy').length === 0);
  assert.equal(await alerts.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
