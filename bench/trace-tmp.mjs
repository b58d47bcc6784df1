import { chromium } from 'playwright-core';
import fs from 'node:fs';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
// warm the server's compression cache
{ const c = await browser.newContext(); const p = await c.newPage(); await p.goto(url); await p.waitForTimeout(1500); await c.close(); }
const context = await browser.newContext();
await context.addInitScript(() => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('input[type=radio]')) { performance.mark('first-question'); window.__firstQuestion = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm'] });
await page.goto(url);
await page.waitForFunction(() => window.__firstQuestion !== undefined);
const first = await page.evaluate(() => window.__firstQuestion);
await browser.stopTracing();
console.log('first question', first);
await context.close();
await browser.close();
const t = JSON.parse(fs.readFileSync('/tmp/trace.json'));
const ev = t.traceEvents || t;
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart' ) ;
const t0 = Math.min(...ev.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts));
const rows = ev.filter((e) => e.ph === 'X' && e.dur > 8000 && e.ts >= t0)
  .map((e) => [((e.ts - t0) / 1000).toFixed(0), (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data?.url || e.args?.data?.functionName || e.args?.data?.frame || '').slice(0, 60), e.tid]);
rows.sort((a, b) => a[0] - b[0]);
for (const r of rows) console.log(r.join('  '));
