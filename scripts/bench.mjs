// Samspil's benchmark: transfer, repeat visits (the service worker), startup (against
// a static page), per-answer work, team scale and Lighthouse. Run by scripts/bench, which builds and serves the
// release bundle first. Writes bench/results.json and bench/results.md.
//
//   node scripts/bench.mjs APP_URL TEAM_FRAGMENT
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const [APP_URL, TEAM_FRAGMENT] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS || 11);
const TEAM_PAGES = 5;
const FIRST_STEP = '#s=1&r=EQEJ1UFOXApy4FOXApy4FEeM2A';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const round2 = (x) => round(x, 2);

// Until a page that has just opened is settled: its offline copy installed and
// controlling the page (boot.js registers sw.js once the page is idle; the worker
// then downloads and stores the self-check's and the result page's files), and no
// download of the page's for half a second. On this 2-core machine that install
// runs for a second or more beside the page and takes a core: a measurement made
// during it measures the install. A person reads the first statement, or pastes
// the team's links, after that.
const settled = (page) => page.evaluate(async () => {
  const quiet = () => new Promise((r) => setTimeout(r, 500));
  if ('serviceWorker' in navigator) {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  }
  for (let seen = -1; seen !== performance.getEntriesByType('resource').length;) {
    seen = performance.getEntriesByType('resource').length;
    await quiet();
  }
});

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const results = { date: new Date().toISOString().slice(0, 10), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown CPU'}`, chromium: browser.version() };

// 1. Transfer: what a first visit downloads, as the server sends it (brotli), in a
// fresh browser, until `ready` shows that the page is usable.
async function firstVisit(url, ready, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const files = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, { url: e.response.url, encoding: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || 'none' }));
  cdp.on('Network.loadingFinished', (e) => { const r = urls.get(e.requestId); if (r) files.push({ ...r, bytes: e.encodedDataLength }); });
  await page.goto(url);
  await ready(page).waitFor();
  await page.waitForTimeout(300);
  await context.close();
  return {
    files: files.map((f) => ({ file: new URL(f.url).pathname.split('/').pop() || 'index.html', encoding: f.encoding, bytes: f.bytes })),
    total: files.reduce((t, f) => t + f.bytes, 0),
  };
}

// The self-check: until its first button.
{
  const dist = path.join(ROOT, 'dist');
  const wasm = fs.readdirSync(dist).find((f) => /^samspil-[0-9a-f]{10}_bg\.wasm$/.test(f));
  results.transfer = {
    ...await firstVisit(APP_URL, (page) => page.getByRole('button').first()),
    wasm_raw: fs.statSync(path.join(dist, wasm)).size,
  };
}

// 1a. The team page: a team link opened until the team table is drawn (the team view
// is its own page with its own wasm).
if (TEAM_FRAGMENT) {
  results.team_transfer = await firstVisit(`${new URL('team.html', APP_URL).href}#${TEAM_FRAGMENT}`,
    (page) => page.locator('.samspil-main table').first(), { locale: 'en-GB' });
}

// 1b. Repeat visit: what a second visit takes from the network once the service
// worker (sw.js) is in place, read from the server's own request log (the page's
// request goes through the worker, so only the server sees it whole): headers and
// body as sent. Also what the worker adds to a first visit (sw.js, and the page
// fetched again to keep offline, a 304 when the host sends validators).
if (process.env.BENCH_SERVER_LOG) {
  const logged = () => fs.readFileSync(process.env.BENCH_SERVER_LOG, 'utf8').split('\n')
    .filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const name = (p) => p.split('/').pop() || 'index.html';
  // The browser checks sw.js for a new release about a second after a page has
  // loaded; wait for that request (at most 5 s) so that it is counted too.
  const swCheck = async (from) => {
    for (let i = 0; i < 100 && !logged().slice(from).some((r) => r.path.endsWith('/sw.js')); i++) await new Promise((r) => setTimeout(r, 50));
  };
  const context = await browser.newContext({ locale: 'en-GB' });
  let mark = logged().length;
  const first = await context.newPage();
  await first.goto(APP_URL);
  await first.getByRole('button').first().waitFor();
  await first.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  // Then until the page has made no request for half a second: the worker keeps the
  // language's packs as the page asks for them again through it (boot.js, once the
  // worker is in charge); a person stays on a page at least that long.
  await first.waitForLoadState('networkidle');
  const firstVisit = logged().slice(mark);
  await first.close();
  mark = logged().length;
  const second = await context.newPage();
  await second.goto(APP_URL);
  await second.getByRole('button').first().waitFor();
  await swCheck(mark);
  const again = logged().slice(mark);
  await context.close();
  const files = (rows) => rows.map((r) => ({ file: name(r.path), status: r.status, bytes: r.bytes }));
  const worker = firstVisit.filter((r, i) => r.path.endsWith('/sw.js') || firstVisit.findIndex((x) => x.path === r.path) !== i);
  const pageRequests = again.filter((r) => !r.path.endsWith('/sw.js'));
  results.repeat_visit = {
    files: files(again),
    requests: again.length,
    bytes: again.reduce((t, r) => t + r.bytes, 0),
    page_requests: pageRequests.length,
    page_bytes: pageRequests.reduce((t, r) => t + r.bytes, 0),
    only_index_html: pageRequests.length > 0 && pageRequests.every((r) => name(r.path) === 'index.html'),
    first_visit_worker: { files: files(worker), bytes: worker.reduce((t, r) => t + r.bytes, 0) },
  };
}

// 2. Startup under 4× CPU throttling: navigation to the first question being
// interactive, against a static page of the same first view.
{
  const probe = await browser.newContext();
  const page = await probe.newPage();
  await page.goto(APP_URL + FIRST_STEP);
  await page.locator('input[type=radio]').first().waitFor();
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], .samspil-loading').forEach((n) => n.remove());
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await probe.close();
  const staticFile = path.join(ROOT, 'dist', 'bench-static.html');
  fs.writeFileSync(staticFile, html);

  const measure = async (url) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('input[type=radio]')) {
          window.__firstQuestion = performance.now();
          obs.disconnect();
          console.debug('bench: first question');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Told by a console message, not found by waitForFunction: that would inject
    // Playwright's own script into the page while the app starts (about 120 ms of
    // parsing at 4× throttle, measured in a trace), and charge it to the app; the
    // static page has its question before anything could be injected.
    const seen = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench: first question', timeout: 60000 });
    await page.goto(url);
    await seen;
    const t = await page.evaluate(() => window.__firstQuestion);
    await context.close();
    return t;
  };
  const app = [], plain = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await measure(APP_URL + FIRST_STEP));
    plain.push(await measure(new URL('bench-static.html', APP_URL).href));
  }
  fs.rmSync(staticFile);
  results.startup = {
    runs: RUNS, cpu_throttle: 4,
    app_ms: { median: round(median(app)), min: round(Math.min(...app)), max: round(Math.max(...app)) },
    static_ms: { median: round(median(plain)), min: round(Math.min(...plain)), max: round(Math.max(...plain)) },
    ratio: round(median(app) / median(plain), 2),
  };
}

// 2a. The first view (issue 35): the start page opened fresh, at 4× CPU throttle, until
// its heading and its start button are visible (checked in every frame, just before
// it is painted), and until that button is usable (a tap is answered: the app is
// running, or boot.js has taken charge of the pre-rendered view, which keeps the tap
// and shows the first statements). Against a static page of the same view, side by
// side in the same run. In English, the page's own language (pre-rendered in it), and
// in Danish (another language: its view swapped in by boot.js). Then a result opened
// from a link at the folder's address, as links are sent, until its figures (the
// overall sentence and the table of areas) are visible, against a static page of it.
{
  // Times from the first navigation of the tab, also across boot.js's handover to
  // another page (a result link at the folder's address opens result.html).
  const WATCH = `(() => {
    const seen = (q) => { const e = document.querySelector(q); return !!e && e.checkVisibility(); };
    if (!sessionStorage.getItem('bench:t0')) sessionStorage.setItem('bench:t0', String(performance.timeOrigin));
    const t0 = Number(sessionStorage.getItem('bench:t0'));
    const tick = () => {
      const now = performance.timeOrigin + performance.now() - t0;
      if (!window.__firstView && FIRST.every(seen)) window.__firstView = now;
      // Usable: a tap is answered, by the app or by lang.js in the pre-rendered view.
      const app = seen('#samspil-root ' + USABLE);
      if (window.__firstView && !window.__usable && (window.samspilPre?.live || app)) window.__usable = now;
      if (window.__usable && !window.__app && app) window.__app = now;
      if (window.__app) console.debug('bench: first view');
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`;
  const staticOf = async (url, ready, locale, name) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await page.locator('#samspil-pre').waitFor({ state: 'detached' });
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], .samspil-loading').forEach((n) => n.remove());
      return '<!doctype html>\n' + doc.outerHTML;
    });
    await context.close();
    fs.writeFileSync(path.join(ROOT, 'dist', name), html);
    return new URL(name, APP_URL).href;
  };
  const measure = async (url, first, usable, locale) => {
    const context = await browser.newContext({ locale });
    await context.addInitScript(WATCH.replace('FIRST', JSON.stringify(first)).replace('USABLE', JSON.stringify(usable)));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const seen = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench: first view', timeout: 60000 });
    await page.goto(url);
    await seen;
    const t = await page.evaluate(() => [window.__firstView, window.__usable, window.__app]);
    await context.close();
    return t;
  };
  const stats = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) });
  const side = async (url, staticUrl, first, usable, locale) => {
    const app = [], plain = [];
    for (let i = 0; i < RUNS; i++) {
      app.push(await measure(url, first, usable, locale));
      plain.push(await measure(staticUrl, first, usable, locale));
    }
    const view = app.map(([v]) => v), ready = app.map(([, u]) => u), own = app.map(([, , a]) => a), reference = plain.map(([v]) => v);
    return {
      runs: RUNS, cpu_throttle: 4, locale,
      first_view_ms: stats(view), usable_ms: stats(ready), app_ms: stats(own), static_ms: stats(reference),
      first_view_ratio: round(median(view) / median(reference), 2),
      usable_ratio: round(median(ready) / median(reference), 2),
      app_ratio: round(median(own) / median(reference), 2),
    };
  };
  const START = ['h1', '.samspil-start-button'];
  results.first_view = {};
  for (const [lang, locale] of [['en', 'en-GB'], ['da', 'da-DK']]) {
    const staticUrl = await staticOf(APP_URL, '#samspil-root .samspil-start-button', locale, `bench-start-${lang}.html`);
    results.first_view[lang] = await side(APP_URL, staticUrl, START, '.samspil-start-button', locale);
    fs.rmSync(path.join(ROOT, 'dist', `bench-start-${lang}.html`));
  }
  const RESULT_LINK = '#r=EQEJ1UFOXApy4FOXApy4FEeM2A';
  const resultStatic = await staticOf(APP_URL + RESULT_LINK, '#samspil-root .samspil-table', 'en-GB', 'bench-result.html');
  results.result_view = await side(APP_URL + RESULT_LINK, resultStatic, ['.samspil-overall', '.samspil-table'], '.samspil-table', 'en-GB');
  // The same result opened on its own page directly: what the hop from the folder's
  // address (boot.js sends the link on to result.html) costs.
  results.result_view_direct = await side(new URL('result.html', APP_URL).href + RESULT_LINK, resultStatic, ['.samspil-overall', '.samspil-table'], '.samspil-table', 'en-GB');
  fs.rmSync(path.join(ROOT, 'dist', 'bench-result.html'));
}

// 3. Per-answer work, unthrottled: from the click to all of the app's work done
// (render, effects, saving), over all 30 answers. One walk gives 30 samples, and
// its 95th percentile is its second-slowest answer, which on a shared machine is
// often a pause of the host; so three walks in fresh pages, 90 samples, pooled.
{
  const times = [];
  const rounds = [];
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(APP_URL);
    await settled(page);
    await page.getByRole('button', { name: 'Start the check' }).click();
    const walk = [];
    for (let step = 0; step < 6; step++) {
      await page.locator('fieldset').first().waitFor();
      for (let q = 0; q < 5; q++) {
        walk.push(await page.evaluate(async ([q, v]) => {
          const radio = document.querySelectorAll('fieldset')[q].querySelectorAll('input[type=radio]')[v];
          const t0 = performance.now();
          radio.click();
          // A message-channel task runs after every microtask (Yew renders in
          // microtasks) without setTimeout's 4 ms clamping.
          await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
          return performance.now() - t0;
        }, [q, (step + q) % 6]));
      }
      await page.getByRole('button', { name: step === 5 ? 'See the result' : 'Next', exact: true }).click();
    }
    await context.close();
    times.push(...walk);
    rounds.push(round2(pct(walk, 95)));
  }
  results.per_answer = { answers: times.length, walks: 3, median_ms: round2(median(times)), p95_ms: round2(pct(times, 95)), p95_per_walk_ms: rounds, max_ms: round2(Math.max(...times)) };
}

// 4. Team scale: 50 respondents from one team link, in five fresh pages (one
// measurement each would swing with the host's pauses); the median is reported.
if (TEAM_FRAGMENT) {
  const cold = [], warm = [];
  let memory;
  for (let round = 0; round < TEAM_PAGES; round++) {
    const context = await browser.newContext({ locale: 'en-GB' });
    // The wasm memory, found without any global of the app's: every memory an
    // instantiated module exports (the team page's chunks share the main module's).
    // (CDP's Runtime.queryObjects found it before, and hangs on a page whose module
    // was split; a benchmark that hangs measures nothing.)
    await context.addInitScript(() => {
      const memories = new Set();
      Object.defineProperty(window, '__benchWasmMemory', { value: () => [...memories].reduce((t, m) => t + m.buffer.byteLength, 0) });
      const keep = (result) => {
        const instance = result instanceof WebAssembly.Instance ? result : result.instance;
        for (const value of Object.values(instance?.exports ?? {})) if (value instanceof WebAssembly.Memory) memories.add(value);
        return result;
      };
      for (const name of ['instantiate', 'instantiateStreaming']) {
        const original = WebAssembly[name];
        WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
      }
    });
    const page = await context.newPage();
    // The team view is its own page (team.html); opened bare, it shows an empty team.
    await page.goto(new URL('team.html', APP_URL).href);
    await page.getByRole('button').first().waitFor();
    await settled(page);
    // From setting the address to the team view drawn, once cold (the first time
    // the browser runs the team code, compiling it lazily: a facilitator pastes a
    // team link of 50 into the open page) and once warm (the same 50 again after
    // the start page).
    const renderTeam = (fragment) => page.evaluate(async (fragment) => {
      const t0 = performance.now();
      location.hash = fragment;
      // Until every section the view draws at once is in (its last, the team table
      // below the radar; what the picture finds, from where the partners differ to
      // the team's actions, comes as it nears the screen: src/ui/team/findings.rs),
      // then to the next frame drawn: style, layout and paint count too. (A message
      // posted from requestAnimationFrame arrives after that frame's rendering.)
      await new Promise((resolve) => {
        const done = () => document.querySelector('.samspil-main .samspil-team-picture table') !== null;
        if (done()) return resolve();
        new MutationObserver((_, obs) => { if (done()) { obs.disconnect(); resolve(); } })
          .observe(document.body, { childList: true, subtree: true });
      });
      await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
      return performance.now() - t0;
    }, fragment);
    cold.push(await renderTeam(TEAM_FRAGMENT));
    await page.evaluate(() => { location.hash = ''; });
    await page.getByRole('button').first().waitFor();
    await page.waitForTimeout(200);
    warm.push(await renderTeam(TEAM_FRAGMENT));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    memory = { js_heap_bytes: heap.usedSize, wasm_memory_bytes: await page.evaluate(() => window.__benchWasmMemory()) };
    await context.close();
  }
  results.team = {
    respondents: 50, pages: TEAM_PAGES,
    render_ms: round(median(cold)), render_runs_ms: cold.map((x) => round(x)),
    warm_render_ms: round(median(warm)), warm_runs_ms: warm.map((x) => round(x)),
    ...memory,
  };
}
await browser.close();

// 5. Lighthouse, mobile preset (its default).
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const out = path.join(os.tmpdir(), 'samspil-lighthouse.json');
  execFileSync(path.join(ROOT, 'node_modules/.bin/lighthouse'), [APP_URL, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless=new ${ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: 'inherit' });
  const lh = JSON.parse(fs.readFileSync(out, 'utf8'));
  results.lighthouse = Object.fromEntries(['performance', 'accessibility', 'best-practices'].map((c) => [c, Math.round(lh.categories[c].score * 100)]));
  results.lighthouse.fcp_ms = Math.round(lh.audits['first-contentful-paint'].numericValue);
  results.lighthouse.lcp_ms = Math.round(lh.audits['largest-contentful-paint'].numericValue);
  results.lighthouse.tbt_ms = Math.round(lh.audits['total-blocking-time'].numericValue);
}

// The budgets of the performance issue.
const budgets = [
  ['Self-check first visit (brotli)', `${results.transfer.total} B`, '≤ 92,160 B (90 KB)', results.transfer.total <= 90 * 1024],
  ['Raw wasm', `${results.transfer.wasm_raw} B`, '≤ 307,200 B (300 KB)', results.transfer.wasm_raw <= 300 * 1024],
  ['Startup ratio vs static page (4× throttle): a step link to the first question interactive', `${results.startup.ratio}×`, '≤ 2×', results.startup.ratio <= 2],
  ['Per-answer p95 (unthrottled)', `${results.per_answer.p95_ms} ms`, '≤ 8 ms', results.per_answer.p95_ms <= 8],
];
if (results.first_view) {
  const en = results.first_view.en, da = results.first_view.da, r = results.result_view;
  budgets.push(['First view: start page, heading and start button visible, vs static page (4× throttle)', `${en.first_view_ratio}× (${en.first_view_ms.median} ms vs ${en.static_ms.median} ms)`, '≤ 1.3×', en.first_view_ratio <= 1.3]);
  budgets.push(['First usable control: the start button answers a tap, vs static page (4× throttle)', `${en.usable_ratio}× (${en.usable_ms.median} ms)`, '≤ 2×', en.usable_ratio <= 2]);
  budgets.push(['The app itself drawn and in charge of the start page, vs static page (4× throttle)', `${en.app_ratio}× (${en.app_ms.median} ms)`, 'none (measured)', true]);
  budgets.push(['First view in another language (Danish, swapped in), vs static page', `${da.first_view_ratio}× (${da.first_view_ms.median} ms vs ${da.static_ms.median} ms)`, 'none (measured)', true]);
  budgets.push(['Result opened from a link: figures visible, vs static page (4× throttle)', `${r.first_view_ratio}× (${r.first_view_ms.median} ms vs ${r.static_ms.median} ms)`, 'none (measured)', true]);
  const d = results.result_view_direct;
  budgets.push(['The same result opened on result.html directly (no hop), vs static page', `${d.first_view_ratio}× (${d.first_view_ms.median} ms vs ${d.static_ms.median} ms)`, 'none (measured)', true]);
}
if (results.repeat_visit) {
  const r = results.repeat_visit;
  budgets.push(['Repeat visit from the network (page loads)', `${r.page_requests} request${r.page_requests === 1 ? '' : 's'}, ${r.page_bytes} B`, 'index.html only', r.only_index_html]);
}
if (results.team_transfer) budgets.push(['Team page first visit from a team link of 50 (brotli)', `${results.team_transfer.total} B`, '≤ 143,360 B (140 KB)', results.team_transfer.total <= 140 * 1024]);
if (results.team) budgets.push(['Team view, 50 respondents (first time)', `${results.team.render_ms} ms`, '≤ 50 ms', results.team.render_ms <= 50]);
if (results.lighthouse) {
  budgets.push(['Lighthouse performance (mobile)', results.lighthouse.performance, '≥ 95', results.lighthouse.performance >= 95]);
  budgets.push(['Lighthouse accessibility', results.lighthouse.accessibility, '100', results.lighthouse.accessibility === 100]);
  budgets.push(['Lighthouse best practices', results.lighthouse['best-practices'], '100', results.lighthouse['best-practices'] === 100]);
}
results.budgets = budgets.map(([what, value, budget, ok]) => ({ what, value, budget, ok }));

const md = [
  `Measured ${results.date} on ${results.machine}, ${results.chromium}.`, '',
  '| Measure | Value | Budget | Holds |', '|---|---|---|---|',
  ...results.budgets.map((b) => `| ${b.what} | ${b.value} | ${b.budget} | ${b.ok ? 'yes' : '**no**'} |`), '',
  '| File (first visit) | Encoding | Bytes over the wire |', '|---|---|---|',
  ...results.transfer.files.map((f) => `| ${f.file} | ${f.encoding} | ${f.bytes} |`),
  `| **total** | | **${results.transfer.total}** |`, '',
  ...(results.team_transfer ? [
    '| File (team page, first visit from a team link) | Encoding | Bytes over the wire |', '|---|---|---|',
    ...results.team_transfer.files.map((f) => `| ${f.file} | ${f.encoding} | ${f.bytes} |`),
    `| **total** | | **${results.team_transfer.total}** |`, '',
  ] : []),
  ...(results.repeat_visit ? [
    '| File (repeat visit, from the network) | Status | Bytes over the wire |', '|---|---|---|',
    ...results.repeat_visit.files.map((f) => `| ${f.file} | ${f.status} | ${f.bytes} |`),
    `| **total** | | **${results.repeat_visit.bytes}** |`, '',
    `Repeat visit (a second visit once the service worker is in place; bytes as the server sent them, headers included): ${results.repeat_visit.page_requests} request for the page itself (${results.repeat_visit.page_bytes} B), every other file from the worker's cache. The browser's own check of sw.js for a new release (a 304 of about 230 B when nothing changed) is counted when it comes within 5 s of the page; ${results.repeat_visit.requests > results.repeat_visit.page_requests ? 'it came in this run' : 'it did not come in this run'}. The worker adds to a first visit: ${results.repeat_visit.first_visit_worker.files.map((f) => `${f.file} ${f.status} ${f.bytes} B`).join(', ')} (${results.repeat_visit.first_visit_worker.bytes} B in all; the hashed files it keeps come from the browser's HTTP cache, not the network).`, '',
  ] : []),
  `Startup (navigation → first question interactive, ${results.startup.runs} runs, 4× CPU throttle): Samspil median ${results.startup.app_ms.median} ms (${results.startup.app_ms.min}–${results.startup.app_ms.max}), static page median ${results.startup.static_ms.median} ms (${results.startup.static_ms.min}–${results.startup.static_ms.max}), ratio ${results.startup.ratio}×.`,
  `Per answer (click → all work done, ${results.per_answer.walks} walks through all 30 answers, ${results.per_answer.answers} in all): median ${results.per_answer.median_ms} ms, p95 ${results.per_answer.p95_ms} ms (p95 of each walk: ${results.per_answer.p95_per_walk_ms.join(', ')} ms), max ${results.per_answer.max_ms} ms.`,
  results.team ? `Team view of 50, address set → view drawn, median of ${results.team.pages} fresh pages, each settled first: ${results.team.render_ms} ms the first time (${results.team.render_runs_ms.join(', ')}; the browser compiles the team code lazily), ${results.team.warm_render_ms} ms again (${results.team.warm_runs_ms.join(', ')}); JS heap ${results.team.js_heap_bytes} B, wasm memory ${results.team.wasm_memory_bytes} B.` : '',
  results.lighthouse ? `Lighthouse (mobile): FCP ${results.lighthouse.fcp_ms} ms, LCP ${results.lighthouse.lcp_ms} ms, TBT ${results.lighthouse.tbt_ms} ms.` : '',
].join('\n');
fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
// The run replaces the section "Latest run" of bench/results.md; what comes before it
// (how it is measured) and the history after it stay.
const resultsFile = path.join(ROOT, 'bench/results.md');
const before = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
const latest = before.indexOf('## Latest run\n');
const history = before.indexOf('\n## History\n');
fs.writeFileSync(resultsFile, latest >= 0 && history > latest
  ? `${before.slice(0, latest)}## Latest run\n\n${md}\n${before.slice(history)}`
  : md + '\n');
console.log(md);
