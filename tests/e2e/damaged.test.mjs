import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL, onTeamPage, onCheckPage, onResultPage } from './browser.mjs';
import { WORDS } from './words.mjs';
import { forge, resultPayload2, teamPayloadOf, person, person2 } from './links.mjs';

// A valid result link of bank version 1 (a golden vector from tests/codec.rs).
const GOOD = 'EQEJ1UFOXApy4FOXApy4FEeM2A';
const TEAM = 'EgEDCdVCmLoUxdCmLoUxdCgATqohqzENWYhqzENWYhBDmMYAAAAAAAAAAAAAAAABGUZyaXZpbGxpZ2NlbnRlciAmIGtvbW11bmVqftA';
// Bank 2: a result link, and a format-3 team mixing bank 2 and bank 1.
const GOOD2 = resultPayload2(person2(1));
const MIXED = teamPayloadOf([person2(2), { ...person(3), bank: 1 }]);

const DAMAGED = {
  'empty payload': '#r=',
  'cut off': `#r=${GOOD.slice(0, 17)}`,
  'one character changed': `#r=${GOOD.slice(0, 8)}${GOOD[8] === 'A' ? 'B' : 'A'}${GOOD.slice(9)}`,
  'a character that does not belong': `#r=${GOOD.slice(0, 5)}*${GOOD.slice(6)}`,
  'letters that are not base64url': '#r=ÆØÅæøå',
  'too long': `#r=${GOOD}AAAA`,
  'unknown format version': `#r=${forge(GOOD, (b) => { b[0] = 0x21; })}`,
  'unknown bank version': `#r=${forge(GOOD, (b) => { b[1] = 9; })}`,
  'answer out of range': `#r=${forge(GOOD, (b) => { b[5] |= 0xe0; })}`,
  'a team payload in a result link': `#r=${TEAM}`,
  'damaged team link': `#t=${TEAM.slice(0, 40)}`,
  'two links glued together': `#r=${GOOD}${GOOD}`,
  'bank 2, cut off': `#r=${GOOD2.slice(0, 20)}`,
  'a result link in format 3 (only team links have it)': `#r=${forge(GOOD2, (b) => { b[0] = 0x31; })}`,
  'a result link of bank 0 (only a mixed team has it)': `#r=${forge(GOOD2, (b) => { b[1] = 0; })}`,
  'a mixed team whose first person has a bank no release made': `#t=${forge(MIXED, (b) => { b[3] = (b[3] & 0x0f) | (9 << 4); })}`,
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [kind, fragment] of Object.entries(DAMAGED)) {
  test(`a damaged link explains itself: ${kind}`, async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // Opened where a link of its kind has always pointed: the self-check's address.
    // A team link goes on to the team page, a result link to the result page, and
    // that page explains the damage.
    const onItsPage = fragment.startsWith('#t=') ? onTeamPage() : onResultPage();
    await page.goto(APP_URL + fragment);
    await page.waitForURL(onItsPage);
    // In the person's language, with a way forward.
    await page.getByRole('heading', { level: 1, name: WORDS.da.linkError }).waitFor();
    assert.ok(onItsPage(new URL(page.url())), page.url());
    const alert = page.getByRole('alert');
    assert.ok((await alert.innerText()).trim().length > 20);
    assert.equal(await page.locator('.samspil-panic').count(), 0, 'no panic panel');
    // The way forward is the self-check's start page (from the team page too).
    await page.getByRole('button', { name: 'Gå til forsiden' }).click();
    await page.getByRole('button', { name: WORDS.da.start }).waitFor().catch((e) => {
      throw new Error(`the start page never shows; the page is at ${page.url()}\n${e.message}`);
    });
    assert.ok(onCheckPage()(new URL(page.url())), page.url());
    assert.ok(!/[#&][rt]=/.test(page.url()), `the damaged link is left behind: ${page.url()}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a damaged link does not touch unfinished answers on the device', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.getByRole('button', { name: WORDS.en.start }).click();
  await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Agree', exact: true }).check();
  await page.goto(`${APP_URL}#r=${GOOD.slice(0, 10)}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: WORDS.en.linkError }).waitFor();
  await page.getByRole('button', { name: 'Go to the start page' }).click();
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  assert.ok(await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Agree', exact: true }).isChecked());
  await context.close();
});

test('corrupt data on the device is discarded with a notice', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('samspil:check:v1', 's=3&r=not-a-real-payload');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(APP_URL);
  await page.getByText('could not be read and were removed').waitFor();
  await page.getByRole('button', { name: WORDS.en.start }).click();
  await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Agree', exact: true }).check();
  assert.match(await page.evaluate(() => localStorage.getItem('samspil:check:v1')), /^s=1&r=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('blocked storage: the check works in memory, with a one-line notice', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(APP_URL);
  await page.getByText('does not let Samspil save on this device').waitFor();
  await page.getByRole('button', { name: WORDS.en.start }).click();
  const first = page.getByRole('main').getByRole('group').first();
  await first.getByRole('radio', { name: 'Strongly agree', exact: true }).check();
  // The answer is kept in the address, so a reload still has it.
  await page.reload();
  assert.ok(await page.getByRole('main').getByRole('group').first().getByRole('radio', { name: 'Strongly agree', exact: true }).isChecked());
  assert.deepEqual(problems, []);
  await context.close();
});
