import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the app starts under its strict Content-Security-Policy', async () => {
  const page = await openPage(browser);
  await page.getByRole('heading', { level: 1, name: 'How healthy is your partnership?' }).waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
