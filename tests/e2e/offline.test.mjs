// Repeat visits and offline (issue #16): Samspil's service worker (scripts/sw.js,
// registered by scripts/boot.js). Each test has its own server, so its own origin,
// worker and caches; the server logs every request that reaches it, which is what a
// visitor downloads. Tests that play a new release or a host's change serve a copy
// of dist/ and change it on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from './browser.mjs';
import { WORDS } from './words.mjs';
import { startServer } from './servers.mjs';
import { teamPayloadOf, person2 } from './links.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
// SAMSPIL_DIST: another build to test (the suite's own is dist/).
const DIST = process.env.SAMSPIL_DIST || path.join(ROOT, 'dist');
const w = WORDS.en;
const RESULT = 'r=EQEJ1UFOXApy4FOXApy4FEeM2A';
const OFF = '<meta name="samspil-service-worker" content="off">';
const TEAM = `t=${teamPayloadOf([person2(1), person2(2), person2(3)])}`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const buildOf = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const BUILD = '([0-9a-f]+)'/)[1];
const cacheName = (base, build) => `samspil ${base} ${build}`;

/// A server with a request log, on dist/ itself or on a copy that a test may change.
async function serve({ basePath = '/', copy = false } = {}) {
  let dir = DIST;
  if (copy) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-sw-'));
    fs.cpSync(DIST, dir, { recursive: true });
  }
  const server = await startServer(['--dir', dir, '--base', basePath], { log: true });
  return {
    ...server, dir, basePath, base: `${server.origin}${basePath}`,
    /// The paths requested since the last call. The browser's own check for a new
    /// release (sw.js, about a second after a page loads) is left out: it comes
    /// whatever the page does, and is answered 304 when nothing changed.
    take() {
      const paths = server.requests.splice(0).map((r) => r.path);
      return paths.filter((p) => p !== `${basePath}sw.js`);
    },
    async close() {
      await server.stop();
      if (copy) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/// A context whose pages (and frames) count what is asked of navigator.serviceWorker.
async function newContext() {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    window.__sw = { register: 0, getRegistration: 0 };
    if (!('serviceWorker' in navigator)) return;
    for (const name of ['register', 'getRegistration']) {
      const original = ServiceWorkerContainer.prototype[name];
      ServiceWorkerContainer.prototype[name] = function (...args) {
        window.__sw[name] += 1;
        return original.apply(this, args);
      };
    }
  });
  return context;
}

async function visit(context, url) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console error: ${m.text()}`); });
  await page.goto(url);
  return page;
}

/// Until the worker controls the page and has finished activating (its files cached,
/// older caches deleted).
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

/// Until the worker keeps the whole pack of the page's language (the result page's),
/// which it fetches with the self-check's pack after the first visit.
const packsKept = (page) => until(page, async () => {
  const names = await Promise.all((await caches.keys()).filter((k) => k.startsWith('samspil '))
    .map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)));
  return names.flat().some((u) => /\/texts-[a-z]{2}-[0-9a-f]{10}\.txt$/.test(u));
}, undefined, 'the whole language pack in the cache');

/// Until boot.js has decided about the worker: it does so once the app has started
/// and the page has loaded, in the task that fires `load` or in the one that started
/// the app, both before the app's first view can be seen.
async function booted(frame, words = w) {
  await frame.getByRole('button', { name: words.start }).waitFor();
  await frame.waitForFunction(() => document.readyState === 'complete');
}

const samspilCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('samspil ')));
const registrations = (frame) => frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));

/// Until `fn` (run in the page) is true: for what the page cannot wait on by itself,
/// such as a worker of a new release deleting the old cache.
async function until(page, fn, arg, what) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate(fn, arg)) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`timed out waiting for ${what}`);
}

for (const [where, basePath] of [['at the root', '/'], ['under a sub-path', '/tools/samspil/']]) {
  test(`a second visit takes only index.html from the network, the rest from the service worker, ${where}`, async () => {
    const site = await serve({ basePath });
    const context = await newContext();
    try {
      const first = await visit(context, site.base);
      await first.getByRole('button', { name: w.start }).waitFor();
      await controlled(first);
      await packsKept(first);
      assert.equal(await first.evaluate(async () => (await navigator.serviceWorker.ready).scope), site.base);
      assert.deepEqual(await samspilCaches(first), [cacheName(site.base, buildOf(DIST))]);
      await first.close();
      site.take();

      const second = await context.newPage();
      const responses = [];
      second.on('response', (r) => responses.push({ url: r.url(), type: r.request().resourceType(), fromWorker: r.fromServiceWorker() }));
      await second.goto(site.base);
      await second.getByRole('button', { name: w.start }).click();
      await second.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
      assert.deepEqual(site.take(), [basePath], 'only the page itself reached the server');
      const files = responses.filter((r) => r.type !== 'document');
      assert.ok(files.length >= 4, JSON.stringify(responses));
      assert.deepEqual(files.filter((r) => !r.fromWorker), [], 'every file came from the worker');
      assert.deepEqual(first.problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test(`offline after one visit: the self-check opens with its saved answers, and so does a %23 link, ${where}`, async () => {
    const site = await serve({ basePath });
    const context = await newContext();
    try {
      const page = await visit(context, site.base);
      await page.getByRole('button', { name: w.start }).click();
      const groups = page.getByRole('main').getByRole('group');
      await groups.nth(0).getByRole('radio', { name: 'Agree', exact: true }).check();
      await groups.nth(1).getByRole('radio', { name: 'Strongly disagree', exact: true }).check();
      await controlled(page);
      await packsKept(page);

      // The network is gone: the browser is offline and the host is down.
      await site.close();
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
      assert.ok(await groups.nth(0).getByRole('radio', { name: 'Agree', exact: true }).isChecked());
      assert.ok(await groups.nth(1).getByRole('radio', { name: 'Strongly disagree', exact: true }).isChecked());
      assert.equal(await groups.nth(2).getByRole('radio', { name: 'Agree', exact: true }).isChecked(), false);

      // A link whose `#` a mail gateway encoded: an address the cache does not know,
      // answered with the cached page, whose boot.js puts the `#` back.
      await page.goto(`${site.base}${encodeURIComponent(`#${RESULT}`)}`);
      await page.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
      // On the result's page, which the worker kept at install.
      assert.equal(new URL(page.url()).pathname, `${basePath}result.html`);
      assert.equal(new URL(page.url()).hash, `#${RESULT}`);
      assert.deepEqual(page.problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });
}

test('a new release: its worker replaces the old cache, and the next visit downloads only the page', async () => {
  const site = await serve({ copy: true });
  const context = await newContext();
  try {
    const page = await visit(context, site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await controlled(page);
    const oldBuild = buildOf(site.dir);
    assert.deepEqual(await samspilCaches(page), [cacheName(site.base, oldBuild)]);

    // Release 2 changes the stylesheet: a new hashed name, the old file gone, a new
    // page and a new sw.js with another build hash, as scripts/build writes them.
    // The self-check's stylesheet (the guide, result and team pages have their own).
    const oldCss = fs.readdirSync(site.dir).find((f) => /^samspil-[0-9a-f]{10}\.css$/.test(f));
    const newCss = 'samspil-0123456789.css';
    const newBuild = 'feedc0ffee';
    fs.writeFileSync(path.join(site.dir, newCss), `${fs.readFileSync(path.join(site.dir, oldCss), 'utf8')}\n/* release 2 */\n`);
    fs.rmSync(path.join(site.dir, oldCss));
    for (const file of ['index.html', '404.html', 'sw.js']) {
      const text = fs.readFileSync(path.join(site.dir, file), 'utf8');
      fs.writeFileSync(path.join(site.dir, file), text.replaceAll(oldCss, newCss).replace(`'${oldBuild}'`, `'${newBuild}'`));
    }

    // The next visit gets the new page from the network; the browser then finds the
    // new sw.js, whose worker caches release 2 and deletes release 1's cache.
    await page.goto(site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await until(page, async (name) => {
      const keys = (await caches.keys()).filter((k) => k.startsWith('samspil '));
      return keys.length === 1 && keys[0] === name && navigator.serviceWorker.controller?.state === 'activated';
    }, cacheName(site.base, newBuild), 'the cache of release 2 alone');
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), cacheName(site.base, newBuild));
    assert.ok(cached.includes(`/${newCss}`), cached.join(' '));
    site.take();

    // The visit after that: only the page from the network, the new stylesheet in use.
    const again = await visit(context, site.base);
    await again.getByRole('button', { name: w.start }).waitFor();
    assert.deepEqual(site.take(), ['/']);
    assert.equal(await again.evaluate(() => new URL(document.querySelector('link[rel=stylesheet]').href).pathname), `/${newCss}`);
    assert.deepEqual(again.problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

/// The paths of the files a cache holds.
const cachedPaths = (page, name) => page.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname), name);

test('E6: a new release keeps what the offline copy held: the language packs and the team page open offline after it', async () => {
  const site = await serve({ copy: true });
  const context = await newContext();
  try {
    const page = await visit(context, site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await controlled(page);
    await packsKept(page);
    // The facilitator opens the team page once: it and its parts are kept.
    await page.goto(`${site.base}team.html#${TEAM}`);
    await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
    const oldBuild = buildOf(site.dir);
    const chunks = fs.readdirSync(site.dir).filter((f) => /^samspil-team-split_.*\.wasm$/.test(f));
    await until(page, async ([name, files]) => {
      const kept = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      return kept.includes('/team.html') && files.every((f) => kept.includes(`/${f}`));
    }, [cacheName(site.base, oldBuild), chunks], 'the team page and its parts in the cache');
    const before = await cachedPaths(page, cacheName(site.base, oldBuild));

    // Release 2 changes the English texts (new names for its three packs) and the
    // worker; everything else keeps its name, as scripts/build writes it.
    const newBuild = 'feedc0ffee';
    const renamed = new Map();
    for (const file of fs.readdirSync(site.dir).filter((f) => /^texts-en-(check-|team-)?[0-9a-f]{10}\.txt$/.test(f))) {
      const name = file.replace(/-[0-9a-f]{10}\.txt$/, '-abcdef0123.txt');
      fs.renameSync(path.join(site.dir, file), path.join(site.dir, name));
      renamed.set(file, name);
    }
    assert.equal(renamed.size, 3);
    for (const file of ['index.html', '404.html', 'result.html', 'team.html', 'sw.js']) {
      let text = fs.readFileSync(path.join(site.dir, file), 'utf8');
      for (const [from, to] of renamed) text = text.replaceAll(from, to);
      fs.writeFileSync(path.join(site.dir, file), text.replace(`'${oldBuild}'`, `'${newBuild}'`));
    }
    await page.goto(site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await until(page, async (name) => {
      const keys = (await caches.keys()).filter((k) => k.startsWith('samspil '));
      return keys.length === 1 && keys[0] === name && navigator.serviceWorker.controller?.state === 'activated';
    }, cacheName(site.base, newBuild), 'the cache of release 2 alone');
    const after = await cachedPaths(page, cacheName(site.base, newBuild));
    for (const file of before) {
      const name = renamed.get(file.slice(1));
      assert.ok(after.includes(name ? `/${name}` : file), `release 2 keeps ${name || file}: ${after.join(' ')}`);
    }

    // Offline: the self-check in English, and the team page with its meeting display.
    await site.close();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: w.start }).click();
    await page.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
    await page.goto(`${site.base}team.html#${TEAM}`);
    await page.getByRole('heading', { level: 1, name: 'The team picture' }).waitFor();
    await page.getByRole('button', { name: 'Meeting display' }).click();
    await page.getByRole('button', { name: 'Next' }).waitFor();
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('E12: at the root of a site, offline, the worker leaves other apps\' pages alone', async () => {
  const site = await serve();
  const context = await newContext();
  try {
    const page = await visit(context, site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await controlled(page);
    await packsKept(page);
    await site.close();
    await context.setOffline(true);
    for (const other of ['other/page.html', 'totally/elsewhere/', 'other/%23r=EQEJ1UFOXApy4FOXApy4FEeM2A']) {
      const opened = await page.goto(`${site.base}${other}`).then(() => 'Samspil', (e) => e.message);
      assert.match(opened, /net::ERR_/, `${other}: the browser's own offline page, not Samspil's`);
    }
    // Samspil's own addresses still open offline, each in a fresh tab as a person
    // opens a link (a tab showing the browser's error page can hand its next
    // navigation to that page).
    for (const own of ['', 'index.html', `%23${RESULT}`]) {
      const page = await context.newPage();
      await page.goto(`${site.base}${own}`);
      await page.getByRole('button', { name: w.start }).or(page.getByRole('heading', { level: 1, name: w.sharedTitle })).first().waitFor();
    }
  } finally {
    await context.close();
    await site.close();
  }
});

test('the host turns the worker off with a meta tag: none is registered, and an earlier one is removed', async () => {
  const site = await serve({ copy: true });
  const context = await newContext();
  try {
    const page = await visit(context, site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await controlled(page);
    assert.equal((await samspilCaches(page)).length, 1);

    for (const file of ['index.html', '404.html']) {
      const text = fs.readFileSync(path.join(site.dir, file), 'utf8');
      fs.writeFileSync(path.join(site.dir, file), text.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${OFF}`));
    }
    // Pages come from the network first, so the next visit sees the switch.
    await page.goto(site.base);
    await booted(page);
    assert.equal(await page.evaluate(() => window.__sw.register), 0);
    await until(page, async () => (await navigator.serviceWorker.getRegistrations()).length === 0
      && !(await caches.keys()).some((k) => k.startsWith('samspil ')), null, 'the worker and its caches removed');

    // A first visit with the switch off: the app runs, and no worker is registered.
    const other = await newContext();
    const fresh = await visit(other, site.base);
    await booted(fresh);
    assert.equal(await fresh.evaluate(() => window.__sw.register), 0);
    assert.equal(await fresh.evaluate(() => window.__sw.getRegistration), 1, 'boot.js looked for a worker to remove');
    assert.deepEqual(await registrations(fresh), []);
    await fresh.getByRole('button', { name: w.start }).click();
    await fresh.getByRole('heading', { level: 1, name: w.firstArea }).waitFor();
    assert.deepEqual(fresh.problems, []);
    await other.close();
  } finally {
    await context.close();
    await site.close();
  }
});

test('the kill switch: serving scripts/sw-remove.js as sw.js takes the worker and its caches off the device', async () => {
  const site = await serve({ copy: true });
  const context = await newContext();
  try {
    const page = await visit(context, site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await controlled(page);

    fs.copyFileSync(path.join(ROOT, 'scripts/sw-remove.js'), path.join(site.dir, 'sw.js'));
    await page.goto(site.base);
    await page.getByRole('button', { name: w.start }).waitFor();
    await until(page, async () => (await navigator.serviceWorker.getRegistrations()).length === 0
      && !(await caches.keys()).some((k) => k.startsWith('samspil ')), null, 'the worker and its caches removed');

    // The next visit is as before Samspil had a worker: no file comes from one.
    const again = await context.newPage();
    const responses = [];
    again.on('response', (r) => responses.push(r));
    await again.goto(site.base);
    await again.getByRole('button', { name: w.start }).waitFor();
    assert.equal(await again.evaluate(() => navigator.serviceWorker.controller), null);
    assert.ok(responses.length >= 5);
    assert.deepEqual(responses.filter((r) => r.fromServiceWorker()).map((r) => r.url()), []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('inside a frame on another site Samspil registers no worker, and the check runs', async () => {
  const app = await serve();
  const host = await startServer(['--dir', 'examples', '--demo-host', app.base]);
  const context = await newContext();
  try {
    const page = await visit(context, `${host.origin}/host.html`);
    // The host page asks for Danish (data-lang="da").
    await page.frameLocator('iframe').getByRole('button', { name: WORDS.da.start }).waitFor();
    const frame = page.frames().find((f) => f.url().startsWith(app.base));
    await booted(frame, WORDS.da);
    assert.equal(await frame.evaluate(() => window.__sw.register), 0);
    assert.deepEqual(await registrations(frame), []);
    await frame.getByRole('button', { name: WORDS.da.start }).click();
    await frame.getByRole('heading', { level: 1, name: WORDS.da.firstArea }).waitFor();
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    host.stop();
    await app.close();
  }
});
