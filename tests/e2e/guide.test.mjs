// The printable facilitator guide: the team view links to it in the page's language,
// the link opens the guide of that language under the page's policy, and each guide
// prints on at most two A4 pages. The link's words come from locales/<lang>.ftl.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, APP_URL, TEAM_URL } from './browser.mjs';
import { teamPayloadOf, person2 } from './links.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LANGS = ['da', 'sv', 'nb', 'fi', 'en'];
/// The text of `key` in a language's file (a one-line message).
function ftl(lang, key) {
  const text = fs.readFileSync(path.join(ROOT, 'locales', `${lang}.ftl`), 'utf8');
  const m = text.match(new RegExp(`^${key} = (.+)$`, 'm'));
  assert.ok(m, `${key} in locales/${lang}.ftl`);
  return m[1].trim();
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const team = teamPayloadOf([person2(1), person2(2), person2(3)]);

for (const lang of LANGS) {
  test(`the team view links to the guide in ${lang}, which opens under the page's policy`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(`${TEAM_URL}#t=${team}&lang=${lang}`);
    const words = ftl(lang, 'guide-link');
    const link = page.getByRole('link', { name: words });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), `guide-${lang}.html`);
    assert.equal(await link.getAttribute('target'), '_blank');

    const [guide] = await Promise.all([context.waitForEvent('page'), link.click()]);
    guide.on('pageerror', (e) => problems.push(e.message));
    guide.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await guide.waitForLoadState('load');
    assert.equal(new URL(guide.url()).href, new URL(`guide-${lang}.html`, APP_URL).href);
    assert.equal(await guide.locator('html').getAttribute('lang'), lang);
    assert.equal(await guide.getByRole('heading', { level: 1 }).textContent(), words);
    // Its stylesheet applied (a CSP violation or a missing file would leave it plain).
    // (guide.css gives the body a width of 46rem: 736 px.)
    assert.equal(await guide.evaluate(() => getComputedStyle(document.body).maxWidth), '736px');
    // The other languages' guides are one link away.
    for (const other of LANGS.filter((l) => l !== lang)) {
      assert.equal(await guide.locator(`a[href="guide-${other}.html"]`).count(), 1);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('each guide prints on at most two A4 pages', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const lang of LANGS) {
    await page.goto(new URL(`guide-${lang}.html`, APP_URL).href);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `guide-${lang}.html prints on ${pages} pages`);
  }
  await context.close();
});
