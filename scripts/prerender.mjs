// Pre-renders the self-check's first view, run by scripts/build once dist/ holds the
// release pages: node scripts/prerender.mjs DIST
//
// The markup is the app's own: the built page is opened in a headless Chromium, in
// each language, and what the app drew into its element is taken as it is (so a new
// control on the start page, such as the kind of partner, is pre-rendered with no
// change here). Two views per language, the start and the first statements (what
// "Start" shows), each written as `first-<lang>-HASH.html` and `step-<lang>-HASH.html`
// (one hash over both). The page's own language's start view goes into index.html's
// `<div id="samspil-pre">`; `<meta name="samspil-pre">` lists the languages and
// their hashes for scripts/lang.js and boot.js. Prints the files written, one a line.
// See docs/architecture.md, "The first view before the app".
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const page = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const langs = (page.match(/<meta name="samspil-texts" content="([^"]*)">/) || [])[1]
  .trim().split(/\s+/).map((pair) => pair.split('=')[0]);
const pageLang = page.match(/<html lang="([^"]+)"/)[1];
// A browser language the app reads as the language (Norwegian is asked for as nb-NO).
const LOCALES = { da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO', fi: 'fi-FI', en: 'en-GB' };

const port = await new Promise((resolve) => {
  import('node:net').then(({ createServer }) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
});
const server = spawn(process.execPath, [path.join(ROOT, 'scripts/server.mjs'), '--dir', DIST, '--port', String(port)],
  { stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${port}/`;
try {
  for (let i = 0; ; i++) {
    try { await fetch(base); break; } catch (e) { if (i > 100) throw e; await new Promise((r) => setTimeout(r, 100)); }
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  // The app's first view at an address, in a fresh browser (no check saved), once
  // the app has drawn it in the language asked for.
  const drawn = async (lang, fragment) => {
    const context = await browser.newContext({ locale: LOCALES[lang] || lang, serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(base + fragment);
    await tab.waitForFunction((lang) => document.querySelector('#samspil-root > .samspil-app')?.getAttribute('lang') === lang, lang);
    const markup = await tab.evaluate(() => document.getElementById('samspil-root').innerHTML);
    await context.close();
    return markup;
  };
  const written = {};
  const files = [];
  for (const lang of langs) {
    const first = await drawn(lang, '');
    const step = await drawn(lang, '#s=1');
    const hash = crypto.createHash('sha256').update(first).update('\n').update(step).digest('hex').slice(0, 10);
    for (const [kind, markup] of [['first', first], ['step', step]]) {
      const name = `${kind}-${lang}-${hash}.html`;
      fs.writeFileSync(path.join(DIST, name), markup);
      files.push(name);
    }
    written[lang] = { hash, first };
  }
  await browser.close();
  if (!written[pageLang]) throw new Error(`no pre-rendered view in the page's language ${pageLang}`);
  const listed = langs.map((lang) => `${lang}=${written[lang].hash}`).join(' ');
  const out = page
    .replace('<meta name="samspil-pre" content="">', `<meta name="samspil-pre" content="${listed}">`)
    .replace('<div id="samspil-pre"></div>', `<div id="samspil-pre">${written[pageLang].first}</div>`);
  if (out === page || !out.includes(listed)) throw new Error('index.html has no place for the pre-rendered view');
  fs.writeFileSync(path.join(DIST, 'index.html'), out);
  console.log(files.join('\n'));
} finally {
  server.kill();
}
