// Links that travel: through Outlook Safe Links (`#` becomes `%23`), through two
// mail gateways, into the minutes as a before/after link, across a reload and into
// a fresh browser. Each audit case (../shared/reviews/audit-2026-11.md) that lives in
// the address is reproduced here as the audit did it, through the real bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, APP_URL, TEAM_URL, onTeamPage, onResultPage, reachTheEnd } from './browser.mjs';
import { WORDS, AREA_SIZES } from './words.mjs';
import { startServer } from './servers.mjs';
import { resultPayload2, teamPayload, teamPayloadOf, person, person2 } from './links.mjs';

// A golden result link with a name (tests/codec.rs).
const GOLDEN = 'r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ&n=Frivilligcenter%20%26%20kommune';
const GOLDEN_NAME = 'Frivilligcenter & kommune';
const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function fresh(lang = 'en') {
  const context = await browser.newContext({ locale: WORDS[lang].locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return { context, page };
}

/// What Outlook Safe Links makes of a link: the whole fragment percent-encoded.
const outlook = (base, fragment) => `${base}${encodeURIComponent(`#${fragment}`)}`;

for (const [where, basePath] of [['at the root', '/'], ['under a sub-path', '/tools/samspil/']]) {
  test(`a %23 link opens the result on a plain static host with only 404.html, ${where}`, async () => {
    // The test server serves files, and 404.html for anything else, as GitHub Pages,
    // Netlify and the README's nginx and Apache configs do.
    const host = await startServer(['--dir', 'dist', '--base', basePath]);
    const base = `${host.origin}${basePath}`;
    try {
      const raw = await fetch(`${base}%23${GOLDEN}`);
      assert.equal(raw.status, 404, 'the host does not know the address');
      for (const address of [outlook(base, GOLDEN), `${base}%23${GOLDEN}`]) {
        const { context, page } = await fresh();
        await page.goto(address);
        await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
        await page.getByText(GOLDEN_NAME).first().waitFor();
        // The address is a proper one again, so copying it from the address bar works
        // (on the result's page, beside the self-check's).
        assert.equal(new URL(page.url()).pathname, `${basePath}result.html`);
        assert.ok(page.url().includes('#r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ'), page.url());
        await page.reload();
        await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
        if (basePath !== '/') await page.screenshot({ path: path.join(SHOTS, 'outlook-link-1280.png') });
        assert.deepEqual(page.problems, []);
        await context.close();
      }
      // A team link through Outlook too: bank 2, with an organisation (format 3).
      const team = teamPayloadOf([{ ...person2(1), org: 1 }, person2(2), person2(3)], ['Frivilligcenter Nordby']);
      // It opens on the team page beside the self-check, with the `#` put back.
      const { context, page } = await fresh('da');
      await page.goto(outlook(base, `t=${team}`));
      await page.waitForURL(onTeamPage(base));
      await page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
      assert.equal(new URL(page.url()).pathname, `${basePath}team.html`);
      await reachTheEnd(page);
      assert.equal(await page.getByRole('textbox', { name: 'Teamlink', exact: true }).inputValue(), `${base}team.html#t=${team}`);
      assert.deepEqual(page.problems, []);
      await context.close();
    } finally {
      host.stop();
    }
  });
}

test('D10: a link wrapped by two gateways opens the result', async () => {
  const inner = `${APP_URL}#${GOLDEN}`;
  const { context, page } = await fresh();
  await page.goto(`${APP_URL}#${encodeURIComponent(encodeURIComponent(inner))}`);
  await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
  await page.getByText(GOLDEN_NAME).first().waitFor();
  await context.close();
});

test('D1: a # in the name keeps every answer after a reload, and its result link opens', async () => {
  const { context, page } = await fresh();
  await page.goto(APP_URL);
  await page.getByLabel(WORDS.en.label).fill('Projekt #2');
  await page.getByRole('button', { name: WORDS.en.start }).click();
  const groups = page.getByRole('main').getByRole('group');
  for (let i = 0; i < AREA_SIZES[0]; i++) await groups.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: WORDS.en.firstArea }).waitFor();
  for (let i = 0; i < AREA_SIZES[0]; i++) {
    assert.ok(await groups.nth(i).getByRole('radio', { name: 'Agree', exact: true }).isChecked(), `statement ${i + 1}`);
  }
  assert.equal(await page.locator('.samspil-notice').count(), 0, 'no notice about unreadable answers');
  await context.close();
});

test('D2: an accent colour in a team address keeps the team across a reload', async () => {
  const team = teamPayload([person(1), person(2)]);
  const { context, page } = await fresh();
  await page.goto(`${APP_URL}#t=${team}&accent=%23c0392b`);
  await page.waitForURL(onTeamPage());
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  assert.ok(page.url().includes(`t=${team}`), page.url());
  await context.close();
});

test('D3: share= in a link to Samspil\'s own page is not obeyed, and is said', async () => {
  const { context, page } = await fresh();
  await page.goto(`${APP_URL}#s=results&r=EQEJ1UFOXApy4FOXApy4FEeM2A&share=https%3A%2F%2Fevil.example%2Fsamspil%2F`);
  await page.getByRole('heading', { level: 1, name: WORDS.en.resultTitle }).waitFor();
  const link = await page.getByLabel(WORDS.en.resultLink).inputValue();
  assert.ok(link.startsWith(APP_URL), link);
  await page.getByText('settings that only apply when Samspil is shown inside another website (share)').waitFor();
  await context.close();
});

test('D4: two tabs never silently undo each other\'s answers', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const a = await context.newPage();
  await a.goto(APP_URL);
  await a.getByRole('button', { name: WORDS.en.start }).click();
  const groupsA = a.getByRole('main').getByRole('group');
  for (let i = 0; i < AREA_SIZES[0]; i++) await groupsA.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
  const b = await context.newPage();
  await b.goto(APP_URL);
  // "Continue" opens the first step with statements still open: step 2.
  await b.getByRole('button', { name: 'Continue where I left off' }).click();
  const groupsB = b.getByRole('main').getByRole('group');
  await b.getByRole('heading', { level: 1, name: 'Communication' }).waitFor();
  for (let i = 0; i < AREA_SIZES[1]; i++) await groupsB.nth(i).getByRole('radio', { name: 'Disagree', exact: true }).check();
  // Tab A is told, and carries on with B's answers in it.
  await a.bringToFront();
  await a.getByText('Your answers were changed in another tab or window').waitFor();
  await a.getByRole('button', { name: WORDS.en.next }).click();
  await a.getByRole('button', { name: WORDS.en.next }).click();
  await a.getByRole('heading', { level: 1, name: 'Roles and tasks' }).waitFor();
  for (let i = 0; i < AREA_SIZES[2]; i++) await groupsA.nth(i).getByRole('radio', { name: 'Strongly agree', exact: true }).check();
  const c = await context.newPage();
  await c.goto(APP_URL);
  // 6 + 6 + 7 of bank 2's 38 statements.
  await c.getByText('19 of 38').first().waitFor();
  await context.close();
});

test('D5: opening someone else\'s own-check address keeps my saved answers', async () => {
  const { context, page } = await fresh();
  await page.goto(APP_URL);
  await page.getByRole('button', { name: WORDS.en.start }).click();
  const groups = page.getByRole('main').getByRole('group');
  for (let i = 0; i < AREA_SIZES[0]; i++) await groups.nth(i).getByRole('radio', { name: 'Strongly agree', exact: true }).check();
  const other = resultPayload2({ answers: Array(38).fill(1) });
  // Opened in a new tab of the same browser, as the audit did.
  const second = await context.newPage();
  await second.goto(`${APP_URL}#s=results&r=${other}&n=Someone%20else`);
  await second.getByText('This address holds different answers from the ones saved on this device').waitFor();
  await second.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
  await page.goto(APP_URL);
  // "Continue" opens step 2, the first with statements still open; step 1 is one back.
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await page.getByRole('heading', { level: 1, name: 'Communication' }).waitFor();
  await page.getByRole('button', { name: WORDS.en.back, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: WORDS.en.firstArea }).waitFor();
  for (let i = 0; i < AREA_SIZES[0]; i++) {
    assert.ok(await groups.nth(i).getByRole('radio', { name: 'Strongly agree', exact: true }).isChecked(), `statement ${i + 1}`);
  }
  await context.close();
});

test('D6: a name that ends in a full stop keeps it, in the field and in the link', async () => {
  const { context, page } = await fresh();
  await page.goto(APP_URL);
  await page.getByLabel(WORDS.en.label).fill('Kommune m.fl.');
  await page.getByRole('button', { name: WORDS.en.start }).click();
  await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: WORDS.en.firstArea }).waitFor();
  await page.goto(APP_URL);
  assert.equal(await page.getByLabel(WORDS.en.label).inputValue(), 'Kommune m.fl.');
  await page.goto(`${APP_URL}#r=EQEJ1UFOXApy4FOXApy4FEeM2A&n=Kommune%20m.fl.`);
  await page.getByText('Kommune m.fl.', { exact: true }).first().waitFor();
  await context.close();
});

test('D7: a huge paste reads at most 120 links and says how many it left', async () => {
  const { context, page } = await fresh();
  await page.goto(`${APP_URL}#start=team`);
  await page.waitForURL(onTeamPage());
  const box = page.getByLabel('Paste result links or a team link');
  await box.fill('#r=A '.repeat(50000));
  await page.getByRole('button', { name: 'Add the links' }).click();
  await page.getByText(`Links not read: ${50000 - 120}.`).waitFor();
  assert.equal(await page.locator('.samspil-report li').count(), 120);
  await context.close();
});

test('D8: an unreadable saved check is set aside once, and the notice does not come back', async () => {
  const { context, page } = await fresh();
  await page.goto(APP_URL);
  await page.evaluate(() => localStorage.setItem('samspil:check:v1', 'garbage'));
  await page.reload();
  await page.getByText('could not be read and were removed').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('samspil:check:v1')), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('samspil:check:v1:unreadable')), 'garbage');
  await page.reload();
  await page.getByRole('button', { name: WORDS.en.start }).waitFor();
  assert.equal(await page.locator('.samspil-notice').count(), 0);
  await context.close();
});

test('D9: a name with a right-to-left override or only zero-width characters', async () => {
  const { context, page } = await fresh();
  await page.goto(`${APP_URL}#r=EQEJ1UFOXApy4FOXApy4FEeM2A&n=Kommune%E2%80%AEgnp.exe`);
  await page.getByText('Kommunegnp.exe').first().waitFor();
  const html = await page.content();
  assert.ok(!html.includes('\u202e'));
  await page.goto(`${APP_URL}#r=EQEJ1UFOXApy4FOXApy4FEeM2A&n=%E2%80%8B%E2%80%8C%E2%80%8D%E2%81%A0%EF%BB%BF`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
  await page.getByText('Not given').first().waitFor();
  await context.close();
});

test('D12: a language in someone else\'s link does not replace my chosen language', async () => {
  const { context, page } = await fresh();
  await page.goto(APP_URL);
  await page.getByLabel(WORDS.en.language).selectOption('sv');
  await page.getByRole('button', { name: WORDS.sv.start }).waitFor();
  await page.goto(`${APP_URL}#r=EQEJ1UFOXApy4FOXApy4FEeM2A&lang=fi`);
  await page.waitForURL(onResultPage());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: WORDS.sv.sharedTitle }).waitFor();
  await page.goto(APP_URL);
  await page.reload();
  await page.getByRole('button', { name: WORDS.sv.start }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('samspil:lang')), 'sv');
  await context.close();
});

test('before/after lives in the address: it survives a reload and opens in a fresh browser', async () => {
  // Now on bank 2; last spring's links were made by release 1 (bank 1).
  const now = teamPayloadOf([person2(1), person2(2), person2(3)]);
  const spring = teamPayload([person(7, 1), person(8, 2), person(9, 3), person(10, 1)]);
  const { context, page } = await fresh();
  await page.goto(`${TEAM_URL}#t=${now}`);
  await reachTheEnd(page);
  await page.getByLabel('Links from the earlier meeting').fill(`Last spring: ${APP_URL}#t=${spring}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByText('Respondents: 4 before, 3 after.').waitFor();
  await page.reload();
  await page.getByText('Respondents: 4 before, 3 after.').waitFor();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('.samspil-compare').screenshot({ path: path.join(SHOTS, 'compare-after-reload-1280.png') });
  await reachTheEnd(page);
  const link = await page.getByRole('textbox', { name: 'Team link', exact: true }).inputValue();
  assert.ok(link.startsWith(`${TEAM_URL}#t=${now}&b=${spring}`), link);
  await context.close();
  // The link from the minutes, in a browser that has never seen Samspil.
  const other = await fresh('da');
  await other.page.goto(link);
  await other.page.getByText('Besvarelser: 4 før, 3 efter.').waitFor();
  await other.page.getByRole('table', { name: 'Ændring pr. område' }).waitFor();
  // Old team links (without b=, on the self-check's address) open as before, on the
  // team page.
  await other.page.goto(`${APP_URL}#t=${now}`);
  await other.page.waitForURL(onTeamPage());
  await other.page.reload();
  await other.page.getByRole('heading', { level: 1, name: 'Det samlede billede' }).waitFor();
  assert.equal(await other.page.getByRole('table', { name: 'Ændring pr. område' }).count(), 0);
  await other.context.close();
});

test('a damaged "before" part is explained, kept in the address, and the team still shows', async () => {
  const now = teamPayload([person(1), person(2)]);
  const { context, page } = await fresh('sv');
  await page.goto(`${APP_URL}#t=${now}&b=${now.slice(0, 30)}`);
  await page.getByRole('heading', { level: 1, name: 'Samlad bild' }).waitFor();
  const alert = page.getByRole('alert').filter({ hasText: 'Delen ”före”' });
  await alert.waitFor();
  await page.reload();
  await alert.waitFor();
  assert.ok(page.url().includes(`&b=${now.slice(0, 30)}`), page.url());
  assert.deepEqual(page.problems, []);
  await context.close();
});
