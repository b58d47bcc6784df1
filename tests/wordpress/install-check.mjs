// INSTALL.md's checks in a browser, for any host where Samspil's zip was uploaded:
//   node tests/wordpress/install-check.mjs http://127.0.0.1:PORT/samspil/
// Takes a whole check (Danish), opens the Outlook form of its result link and a
// damaged `%23r%3Dtest` link; prints the result link, the Outlook link's status and
// final address, requests to other origins and console errors (both should be []).
// Used once by hand on a plain Apache (docs/wordpress.md); not part of scripts/test.
import assert from 'node:assert/strict';
import { launch } from '../e2e/browser.mjs';
import { WORDS, answerPlan, expectedScores } from '../e2e/words.mjs';
import { answerStep, readScores } from '../e2e/check.mjs';
const APP = process.argv[2];
const w = WORDS.da;
const browser = await launch();
const context = await browser.newContext({ locale: 'da-DK' });
const requests = []; const problems = [];
context.on('request', (r) => requests.push(r.url()));
await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation ${e.violatedDirective}`)));
context.on('page', (p) => { p.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); }); p.on('pageerror', (e) => problems.push(e.message)); });
const page = await context.newPage();
await page.goto(APP);
await page.getByRole('button', { name: w.start }).click();
const plan = answerPlan(3);
for (let s = 0; s < 6; s++) { await answerStep(page, w, plan, s); await page.getByRole('button', { name: s === 5 ? w.results : w.next, exact: true }).click(); }
await page.getByRole('heading', { level: 1, name: w.resultTitle }).waitFor();
const link = await page.getByLabel(w.resultLink).inputValue();
const frag = link.slice(link.indexOf('#') + 1);
const p2 = await context.newPage();
const resp = await p2.goto(`${APP}%23${encodeURIComponent(frag)}`);
await p2.getByRole('heading', { level: 1, name: w.sharedTitle }).waitFor();
assert.deepEqual(await readScores(p2, w), expectedScores(plan));
const p3 = await context.newPage();
await p3.goto(`${APP}%23r%3Dtest`);
await p3.getByText(w.linkError).first().waitFor();
const origin = new URL(APP).origin;
const foreign = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
console.log(JSON.stringify({ link, outlookStatus: resp.status(), url: p2.url(), foreign, problems: problems.filter((p) => !/404/.test(p)) }));
await browser.close();
