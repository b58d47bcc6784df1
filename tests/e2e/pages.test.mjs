// The three pages: the self-check (index.html, the folder's address, bin `samspil`),
// the person's result (result.html, bin `samspil-result`) and the facilitator's team
// view (team.html, bin `samspil-team`), each with its own wasm. What the split
// promises: every link made before it still opens where it belongs (a team link, a
// comparison, a summary and `start=team` on the self-check's address go on to the
// team page, with the same team; a result link to the result page; the Outlook `%23`
// form too); each page sends the others' views on; no answer is lost on the way
// between them, and the move is a history entry the back button undoes (with storage
// blocked the answers live in the address); each page downloads only its own code;
// all of it under a sub-path as well as at the root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL, TEAM_URL, RESULT_URL, onTeamPage, onCheckPage, onResultPage, reachTheEnd } from './browser.mjs';
import { WORDS, answerPlan, AREA_SIZES, areaSlice, expectedScores } from './words.mjs';
import { answerStep, expectStepAnswers, readScores } from './check.mjs';
import { startServer } from './servers.mjs';
import { teamPayload, teamPayloadOf, person, person2 } from './links.mjs';

/// The golden team link of release 1 (tests/codec.rs, GOLDEN_V1): three people of
/// bank 1, the second named "Frivilligcenter & kommune", the third with no answers.
const GOLDEN_TEAM = 'EgEDCdVCmLoUxdCmLoUxdCgATqohqzENWYhqzENWYhBDmMYAAAAAAAAAAAAAAAABGUZyaXZpbGxpZ2NlbnRlciAmIGtvbW11bmVqftA';
/// A golden result link of release 1, with a name (tests/codec.rs).
const GOLDEN_RESULT = 'r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ&n=Frivilligcenter%20%26%20kommune';
/// Last spring's team, made as release 1 made it: the "before" of a comparison.
const SPRING = teamPayload([person(7, 1), person(8, 2), person(9, 3), person(10, 1)]);

const OPEN_TEAM = "Combining the team's links? Open the team view";
const CHECK_WASM = /\/samspil-[0-9a-f]{10}_bg\.wasm$/;
const CHECK_CODE = /\/(samspil-[0-9a-f]{10}(_bg\.wasm|\.js)|boot-check-[0-9a-f]{10}\.js)$/;
const TEAM_WASM = /\/samspil-team-[0-9a-f]{10}_bg\.wasm$/;
const TEAM_CODE = /\/(samspil-team-[0-9a-f]{10}(_bg\.wasm|\.js)|boot-team-[0-9a-f]{10}\.js)$/;
const RESULT_CODE = /\/(samspil-result-[0-9a-f]{10}(_bg\.wasm|\.js)|boot-result-[0-9a-f]{10}\.js)$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function fresh(lang = 'en') {
  const context = await browser.newContext({ locale: WORDS[lang].locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console error: ${m.text()}`); });
  return { context, page };
}

/// What the team view shows of a team: its link, how many people, and its figures.
async function teamPicture(page) {
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await reachTheEnd(page);
  return {
    link: await page.getByRole('textbox', { name: 'Team link', exact: true }).inputValue(),
    respondents: (await page.getByRole('heading', { level: 2, name: /^Respondents \(\d+\)$/ }).innerText()).trim(),
    table: await page.getByRole('table', { name: 'Team scores by area' }).innerText(),
  };
}

/// Opens `address` in a fresh browser, waits until it has gone on to the team page,
/// and returns the page.
async function openOnTeamPage(address, base = APP_URL) {
  const { context, page } = await fresh();
  await page.goto(address);
  await page.waitForURL(onTeamPage(base));
  return { context, page };
}

test('a team link, a comparison, a summary and start=team on the self-check\'s address open the same on the team page', async () => {
  // Release 1's golden team opened on the team page itself: what to expect.
  const direct = await openOnTeamPage(`${TEAM_URL}#t=${GOLDEN_TEAM}`);
  const want = await teamPicture(direct.page);
  assert.equal(want.link, `${TEAM_URL}#t=${GOLDEN_TEAM}`, 'the team view writes the golden team as release 1 did');
  assert.equal(want.respondents, 'Respondents (3)');
  assert.match(await direct.page.getByRole('region', { name: 'Respondents (3)' }).getByRole('listitem').nth(1).innerText(),
    /Frivilligcenter & kommune/);
  await direct.context.close();

  // The team link as release 1 made it and sent it: on the self-check's address.
  const team = await openOnTeamPage(`${APP_URL}#t=${GOLDEN_TEAM}`);
  assert.deepEqual(await teamPicture(team.page), want);
  assert.equal(team.page.url(), want.link);
  assert.deepEqual(team.page.problems, []);
  await team.context.close();

  // The same link pasted into the address bar of the self-check that is open
  // already (a change of the fragment only, no new page load).
  const { context: open, page: opened } = await fresh();
  await opened.goto(APP_URL);
  await opened.getByRole('button', { name: WORDS.en.start }).waitFor();
  await opened.goto(`${APP_URL}#t=${GOLDEN_TEAM}`);
  await opened.waitForURL(onTeamPage());
  assert.deepEqual(await teamPicture(opened), want);
  assert.deepEqual(opened.problems, []);
  await open.close();

  // A comparison link from the minutes: the team now and last spring's.
  const compareDirect = await openOnTeamPage(`${TEAM_URL}#t=${GOLDEN_TEAM}&b=${SPRING}`);
  await compareDirect.page.getByText('Respondents: 4 before, 3 after.').waitFor();
  const change = await compareDirect.page.getByRole('table', { name: 'Change by area' }).innerText();
  await compareDirect.context.close();
  const compare = await openOnTeamPage(`${APP_URL}#t=${GOLDEN_TEAM}&b=${SPRING}`);
  await compare.page.getByText('Respondents: 4 before, 3 after.').waitFor();
  assert.equal(await compare.page.getByRole('table', { name: 'Change by area' }).innerText(), change);
  assert.deepEqual(await teamPicture(compare.page), { ...want, link: `${TEAM_URL}#t=${GOLDEN_TEAM}&b=${SPRING}` });
  assert.equal(compare.page.url(), `${TEAM_URL}#t=${GOLDEN_TEAM}&b=${SPRING}`);
  assert.deepEqual(compare.page.problems, []);
  await compare.context.close();

  // A summary for the minutes, of a team of eight (bank 2; a summary with partners
  // of one needs eight since issue #27), as the self-check's address carried it
  // before the team view had its own page.
  const five = await openOnTeamPage(`${TEAM_URL}#t=${teamPayloadOf([1, 2, 3, 4, 5, 6, 7, 8].map((k) => person2(k)))}`);
  await reachTheEnd(five.page);
  const summaryLink = await five.page.getByRole('textbox', { name: 'Summary link' }).inputValue();
  assert.ok(summaryLink.startsWith(`${TEAM_URL}#m=`), summaryLink);
  await five.context.close();
  const summaryDirect = await openOnTeamPage(summaryLink);
  await summaryDirect.page.getByRole('heading', { level: 1, name: "The team's summary" }).waitFor();
  const figures = await summaryDirect.page.getByRole('table', { name: 'Team scores by area' }).innerText();
  await summaryDirect.context.close();
  const summary = await openOnTeamPage(`${APP_URL}#${summaryLink.split('#')[1]}`);
  await summary.page.getByRole('heading', { level: 1, name: "The team's summary" }).waitFor();
  assert.equal(await summary.page.getByRole('table', { name: 'Team scores by area' }).innerText(), figures);
  assert.equal(summary.page.url(), summaryLink);
  assert.deepEqual(summary.page.problems, []);
  await summary.context.close();

  // A widget's or a bookmark's start=team: a new, empty team on the team page.
  const start = await openOnTeamPage(`${APP_URL}#start=team`);
  await start.page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await start.page.getByLabel('Paste result links or a team link').waitFor();
  await start.page.getByRole('heading', { level: 2, name: 'Respondents (0)' }).waitFor();
  await start.page.getByText('No respondents yet.').waitFor();
  assert.equal(await start.page.getByRole('button', { name: 'Meeting display' }).count(), 0, 'no one in the team');
  assert.deepEqual(start.page.problems, []);
  await start.context.close();
});

test('a team link whose # Outlook turned into %23 opens the same team on the team page', async () => {
  const { page: direct, context: directContext } = await openOnTeamPage(`${TEAM_URL}#t=${GOLDEN_TEAM}`);
  const want = await teamPicture(direct);
  await directContext.close();
  // The whole fragment encoded (Safe Links), and only the `#` (some gateways).
  for (const address of [`${APP_URL}${encodeURIComponent(`#t=${GOLDEN_TEAM}`)}`, `${APP_URL}%23t=${GOLDEN_TEAM}`]) {
    const raw = await fetch(address);
    assert.equal(raw.status, 404, 'the host does not know the address: it answers with 404.html');
    const { context, page } = await openOnTeamPage(address);
    assert.deepEqual(await teamPicture(page), want, address);
    assert.equal(page.url(), want.link, 'a proper address again, on the team page');
    // The host's 404 for the address as it came is the only complaint.
    assert.deepEqual(page.problems.filter((p) => !/status of 404/.test(p)), []);
    await context.close();
  }
});

test('the team page sends the other pages\' addresses on: a result link to the result page, a step to the self-check', async () => {
  const { context, page } = await fresh();
  await page.goto(`${TEAM_URL}#${GOLDEN_RESULT}`);
  await page.waitForURL(onResultPage());
  await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
  await page.getByText('Frivilligcenter & kommune').first().waitFor();
  assert.ok(page.url().includes('#r=EQEJ1UQ1ZiGrMQ1ZiGrMQiNrBQ'), page.url());
  // A link into a step of someone's check goes back to the self-check too.
  await page.goto(`${TEAM_URL}#s=2&r=EQEJ1UFOXApy4FOXApy4FEeM2A`);
  await page.waitForURL(onCheckPage());
  await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: WORDS.en.scale[0], exact: true }).waitFor();
  // Its answers are the person's now: on the device, the step in the address.
  assert.equal(new URL(page.url()).hash, '#s=2');
  assert.match(await page.evaluate(() => localStorage.getItem('samspil:check:v1')), /^s=2&r=/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the back button leads out of a handover: a result link opened on the team page does not hold it', async () => {
  const { context, page } = await fresh();
  await page.goto(TEAM_URL);
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  // The address changes to a result link (pasted into the address bar).
  await page.goto(`${TEAM_URL}#${GOLDEN_RESULT}`);
  await page.waitForURL(onResultPage());
  await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
  // Back, up to three times, must reach the empty team page that came before,
  // not an address that hands over to the self-check again.
  const seen = [];
  for (let i = 0; i < 3 && page.url() !== TEAM_URL; i++) {
    await page.goBack();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    seen.push(page.url());
  }
  assert.equal(page.url(), TEAM_URL, `after Back: ${seen.join(' → ')}`);
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await context.close();
});

test('with storage blocked, Back from the team view brings the answers back: they live in the address', async () => {
  const w = WORDS.en;
  const context = await browser.newContext({ locale: w.locale });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const plan = answerPlan(6).map((v, i) => (i < AREA_SIZES[0] ? v : null));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: w.start }).click();
  await answerStep(page, w, plan, 0);
  await page.getByRole('button', { name: 'To the start page' }).click();
  await page.getByRole('button', { name: OPEN_TEAM }).waitFor();
  const address = page.url();
  assert.match(address, /[#&]r=/, 'the answers are in the address');
  await page.getByRole('button', { name: OPEN_TEAM }).click();
  await page.waitForURL(onTeamPage());
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  await page.goBack();
  await page.waitForURL(onCheckPage());
  await page.getByRole('button', { name: OPEN_TEAM }).waitFor();
  assert.equal(page.url(), address, `Back gives the self-check's address as it was, answers and all: ${page.url()}`);
  await context.close();
});

test('finishing the check opens the result page with every answer, also with storage blocked; Back leads to the last step as it was', async () => {
  const w = WORDS.en;
  const plan = answerPlan(11);
  for (const blocked of [false, true]) {
    const context = await browser.newContext({ locale: w.locale });
    if (blocked) {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
      });
    }
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    await page.goto(APP_URL);
    await page.getByRole('button', { name: w.start }).click();
    for (let step = 0; step < 6; step++) {
      await answerStep(page, w, plan, step);
      await page.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
    }
    await page.waitForURL(onResultPage());
    await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
    assert.deepEqual(await readScores(page, w), expectedScores(plan), `storage blocked: ${blocked}`);
    // The address holds the result's link, answers and all (issue 29), never a
    // view's name only.
    assert.match(new URL(page.url()).hash, /^#r=[A-Za-z0-9_-]{26,}$/);
    // The result's own link opens the self-check's address, as links always have.
    const link = await page.getByLabel(w.resultLink).inputValue();
    assert.ok(link.startsWith(`${APP_URL}#r=`), link);
    // A reload shows the same result.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
    assert.deepEqual(await readScores(page, w), expectedScores(plan));
    // Back: the last step, with its answers.
    await page.goBack();
    await page.waitForURL(onCheckPage());
    await page.getByRole('button', { name: w.results, exact: true }).waitFor();
    await expectStepAnswers(page, w, plan, 5);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});

test('no answer is lost between the pages: the team view and back, and the check resumes with every answer', async () => {
  const w = WORDS.en;
  // Two steps answered and the third not begun.
  const plan = answerPlan(6).map((v, i) => (i < AREA_SIZES[0] + AREA_SIZES[1] ? v : null));
  const answered = plan.filter((v) => v !== null).length;
  const { context, page } = await fresh();
  await page.goto(APP_URL);
  await page.getByRole('button', { name: w.start }).click();
  for (const step of [0, 1]) {
    await answerStep(page, w, plan, step);
    await page.getByRole('button', { name: w.next, exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Roles and tasks' }).waitFor();
  // Later, on the start page: the team view from there.
  await page.goto(APP_URL);
  const resume = page.getByText(`You have started the check on this device: ${answered} of 38 statements answered.`);
  await resume.waitFor();
  const saved = await page.evaluate(() => localStorage.getItem('samspil:check:v1'));
  assert.match(saved, /r=/);
  await page.getByRole('button', { name: OPEN_TEAM }).click();
  await page.waitForURL(onTeamPage());
  await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
  assert.equal(page.url(), TEAM_URL, 'a new team: nothing of the check in the team page\'s address');
  assert.equal(await page.evaluate(() => localStorage.getItem('samspil:check:v1')), saved, 'the team page leaves the check alone');
  await page.getByRole('button', { name: 'To the start page' }).click();
  await page.waitForURL(onCheckPage());
  await resume.waitFor();
  // "Continue" opens the first step with statements still open; the steps before
  // it are behind it, answers and all.
  const open = AREA_SIZES.findIndex((_, area) => areaSlice(plan, area).includes(null));
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  for (let step = open; step >= 0; step--) {
    await expectStepAnswers(page, w, plan, step);
    if (step > 0) await page.getByRole('button', { name: w.back, exact: true }).click();
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('samspil:check:v1')).then((v) => v.split('r=')[1]), saved.split('r=')[1]);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('"To the start page" on the team page leads to the self-check\'s start page: from a team, a summary and a damaged team link', async () => {
  // Eight: enough for a summary for the minutes under the team rules.
  const team = teamPayloadOf([1, 2, 3, 4, 5, 6, 7, 8].map((k) => person2(k)));
  const summary = await openOnTeamPage(`${TEAM_URL}#t=${team}`);
  await reachTheEnd(summary.page);
  const summaryLink = await summary.page.getByRole('textbox', { name: 'Summary link' }).inputValue();
  await summary.context.close();
  // Each case is tried, and every one that fails is said.
  const failed = [];
  for (const [what, address, button] of [
    ['a team', `${TEAM_URL}#t=${team}`, 'To the start page'],
    ['a summary', summaryLink, 'To the start page'],
    ['a damaged team link', `${TEAM_URL}#t=${team.slice(0, 40)}`, 'Go to the start page'],
  ]) {
    const { context, page } = await openOnTeamPage(address);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: button }).first().click();
    try {
      await page.getByRole('button', { name: WORDS.en.start }).waitFor({ timeout: 10000 });
      assert.ok(onCheckPage()(new URL(page.url())), page.url());
      assert.ok(!/[#&][tm]=/.test(page.url()), `the team stays behind: ${page.url()}`);
      assert.deepEqual(page.problems, []);
    } catch (e) {
      const at = page.url().length > 70 ? `${page.url().slice(0, 70)}…` : page.url();
      failed.push(`${what}: no start page; the page is at ${at} (${e.message.split('\n')[0]})`);
    }
    await context.close();
  }
  assert.deepEqual(failed, [], failed.join('\n'));
});

test('a first visit downloads only its own page\'s code: the self-check\'s wasm on index.html (not the result\'s), the team\'s on team.html', async () => {
  // A server of its own, with a log of every request that reached it.
  const host = await startServer(['--dir', 'dist'], { log: true });
  const base = `${host.origin}/`;
  try {
    // The self-check, in a browser that has never seen Samspil.
    let { context, page } = await fresh();
    let asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(base);
    await page.getByRole('button', { name: WORDS.en.start }).waitFor();
    // Once the offline copy is in place, everything it keeps is in the log too.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.ok(asked.some((p) => CHECK_WASM.test(p)), `the self-check's wasm: ${asked.join(' ')}`);
    assert.deepEqual(asked.filter((p) => TEAM_CODE.test(p)), [], 'no code of the team page');
    assert.deepEqual(asked.filter((p) => RESULT_CODE.test(p)), [], 'no code of the result page: the service worker keeps it for later');
    const served = host.requests.map((r) => r.path);
    assert.ok(served.some((p) => CHECK_WASM.test(p)), served.join(' '));
    assert.deepEqual(served.filter((p) => /samspil-team-|boot-team-|team\.html/.test(p)), [],
      'nothing of the team page reached the network, from the page or its service worker');
    await context.close();

    // The team page, first visit: its own code only. (Once it has loaded, the
    // service worker it installs keeps the self-check's files for offline use;
    // those are the worker's requests, not the page's.)
    ({ context, page } = await fresh());
    asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${base}team.html`);
    await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
    await page.waitForLoadState('load');
    assert.ok(asked.some((p) => TEAM_WASM.test(p)), `the team's wasm: ${asked.join(' ')}`);
    assert.equal(asked.filter((p) => /\.wasm$/.test(p)).length, 1, `one wasm: ${asked.join(' ')}`);
    assert.deepEqual(asked.filter((p) => CHECK_CODE.test(p)), [], 'no code of the self-check');
    assert.deepEqual(page.problems, []);
    await context.close();
  } finally {
    await host.stop();
  }
});

test('under a sub-path the pages hand over to each other the same way', async () => {
  const basePath = '/tools/samspil/';
  const host = await startServer(['--dir', 'dist', '--base', basePath]);
  const base = `${host.origin}${basePath}`;
  const teamPage = `${base}team.html`;
  try {
    // From the start page to the team view and back.
    const { context, page } = await fresh();
    await page.goto(base);
    await page.getByRole('button', { name: OPEN_TEAM }).click();
    await page.waitForURL(onTeamPage(base));
    await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
    assert.equal(page.url(), teamPage);
    await page.getByRole('button', { name: 'To the start page' }).click();
    await page.waitForURL(onCheckPage(base));
    await page.getByRole('button', { name: WORDS.en.start }).waitFor();
    assert.equal(new URL(page.url()).pathname, basePath);

    // A team link on the self-check's address goes on to the team page beside it;
    // the team view's links start there, and the meeting's invitation is the folder.
    await page.goto(`${base}#t=${GOLDEN_TEAM}`);
    await page.waitForURL(onTeamPage(base));
    const picture = await teamPicture(page);
    assert.equal(picture.link, `${teamPage}#t=${GOLDEN_TEAM}`);
    assert.equal(picture.respondents, 'Respondents (3)');
    await reachTheEnd(page);
    // Three people: no summary for the minutes (issue #27), and the page says why.
    await page.getByText('A summary for the minutes needs at least 5 respondents').waitFor();
    await page.getByRole('button', { name: 'Meeting display' }).click();
    // The invitation is the last slide (the number of slides depends on the team).
    for (let i = 0; i < 40; i++) {
      if (await page.getByRole('img', { name: "QR code of the check's address" }).count()) break;
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('img', { name: "QR code of the check's address" }).waitFor();
    assert.ok(await page.getByText(base, { exact: true }).isVisible(), 'the invitation is the self-check\'s folder');

    // A result link opened on the team page goes on to the result page beside it,
    // and so does one on the self-check's folder; the result's own link is the folder's.
    await page.goto(`${teamPage}#${GOLDEN_RESULT}`);
    await page.waitForURL(onResultPage(base));
    await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${basePath}result.html`);
    await page.goto(`${base}#${GOLDEN_RESULT}`);
    await page.waitForURL(onResultPage(base));
    await page.getByRole('heading', { level: 1, name: WORDS.en.sharedTitle }).waitFor();
    await page.getByText('Frivilligcenter & kommune').first().waitFor();
    assert.deepEqual(page.problems, []);
    await context.close();
  } finally {
    await host.stop();
  }
});
