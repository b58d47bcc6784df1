import { chromium } from 'playwright-core';
const [APP_URL, TEAM] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ locale: 'en-GB' });
const page = await context.newPage();
page.on('console', m => console.log('console', m.text().slice(0,200)));
await page.goto(new URL('team.html', APP_URL).href);
await page.getByRole('button').first().waitFor();
await page.waitForTimeout(300);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
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
const { profile } = await cdp.send('Profiler.stop');
console.log('total', t.toFixed(1));
// self time per function
const self = {}; const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self[k] = (self[k] || 0) + (dt[i] || 0) / 1000; });
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)}  ${k.slice(0,160)}`).join('\n'));
await browser.close();
