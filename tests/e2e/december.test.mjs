// The December audit's findings that live in the address, the history and the
// device (../shared/reviews/audit-2026-12.md, E4, E10, E13), and the plan's owner
// field (field test, polish 17): each reproduced as the audit or the field test did
// it, through the real bundle. docs/audit-2026-12-done.md says what each one was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL, TEAM_URL, reachTheEnd } from './browser.mjs';
import { WORDS, AREA_SIZES, FIRST_ID, answerPlan } from './words.mjs';
import { answerStep, expectStepAnswers } from './check.mjs';
import { teamPayloadOf } from './links.mjs';

const w = WORDS.en;
const AREAS = ['Shared goals', 'Communication', 'Roles and tasks'];
const OTHER_ANSWERS = 'This address holds other answers than the ones saved on this device';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// A tab whose device refuses saves while `window.name` says so (it survives a
/// reload, as a full storage does): 'refuse-local' refuses the device's storage
/// (another app of the origin filled it), 'refuse-all' the tab's session storage too.
async function refusingContext() {
  const context = await browser.newContext({ locale: w.locale });
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function refusing(key, value) {
      const refuse = window.name === 'refuse-all' || (window.name === 'refuse-local' && this === window.localStorage);
      if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  return { context, page };
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

for (const refusal of ['refuse-local', 'refuse-all']) {
  test(`E4: after a failed save and a reload the tab's newer answers stay the person's own (${refusal})`, async () => {
    const { context, page } = await refusingContext();
    const plan = answerPlan(4);
    await page.goto(APP_URL);
    await page.getByRole('button', { name: w.start }).click();
    await answerStep(page, w, plan, 0);
    // Step 1 is saved; then the device stops accepting saves.
    assert.match(await page.evaluate(() => localStorage.getItem('samspil:check:v1')), /r=/);
    await page.evaluate((name) => { window.name = name; }, refusal);
    if (refusal === 'refuse-local') {
      // An answer of step 1 changed after the failure: the address no longer only
      // adds to what the device holds; the tab knows it wrote it.
      plan[0] = plan[0] === 1 ? 2 : 1;
      await answerStep(page, w, plan, 0);
    }
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await heading(page, AREAS[1]).waitFor();
    await answerStep(page, w, plan, 1);
    await page.getByText('This browser does not let Samspil save on this device').first().waitFor();
    assert.match(page.url(), /[#&]r=/, 'the answers are in the address');

    await page.reload();
    await heading(page, AREAS[1]).waitFor();
    assert.equal(new URL(page.url()).pathname, new URL(APP_URL).pathname, 'still the self-check, not a shared result');
    await expectStepAnswers(page, w, plan, 1);
    assert.equal(await page.getByText(OTHER_ANSWERS).count(), 0);
    await page.getByRole('button', { name: w.back, exact: true }).click();
    await expectStepAnswers(page, w, plan, 0);

    // Saves work again: the next save keeps every answer on the device.
    await page.evaluate(() => { window.name = ''; });
    await page.reload();
    await heading(page, AREAS[0]).waitFor();
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await heading(page, AREAS[1]).waitFor();
    await page.goto(APP_URL);
    const answered = plan.slice(0, AREA_SIZES[0] + AREA_SIZES[1]).filter((v) => v !== null).length;
    await page.getByText(`${answered} of 38 statements answered`).first().waitFor();
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('E4: a check finished with the device full opens as the person\'s own result', async () => {
  const { context, page } = await refusingContext();
  const plan = answerPlan(5);
  await page.goto(APP_URL);
  await page.getByRole('button', { name: w.start }).click();
  await answerStep(page, w, plan, 0);
  await page.evaluate(() => { window.name = 'refuse-all'; });
  for (let step = 1; step < 6; step++) {
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await answerStep(page, w, plan, step);
  }
  await page.getByRole('button', { name: w.results, exact: true }).click();
  await heading(page, w.resultTitle).waitFor();
  assert.equal(await page.getByText(OTHER_ANSWERS).count(), 0);
  await page.reload();
  await heading(page, w.resultTitle).waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('E10: Back and Forward move one step at a time', async () => {
  const context = await browser.newContext({ locale: w.locale });
  const page = await context.newPage();
  const plan = answerPlan(2);
  await page.goto(APP_URL);
  await page.getByRole('button', { name: w.start }).click();
  for (let step = 0; step < 3; step++) {
    if (step > 0) await page.getByRole('button', { name: w.next, exact: true }).click();
    await heading(page, AREAS[step]).waitFor();
    await answerStep(page, w, plan, step);
  }
  const entries = await page.evaluate(() => history.length);
  // Each press of Back is one step back; the answers stay.
  await page.goBack();
  await heading(page, AREAS[1]).waitFor();
  await expectStepAnswers(page, w, plan, 1);
  await page.goBack();
  await heading(page, AREAS[0]).waitFor();
  await expectStepAnswers(page, w, plan, 0);
  // Forward goes the same way back.
  await page.goForward();
  await heading(page, AREAS[1]).waitFor();
  await page.goForward();
  await heading(page, AREAS[2]).waitFor();
  await expectStepAnswers(page, w, plan, 2);
  assert.equal(await page.evaluate(() => history.length), entries, 'no entry was added on the way');
  // Back to the start page, and forward into the check again.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.getByRole('button', { name: w.start }).or(page.getByRole('button', { name: 'Continue where I left off' })).first().waitFor();
  await page.goForward();
  await heading(page, AREAS[0]).waitFor();
  await expectStepAnswers(page, w, plan, 0);
  await context.close();
});

test('E13: an address whose path starts with //host/ never leads off Samspil\'s origin', async () => {
  const app = new URL(APP_URL);
  // Port 9 (discard): nothing is served there; a request to it is the open redirect.
  const elsewhere = '127.0.0.1:9';
  const team = teamPayloadOf([{ bank: 2, sector: 7, answers: Array(38).fill(4), date: 2517 }]);
  const context = await browser.newContext({ locale: w.locale });
  const page = await context.newPage();
  const left = [];
  page.on('request', (r) => { if (new URL(r.url()).host !== app.host) left.push(r.url()); });
  for (const [fragment, target, title] of [
    ['r=EQEJ1UFOXApy4FOXApy4FEeM2A', 'result.html', w.sharedTitle],
    ['s=results&r=EQEJ1UFOXApy4FOXApy4FEeM2A', 'result.html', w.resultTitle],
    [`t=${team}`, 'team.html', 'The team picture'],
  ]) {
    await page.goto(`${app.origin}//${elsewhere}${app.pathname}#${fragment}`);
    await heading(page, title).waitFor();
    const url = new URL(page.url());
    assert.equal(url.origin, app.origin, page.url());
    assert.ok(url.pathname.endsWith(`/${target}`), page.url());
    // A result's address is its link (issue 29): the answers, never a view name.
    if (target === 'result.html') assert.match(url.hash, /^#r=/, `${url.hash} of #${fragment}`);
    else assert.ok(`#${fragment}`.startsWith(url.hash), `${url.hash} of #${fragment}`);
  }
  assert.deepEqual(left, [], 'no request left the origin');
  await context.close();
});

/// Eight people on bank 2 whose team suggests actions (as in plan.test.mjs).
function team() {
  const people = [];
  for (let i = 0; i < 8; i++) {
    const answers = Array(38).fill(4);
    if (i >= 6) for (const id of [40, 42, 45, 46]) answers[id - FIRST_ID[2]] = 2;
    people.push({ bank: 2, sector: i < 6 ? 7 : 10, answers, date: 2517 + i });
  }
  return teamPayloadOf(people);
}

test('the owner of a plan action is taken as it is typed: the counter follows, a re-render keeps it, the link has it', async () => {
  const context = await browser.newContext({ locale: w.locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${TEAM_URL}#t=${team()}`);
  await reachTheEnd(page);
  const plan = page.getByRole('region', { name: 'Our action plan' });
  await page.getByRole('region', { name: 'What the team can do next' })
    .getByRole('button', { name: 'Put in the plan' }).first().click();
  await plan.getByText('Actions in the plan: 1 of 8').waitFor();
  const owner = plan.getByLabel('Owner');
  // Typed key by key, and the field never left.
  const first = 'Røde Kors';
  await owner.pressSequentially(first);
  await plan.getByText(`${first.length} of 40 characters`).waitFor();
  assert.equal(await owner.inputValue(), first, 'the space between the words stays');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('&p='));
  // Something re-renders the team view while the person types (here: the address
  // read again, as back/forward or another tab would make it).
  await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  const rest = ' (Karim)';
  await owner.pressSequentially(rest);
  const whole = first + rest;
  await plan.getByText(`${whole.length} of 40 characters`).waitFor();
  assert.equal(await owner.inputValue(), whole);
  assert.ok(await owner.evaluate((el) => el === document.activeElement), 'the field keeps the focus');
  // In the team link before the field is left: a reload keeps it.
  await page.reload();
  await reachTheEnd(page);
  await plan.getByText('Actions in the plan: 1 of 8').waitFor();
  assert.equal(await plan.getByLabel('Owner').inputValue(), whole);
  await context.close();
});
