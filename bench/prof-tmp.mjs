import { chromium } from 'playwright-core';
const [APP_URL, TEAM] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
for (let round = 0; round < 2; round++) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(new URL('team.html', APP_URL).href);
  await page.getByRole('button').first().waitFor();
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const t = await page.evaluate(async (fragment) => {
    const t0 = performance.now();
    location.hash = fragment;
    await new Promise((resolve) => {
      const done = () => document.querySelectorAll('.samspil-main table').length > 0;
      if (done()) return resolve();
      new MutationObserver((_, obs) => { if (done()) { obs.disconnect(); resolve(); } }).observe(document.body, { childList: true, subtree: true });
    });
    await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
    return performance.now() - t0;
  }, TEAM);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end'); await done;
  const agg = {};
  for (const e of events) if (e.ph === 'X' && e.dur) { agg[e.name] = (agg[e.name] || 0) + e.dur / 1000; }
  console.log('total', t.toFixed(1), 'nodes', await page.evaluate(() => document.querySelectorAll('*').length));
  console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `${k}=${v.toFixed(1)}`).join('  '));
  await context.close();
}
await browser.close();
