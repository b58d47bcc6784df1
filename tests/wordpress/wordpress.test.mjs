// The WordPress plugin in a real WordPress (Debian's packages, started by
// tests/wordpress/site.sh; tests/wordpress/run does both). An administrator uploads
// the plugin zip in wp-admin and activates it, publishes a page with the block and one
// with the shortcode; then visitors take the check in both, at 360 and 1280 px, open an
// Outlook %23 result link under the plugin's path and a data-share result inside the
// page. Every request and every CSP violation of the visitors' pages is recorded.
//   SITE_URL, ADMIN_USER, ADMIN_PASSWORD, WP_DEBUG_LOG, DB_SOCKET (site.env), PLUGIN_ZIP
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from '../e2e/browser.mjs';
import { WORDS, answerPlan, expectedScores } from '../e2e/words.mjs';
import { answerStep, readScores } from '../e2e/check.mjs';
import { LOCALES } from './translations.mjs';

const SITE = process.env.SITE_URL;
const ZIP = process.env.PLUGIN_ZIP;
if (!SITE || !ZIP) throw new Error('SITE_URL and PLUGIN_ZIP are needed: run tests/wordpress/run');
const ORIGIN = new URL(SITE).origin;
const APP = `${SITE}/samspil/`;
const BLOCK_SLUG = 'partnerskab-blok';
const SHORTCODE_SLUG = 'partnerskab-kortkode';
const BLOCK_PAGE = `${SITE}/${BLOCK_SLUG}/`;
const SHORTCODE_PAGE = `${SITE}/${SHORTCODE_SLUG}/`;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";
const w = WORDS.da;
const SHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

let browser;
let admin;
before(async () => {
  browser = await launch();
  admin = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })).newPage();
});
after(async () => {
  await browser?.close();
});

/// A visitor's context that records every request and every CSP violation, in every frame.
async function visitor(viewport) {
  const context = await browser.newContext({ locale: 'da-DK', viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.requests = [];
  context.problems = [];
  context.on('request', (r) => context.requests.push(r.url()));
  context.on('page', (page) => watch(context, page));
  return context;
}

function watch(context, page) {
  page.on('pageerror', (e) => context.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|CSP violation/i.test(m.text())) context.problems.push(`console: ${m.text()}`);
  });
}

/// Requests that left the site's origin (data: and blob: addresses stay in the browser).
const foreign = (context) => context.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== ORIGIN);

async function wpData(page, fn, arg) {
  return page.evaluate(fn, arg);
}

/// Opens the block editor on a new page (or `post`), past the welcome guide.
async function openEditor(page, post) {
  await page.goto(post ? `${SITE}/wp-admin/post.php?post=${post}&action=edit` : `${SITE}/wp-admin/post-new.php?post_type=page`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks.getBlockType('core/paragraph'));
  await wpData(page, () => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/// Publishes the page open in the editor with a title, a slug and blocks.
async function publish(page, title, slug, blocks) {
  return wpData(page, async ({ title, slug, blocks }) => {
    const { select, dispatch } = window.wp.data;
    const made = blocks.map(([name, attributes]) => window.wp.blocks.createBlock(name, attributes));
    dispatch('core/block-editor').resetBlocks(made);
    dispatch('core/editor').editPost({ title, slug, status: 'publish' });
    await dispatch('core/editor').savePost();
    if (!select('core/editor').isCurrentPostPublished()) throw new Error('not published');
    return select('core/editor').getCurrentPostId();
  }, { title, slug, blocks });
}

/// The administrator's own language (Users → Profile → Language); `site-default`
/// is the site's, English here.
async function setAdminLocale(locale) {
  await admin.goto(`${SITE}/wp-admin/profile.php`);
  await admin.locator('select#locale').selectOption(locale);
  await admin.locator('input#submit').click();
  await admin.waitForLoadState('load');
  assert.equal(await admin.locator('select#locale').inputValue(), locale);
}

let blockPost;

test('an administrator uploads the plugin zip in wp-admin and activates it', async () => {
  await admin.goto(`${SITE}/wp-login.php`);
  await admin.locator('#user_login').fill(process.env.ADMIN_USER);
  await admin.locator('#user_pass').fill(process.env.ADMIN_PASSWORD);
  await admin.locator('#wp-submit').click();
  await admin.waitForURL(/wp-admin/);

  // Settings → Permalinks → "Post name", as most sites have it.
  await admin.goto(`${SITE}/wp-admin/options-permalink.php`);
  await admin.getByLabel('Post name', { exact: true }).check();
  await admin.locator('#submit').click();
  await admin.waitForLoadState('load');

  await admin.goto(`${SITE}/wp-admin/plugin-install.php?tab=upload`);
  await admin.locator('#pluginzip').setInputFiles(ZIP);
  await admin.locator('#install-plugin-submit').click();
  await admin.getByText('Plugin installed successfully.').waitFor();
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  await admin.getByText('Plugin activated.').waitFor();
  const row = admin.locator('tr[data-slug="samspil"]');
  assert.equal(await row.getAttribute('class').then((c) => /\bactive\b/.test(c)), true, 'Samspil is active');
});

test('the block in the editor: its settings and preview in da, sv, nb and fi; a page with the block is published', async () => {
  await setAdminLocale('da_DK');
  await openEditor(admin);
  blockPost = await publish(admin, 'Partnerskabets sundhedstjek', BLOCK_SLUG, [
    ['core/paragraph', { content: 'Tag tjekket før mødet.' }],
    ['samspil/check', { lang: 'da' }],
  ]);
  assert.ok(blockPost > 0);

  for (const locale of ['da_DK', 'sv_SE', 'nb_NO', 'fi']) {
    if (locale !== 'da_DK') await setAdminLocale(locale);
    const t = (s) => LOCALES[locale][s];
    await openEditor(admin, blockPost);
    await wpData(admin, () => {
      const { select, dispatch } = window.wp.data;
      const block = select('core/block-editor').getBlocks().find((b) => b.name === 'samspil/check');
      dispatch('core/block-editor').selectBlock(block.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const sidebar = admin.locator('.interface-complementary-area');
    await sidebar.getByRole('button', { name: t('Settings') }).waitFor();
    for (const label of ['Language', 'Opens on', 'Share links open', 'Accent colour', 'Font']) {
      await sidebar.getByLabel(t(label), { exact: true }).waitFor();
    }
    await sidebar.getByText(t("Leave out Samspil's name"), { exact: true }).waitFor();
    // The preview is Samspil itself, from this site, in the block's language.
    const preview = admin.frameLocator(`iframe[title="${t('Samspil preview')}"]`);
    await preview.getByRole('button', { name: w.start }).waitFor();
    await admin.getByText(t('Preview: visitors take the health check here. Their answers stay in their browser; nothing is sent to this site.')).waitFor();
    if (locale === 'da_DK') {
      fs.mkdirSync(SHOTS, { recursive: true });
      await admin.screenshot({ path: path.join(SHOTS, 'wordpress-editor-da-1280.png') });
    }
    // The inserter names the block in the same language.
    assert.equal(await wpData(admin, () => window.wp.blocks.getBlockType('samspil/check').title), t('Samspil partnership health check'));
  }

  // Changing a setting in the panel changes the preview: Swedish.
  await setAdminLocale('site-default');
  await openEditor(admin, blockPost);
  await wpData(admin, () => {
    const { select, dispatch } = window.wp.data;
    const block = select('core/block-editor').getBlocks().find((b) => b.name === 'samspil/check');
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const sidebar = admin.locator('.interface-complementary-area');
  await sidebar.getByLabel('Language', { exact: true }).selectOption('sv');
  await admin.frameLocator('iframe[title="Samspil preview"]').getByRole('button', { name: WORDS.sv.start }).waitFor();
  await sidebar.getByLabel('Language', { exact: true }).selectOption('da');
});

test('a page with the shortcode is published', async () => {
  await openEditor(admin);
  const id = await publish(admin, 'Samspil med kortkode', SHORTCODE_SLUG, [
    ['core/shortcode', { text: `[samspil lang="da" share="${SHORTCODE_PAGE}"]` }],
  ]);
  assert.ok(id > 0);
  const html = await (await fetch(SHORTCODE_PAGE)).text();
  assert.match(html, new RegExp(`<div class="samspil-shortcode" data-samspil data-lang="da" data-share="${SHORTCODE_PAGE.replaceAll('.', '\\.')}"></div>`));
  assert.match(html, new RegExp(`<script[^>]+src=["']${APP.replaceAll('.', '\\.')}embed\\.js`));
});

/// Takes the whole check in the widget of `url`; returns the result link and the plan.
async function takeCheck(context, url, widget, seed) {
  const page = await context.newPage();
  await page.goto(url);
  const frame = page.frameLocator(`${widget} iframe`);
  await frame.getByRole('button', { name: w.start }).waitFor();
  if (widget === '.wp-block-samspil-check') {
    const width = page.viewportSize().width;
    await page.locator(widget).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `wordpress-block-${width}.png`) });
  }
  await frame.getByRole('button', { name: w.start }).click();
  const plan = answerPlan(seed);
  for (let step = 0; step < 6; step++) {
    await answerStep(frame, w, plan, step);
    await frame.getByRole('button', { name: step === 5 ? w.results : w.next, exact: true }).click();
  }
  await frame.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
  assert.deepEqual(await readScores(frame, w), expectedScores(plan));
  // The widget fits the phone's width: no sideways scrolling on the host page.
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(width[0] <= width[1] + 1, `the page scrolls sideways: ${width}`);
  const link = await frame.getByLabel(w.resultLink).inputValue();
  return { page, link, plan };
}

const results = {};
for (const [name, url, widget] of [['block', BLOCK_PAGE, '.wp-block-samspil-check'], ['shortcode', SHORTCODE_PAGE, '.samspil-shortcode']]) {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    test(`a visitor completes the check in the ${name} at ${viewport.width} px: nothing to other origins, no CSP violation`, async () => {
      const context = await visitor(viewport);
      const { link, plan } = await takeCheck(context, url, widget, viewport.width + name.length);
      results[`${name}-${viewport.width}`] = { link, plan };
      assert.deepEqual(foreign(context), [], 'requests to other origins');
      assert.deepEqual(context.problems, [], 'errors or CSP violations');
      // The widget's frame is Samspil from the plugin's path on this site.
      assert.ok(context.requests.some((u) => u.startsWith(`${APP}embed.js`)), 'embed.js from the plugin');
      assert.ok(context.requests.some((u) => u.startsWith(APP) && u.endsWith('_bg.wasm')), 'the wasm from the plugin');
      await context.close();
    });
  }
}

test('an Outlook %23 result link under the plugin path opens the result in Samspil, not in WordPress\'s 404', async () => {
  const { link, plan } = results['block-1280'];
  assert.ok(link.startsWith(`${APP}#r=`), link);
  // Outlook Safe Links encodes the whole address: `#` as %23, `=` as %3D, `&` as %26.
  const fragment = link.slice(link.indexOf('#') + 1);
  const outlook = `${APP}%23${encodeURIComponent(fragment)}`;
  const plain = await fetch(outlook);
  assert.equal(plain.status, 404, "Samspil's 404.html, with the status of a static host");
  assert.equal(plain.headers.get('content-security-policy'), CSP);
  const body = await plain.text();
  assert.doesNotMatch(body, /wp-content|wp-includes/, 'not a page of the WordPress theme');
  assert.match(body, /boot-check-[0-9a-f]{10}\.js/, "Samspil's own page");
  const context = await visitor({ width: 1280, height: 800 });
  const page = await context.newPage();
  const response = await page.goto(outlook);
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
  assert.deepEqual(await readScores(page, w), expectedScores(plan));
  // The `#` is back: the address bar holds a proper link (on the result's own page).
  assert.ok(page.url().startsWith(`${APP}result.html#r=`) || page.url().startsWith(`${APP}#r=`), page.url());
  assert.ok(page.url().endsWith(fragment), `the answers are the link's: ${page.url()}`);
  assert.deepEqual(foreign(context), []);
  assert.deepEqual(context.problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});

test('a data-share result link, also in its Outlook form, opens the result inside the page with the widget', async () => {
  const { link, plan } = results['shortcode-1280'];
  assert.ok(link.startsWith(`${SHORTCODE_PAGE}#r=`), `the share link points at the page: ${link}`);
  const context = await visitor({ width: 1280, height: 800 });
  const page = await context.newPage();
  await page.goto(link);
  const frame = page.frameLocator('.samspil-shortcode iframe');
  await frame.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
  assert.deepEqual(await readScores(frame, w), expectedScores(plan));

  // The same link through Outlook Safe Links (`…/page/%23r%3D…`): back to the page, in its widget.
  const fragment = link.slice(link.indexOf('#') + 1);
  const outlook = await context.newPage();
  await outlook.goto(`${SHORTCODE_PAGE}%23${encodeURIComponent(fragment)}`);
  assert.equal(outlook.url(), link);
  await outlook.frameLocator('.samspil-shortcode iframe').getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
  assert.deepEqual(await readScores(outlook.frameLocator('.samspil-shortcode iframe'), w), expectedScores(plan));
  // A page without Samspil keeps WordPress's own "page not found".
  assert.equal((await fetch(`${SITE}/sample-page/%23${encodeURIComponent(fragment)}`, { redirect: 'manual' })).status, 404);
  assert.deepEqual(foreign(context), []);
  assert.deepEqual(context.problems, []);
  await context.close();
});

test('the plugin serves Samspil as a static host would: types, policy, caching, the folder\'s slash', async () => {
  const index = await fetch(APP);
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(index.headers.get('content-security-policy'), CSP);
  const html = await index.text();
  const wasm = html.match(/samspil-[0-9a-f]{10}_bg\.wasm/)[0];
  const file = await fetch(APP + wasm, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/wasm');
  assert.equal(file.headers.get('content-encoding'), 'gzip');
  assert.match(file.headers.get('cache-control'), /immutable/);
  assert.ok(WebAssembly.validate(new Uint8Array(await file.arrayBuffer())), 'a valid wasm module');
  const etag = index.headers.get('etag');
  assert.equal((await fetch(APP, { headers: { 'if-none-match': etag } })).status, 304);
  const bare = await fetch(`${SITE}/samspil`, { redirect: 'manual' });
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.get('location'), APP);
  // Names outside the bundle, or reaching out of it, get Samspil's 404 page.
  // (Names the browser would normalise, such as `../`, never reach the plugin.)
  for (const p of ['index.php', '.htaccess', 'samspil.php', 'x%5C..%5Csamspil.php', 'embed.js%00.html']) {
    const r = await fetch(APP + p);
    assert.equal(r.status, 404, p);
    assert.doesNotMatch(await r.text(), /<\?php|DB_PASSWORD/, p);
  }
});

test('with plain permalinks, Samspil is served under /index.php/samspil/ and the block still works', async () => {
  await admin.goto(`${SITE}/wp-admin/options-permalink.php`);
  await admin.getByLabel('Plain', { exact: true }).check();
  await admin.locator('#submit').click();
  await admin.waitForLoadState('load');
  const app = `${SITE}/index.php/samspil/`;
  const index = await fetch(app);
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('content-security-policy'), CSP);
  const outlook = await fetch(`${app}%23r%3Dtest`);
  assert.equal(outlook.status, 404);
  assert.match(await outlook.text(), /boot-check-[0-9a-f]{10}\.js/);

  const context = await visitor({ width: 1280, height: 800 });
  const page = await context.newPage();
  await page.goto(`${SITE}/?page_id=${blockPost}`);
  await page.frameLocator('.wp-block-samspil-check iframe').getByRole('button', { name: w.start }).waitFor();
  assert.ok(context.requests.some((u) => u.startsWith(`${app}embed.js`)), 'embed.js from /index.php/samspil/');
  assert.deepEqual(foreign(context), []);
  assert.deepEqual(context.problems, []);
  await context.close();

  await admin.goto(`${SITE}/wp-admin/options-permalink.php`);
  await admin.getByLabel('Post name', { exact: true }).check();
  await admin.locator('#submit').click();
  await admin.waitForLoadState('load');
});

test('the plugin stored nothing and WordPress logged no notice from it; deleting it runs its uninstall', async () => {
  const sql = (q) => execFileSync('mariadb', ['--no-defaults', `--socket=${process.env.DB_SOCKET}`, '-uroot', '-N', '-B', 'wordpress', '-e', q], { encoding: 'utf8' });
  assert.equal(sql("SELECT option_name FROM wp_options WHERE option_name LIKE '%samspil%' OR option_value LIKE '%samspil\\_%'").trim(), '');
  assert.equal(sql("SELECT meta_key FROM wp_usermeta WHERE meta_key LIKE '%samspil%'").trim(), '');
  const log = fs.existsSync(process.env.WP_DEBUG_LOG) ? fs.readFileSync(process.env.WP_DEBUG_LOG, 'utf8') : '';
  assert.doesNotMatch(log, /samspil/i, log);

  await admin.goto(`${SITE}/wp-admin/plugins.php`);
  const row = admin.locator('tr[data-slug="samspil"]');
  await row.getByRole('link', { name: /^Deactivate/ }).click();
  await admin.getByText('Plugin deactivated.').waitFor();
  admin.once('dialog', (d) => d.accept());
  await admin.locator('tr[data-slug="samspil"]').getByRole('link', { name: /^Delete/ }).click();
  await admin.getByText(/was successfully deleted/).waitFor();
  assert.equal(fs.existsSync(`${process.env.WP_PLUGINS_DIR}/samspil`), false, 'the plugin folder is gone');
  const after = fs.existsSync(process.env.WP_DEBUG_LOG) ? fs.readFileSync(process.env.WP_DEBUG_LOG, 'utf8') : '';
  assert.doesNotMatch(after, /samspil/i, after);
  // Without the plugin, the path is WordPress's again.
  assert.equal((await fetch(APP)).status, 404);
});
