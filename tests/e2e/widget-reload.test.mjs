// The widget where the browser blocks storage for frames, and a host page that
// reloads (issue 29, item 6; the field test's step 5). What this Chromium does, as
// docs/embedding.md ("When the host page reloads") reports it: headless Chromium
// refuses a frame from another site any storage, and a reload of the host page
// loads the frame at the address its host gave it, not at the frame's own current
// address (with the answers in its fragment). So the widget's own address cannot
// keep the answers through a host reload; the way out the widget offers is "Open
// in a new tab", which carries them to Samspil's own page.
//
// The host page is served from `localhost` and the app from `127.0.0.1`: two sites,
// so the frame is a third party (two ports of one host would be one site).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, APP_URL } from './browser.mjs';
import { WORDS, message } from './words.mjs';
import { startServer } from './servers.mjs';

let browser;
let host;
before(async () => {
  browser = await launch();
  host = await startServer(['--dir', 'examples', '--demo-host', APP_URL]);
});
after(async () => {
  await host?.stop();
  await browser?.close();
});

const appFrame = (page) => page.frames().find((f) => f.url().startsWith(APP_URL));

test('in a storage-blocked frame, a host reload starts the widget at its host\'s address; "Open in a new tab" carries the answers first', async () => {
  const w = WORDS.da;
  const context = await browser.newContext({ locale: w.locale });
  const page = await context.newPage();
  await page.goto(`http://localhost:${host.port}/host.html`);
  const widget = page.frameLocator('iframe');
  await widget.getByRole('button', { name: w.start }).click();
  // The frame's storage is really blocked, not merely empty.
  const storage = await appFrame(page).evaluate(() => {
    try { localStorage.setItem('samspil-probe', '1'); return 'kept'; } catch (e) { return e.name; }
  });
  assert.equal(storage, 'SecurityError');
  await widget.getByText(message('da', 'notice-storage-embedded')).waitFor();
  const agree = widget.getByRole('radio', { name: w.scale[3], exact: true });
  for (let i = 0; i < 3; i++) await agree.nth(i).check();
  // The answers are in the frame's own address, and in the way out.
  for (let i = 0; i < 50 && !/[#&]r=/.test(appFrame(page).url()); i++) await page.waitForTimeout(50);
  const before = new URL(appFrame(page).url()).hash;
  assert.match(before, /[#&]r=[A-Za-z0-9_-]+/);
  const out = widget.getByRole('link', { name: message('da', 'open-in-tab') });
  const href = await out.getAttribute('href');
  const carried = new URL(href).hash.match(/[#&]r=([A-Za-z0-9_-]+)/)[1];
  assert.equal(carried, before.match(/[#&]r=([A-Za-z0-9_-]+)/)[1]);
  // Opened in a tab of its own, the check goes on with the three answers.
  const tab = await context.newPage();
  await tab.goto(href);
  await tab.getByRole('radio', { checked: true }).first().waitFor();
  assert.equal(await tab.getByRole('radio', { checked: true }).count(), 3);
  await tab.close();
  // The host reloads: Chromium loads the frame at the address embed.js gave it.
  await page.reload();
  await widget.getByRole('button', { name: w.start }).waitFor();
  const after = new URL(appFrame(page).url()).hash;
  assert.doesNotMatch(after, /[#&]r=/, 'Chromium does not restore a frame\'s own address on a host reload');
  await context.close();
});
