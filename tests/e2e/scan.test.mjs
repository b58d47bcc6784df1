// Collecting in the room (issue 29, item 4): the facilitator's camera reads the QR
// codes of the partners' results, and each is added to the team as a pasted link.
// The camera is Chromium's fake device fed a video (Y4M) of the QR codes the result
// page itself shows; a refused and a missing camera get their message and the way
// to the paste box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, CHROMIUM_ARGS, APP_URL, TEAM_URL, reachTheEnd } from './browser.mjs';
import { WORDS, message } from './words.mjs';
import { resultPayload2, teamPayloadOf, person2 } from './links.mjs';

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-scan-'));
const SHOTS = path.resolve('docs/screenshots');
const W = 640;
const H = 480;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); fs.rmSync(TMP, { recursive: true, force: true }); });

/// No WCAG 2.2 AA violation that axe finds, on the scanner as it stands.
async function axe(page, where) {
  const result = await new AxeBuilder({ page }).include('.samspil-team-add')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(found, [], found.join('\n'));
}

const fill = (text, values) => text.replace(/\{ ?\$(\w+) ?\}/g, (_, k) => values[k]);

/// The QR code the result page shows for a result link, as the partner's phone shows
/// it: a screenshot of the code, then its pixels' luma centred on a white 640 × 480
/// frame. Gives the frame's Y plane and the link the code stands for.
async function resultFrame(p, org) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${APP_URL}#s=results&r=${resultPayload2(p)}&n=Aaby%20Sammen&o=${encodeURIComponent(org)}`);
  const link = await page.getByLabel(WORDS.en.resultLink).inputValue();
  const png = await page.getByRole('img', { name: 'QR code of the link' }).screenshot();
  const y = await page.evaluate(async ({ data, W, H }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    // As large as fits with a margin: a phone held up to the camera.
    const side = Math.min(W, H) - 40;
    ctx.drawImage(img, (W - side) / 2, (H - side) / 2, side, side);
    const px = ctx.getImageData(0, 0, W, H).data;
    const y = new Array(W * H);
    for (let i = 0; i < W * H; i++) y[i] = Math.round(0.299 * px[4 * i] + 0.587 * px[4 * i + 1] + 0.114 * px[4 * i + 2]);
    return y;
  }, { data: png.toString('base64'), W, H });
  await context.close();
  return { link, y: Buffer.from(y) };
}

/// A Y4M video (4:2:0): a header, then per frame 'FRAME', the Y plane and the two
/// chroma planes (grey: 128). Each picture is held for `hold` frames at 10 a second.
function y4m(file, pictures, hold = 10) {
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const y of pictures) {
    for (let i = 0; i < hold; i++) parts.push(Buffer.from('FRAME\n'), y, chroma, chroma);
  }
  fs.writeFileSync(file, Buffer.concat(parts));
}

async function cameraBrowser(video) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`],
  });
}

test('the camera reads two partners\' result QR codes: each is added and announced, the team link holds both', async () => {
  const one = await resultFrame(person2(3, 9), 'Red Cross');
  const two = await resultFrame(person2(8, 7), 'Aaby Kommune');
  const video = path.join(TMP, 'two-results.y4m');
  y4m(video, [one.y, two.y]);
  const cam = await cameraBrowser(video);
  try {
    const context = await cam.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['camera'], { origin: new URL(APP_URL).origin });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(TEAM_URL);
    const open = page.getByRole('button', { name: message('en', 'scan-open') });
    await open.click();
    assert.equal(await open.getAttribute('aria-expanded'), 'true');
    await page.getByRole('heading', { name: message('en', 'scan-title') }).waitFor();
    const status = page.getByRole('status').filter({ hasText: /QR code/ });
    // Both codes, each announced once, in the live region and the list below it.
    const added = message('en', 'report-added');
    await page.getByText(fill(message('en', 'scan-read'), { n: 2, outcome: '' }), { exact: false }).first().waitFor({ timeout: 20000 });
    const said = await page.locator('.samspil-scan').innerText();
    assert.match(said, new RegExp(`QR code 1: (Red Cross|Aaby Kommune): ${added}`));
    assert.match(said, new RegExp(`QR code 2: (Red Cross|Aaby Kommune): ${added}`));
    assert.match(await status.innerText(), /^QR code 2: /);
    await page.getByRole('heading', { name: fill(message('en', 'respondents-title'), { n: 2 }) }).waitFor();
    // Held up for longer, a code is not added twice.
    await page.waitForTimeout(1500);
    assert.doesNotMatch(await page.locator('.samspil-scan').innerText(), /QR code 3/);
    assert.match(new URL(page.url()).hash, /^#t=/);
    // The team link holds both results: a fresh browser pasting nothing sees them.
    const again = await browser.newContext({ locale: 'en-GB' });
    const fresh = await again.newPage();
    await fresh.goto(page.url());
    await fresh.getByRole('heading', { name: fill(message('en', 'respondents-title'), { n: 2 }) }).waitFor();
    await again.close();
    await axe(page, 'the scanner, reading');
    // The scanner with what it read: the camera's picture, the announcements.
    await page.locator('.samspil-scan').screenshot({ path: path.join(SHOTS, 'handoff-scanner-1280.png') });
    // Closing the scanner turns the camera off.
    await open.click();
    await page.getByRole('heading', { name: message('en', 'scan-title') }).waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await cam.close();
  }
});

test('a refused camera and a missing camera say so, in Danish and English, and lead to the paste box', async () => {
  // Refused: the fake camera is there, but the page may not use it.
  const video = path.join(TMP, 'blank.y4m');
  y4m(video, [Buffer.alloc(W * H, 255)], 1);
  const cam = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`,
      '--deny-permission-prompts'],
  });
  try {
    for (const lang of ['da', 'en']) {
      const context = await cam.newContext({ locale: WORDS[lang].locale, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(TEAM_URL);
      await page.getByRole('button', { name: message(lang, 'scan-open') }).click();
      await page.getByRole('alert').filter({ hasText: message(lang, 'scan-refused') }).waitFor();
      const state = await page.evaluate(async () => (await navigator.permissions.query({ name: 'camera' })).state);
      assert.equal(state, 'denied', 'the camera is really refused');
      await page.getByRole('button', { name: message(lang, 'scan-to-paste') }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'samspil-team-links');
      await axe(page, `${lang}: a refused camera`);
      if (lang === 'da') await page.locator('.samspil-scan').screenshot({ path: path.join(SHOTS, 'handoff-scanner-refused-da-360.png') });
      await context.close();
    }
  } finally {
    await cam.close();
  }
  // Missing: this machine has no camera, and the browser no fake one.
  for (const lang of ['da', 'en']) {
    const context = await browser.newContext({ locale: WORDS[lang].locale });
    await context.grantPermissions(['camera'], { origin: new URL(APP_URL).origin });
    const page = await context.newPage();
    await page.goto(TEAM_URL);
    await page.getByRole('button', { name: message(lang, 'scan-open') }).click();
    await page.getByRole('alert').filter({ hasText: message(lang, 'scan-missing') }).waitFor();
    await page.getByRole('button', { name: message(lang, 'scan-retry') }).click();
    await page.getByRole('alert').filter({ hasText: message(lang, 'scan-missing') }).waitFor();
    await context.close();
  }
});

test('the list of respondents names the partners the facilitator named who have not answered yet', async () => {
  for (const lang of ['en', 'da']) {
    const people = [person2(1, 9), person2(2, 9), person2(3, 7)];
    people[0].org = 1;
    people[1].org = 1;
    people[2].org = 2;
    const context = await browser.newContext({ locale: WORDS[lang].locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${TEAM_URL}#t=${teamPayloadOf(people, ['Red Cross', 'Aaby Kommune'])}`);
    await page.getByRole('heading', { name: fill(message(lang, 'respondents-title'), { n: 3 }) }).waitFor();
    // Everyone's partner comes from their answers: no one is missing.
    assert.equal(await page.locator('.samspil-respondents-missing').count(), 0);
    // The facilitator names the partners invited: two have not answered.
    await reachTheEnd(page);
    for (const name of ['Senior Club', 'Aaby Bibliotek']) {
      await page.getByLabel(message(lang, 'partner-new-label')).fill(name);
      await page.getByRole('button', { name: message(lang, 'partner-add') }).click();
    }
    const missing = page.locator('.samspil-respondents-missing');
    await missing.waitFor();
    assert.equal(await missing.innerText(), fill(message(lang, 'respondents-missing'), { names: 'Senior Club, Aaby Bibliotek' }));
    // It travels in the team link: a fresh browser shows the same.
    const again = await browser.newContext({ locale: WORDS[lang].locale });
    const fresh = await again.newPage();
    await fresh.goto(page.url());
    assert.equal(await fresh.locator('.samspil-respondents-missing').innerText(),
      fill(message(lang, 'respondents-missing'), { names: 'Senior Club, Aaby Bibliotek' }));
    await again.close();
    await context.close();
  }
});
