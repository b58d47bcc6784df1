// Starts the app. Kept as a file (not inline) so the page runs under a strict
// Content-Security-Policy without 'unsafe-inline'. The build makes one per page,
// with that page's hashed file names and its PRODUCT.

// A link whose `#` a mail gateway turned into `%23` (Outlook Safe Links does) asks
// the host for a page that does not exist, such as `/samspil/%23r%3D…`. Static hosts
// answer with 404.html, which is this same page. Before the app reads the address,
// the `#` is put back in the browser's own address bar: no request, no server rule.
// (A fragment stays in the browser: the path part was sent to the host anyway.)
function restoreFragment() {
  const { pathname, search, hash } = window.location;
  if (hash) return;
  const whole = pathname + search;
  const at = whole.search(/%23/i);
  if (at < 0) return;
  let rest = whole.slice(at + 3);
  // Encoded as a whole (`r%3D…%26n%3D…`): decode once. Only the `#` encoded: as it is.
  if (!rest.includes('=')) {
    try { rest = decodeURIComponent(rest); } catch { /* the app explains a damaged link */ }
  }
  const path = whole.slice(0, at);
  // `team.html%23…` or `result.html%23…` (a team link, a summary, a result page's
  // address bar): this page (404.html, the self-check) is not the page the address
  // names, and putting the `#` back only changes the fragment. Load that page
  // instead, or the handover below would be a fragment navigation that never loads
  // anything ("Loading" forever, audit E1). Only the folder, index.html and 404.html
  // are this page: for them the `#` is put back in place.
  if (!/(^|\/)(index\.html|404\.html)?$/.test(path)) {
    window.location.replace(`${path}#${rest}`);
    return true;
  }
  try {
    window.history.replaceState(null, '', `${path}#${rest}`);
  } catch { /* the app still reads %23 from the address itself */ }
  return false;
}
const reloading = restoreFragment() === true;

// The crash panel. The release build aborts on a Rust panic without running any
// Rust code (`-Cpanic=immediate-abort`, see "Rust for wasm32" in the README), so the
// panic hook (src/ui/shared/panic.rs) never runs there: a panic becomes a
// WebAssembly trap, a `WebAssembly.RuntimeError` ("unreachable") thrown out of
// whatever called into the wasm (an event handler, a timer, a promise). The wasm
// instance cannot be trusted after that, so this panel is built here, without it: the
// same markup, classes and texts as the hook's (locales/*.ftl, panic-*; a test checks
// that they match), in the page's language. It replaces the app's UI: the app's root
// is hidden and the panel takes its place. Where the hook has already shown its panel
// (builds with the hook: dev builds, a build without nightly), nothing changes.
const CRASH_TEXTS = {
  da: ['Noget gik galt',
    'Samspil stødte på en fejl. Dine svar er gemt i linket og på denne enhed. Genindlæs siden for at fortsætte, hvor du slap.',
    'Genindlæs siden'],
  sv: ['Något gick fel',
    'Samspil stötte på ett fel. Dina svar finns kvar i länken och på den här enheten. Ladda om sidan för att fortsätta där du var.',
    'Ladda om sidan'],
  nb: ['Noe gikk galt',
    'Det oppstod en feil i Samspil. Svarene dine er lagret i lenken og på denne enheten. Last inn siden på nytt for å fortsette der du var.',
    'Last inn siden på nytt'],
  fi: ['Jokin meni vikaan',
    'Samspilissa tapahtui virhe. Vastauksesi ovat tallessa linkissä ja tällä laitteella. Lataa sivu uudelleen jatkaaksesi siitä, mihin jäit.',
    'Lataa sivu uudelleen'],
  en: ['Something went wrong',
    'Samspil ran into an error. Your answers are kept in the link and on this device. Reload the page to carry on where you were.',
    'Reload the page'],
};

// The page's language as the app set it, read as Lang::from_tag reads it; English otherwise.
function pageLang() {
  const primary = (document.documentElement.getAttribute('lang') || '').split(/[-_]/)[0].toLowerCase();
  if (primary === 'no' || primary === 'nn') return 'nb';
  return Object.prototype.hasOwnProperty.call(CRASH_TEXTS, primary) ? primary : 'en';
}

const isTrap = (error) => typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;

function showCrashPanel(error) {
  if (document.querySelector('.samspil-panic')) return; // shown already, by the hook or here
  console.error('Samspil stopped', error);
  const [title, body, reload] = CRASH_TEXTS[pageLang()];
  const panel = document.createElement('div');
  panel.className = 'samspil-panic';
  panel.setAttribute('role', 'alert');
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.textContent = body;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = reload;
  button.addEventListener('click', () => window.location.reload());
  panel.append(h1, p, button);
  // Inside Samspil's own element (the styles are scoped under .samspil), in place of the app.
  const root = document.getElementById('samspil-root');
  document.querySelector('.samspil-loading')?.remove();
  document.getElementById('samspil-pre')?.remove();
  document.documentElement.classList.remove('samspil-prerendered');
  if (root) {
    root.hidden = true;
    root.after(panel);
  } else {
    (document.querySelector('.samspil') || document.body).append(panel);
  }
}

// Set up before the wasm starts, so a trap during start-up is caught too.
window.addEventListener('error', (event) => { if (isTrap(event.error)) showCrashPanel(event.error); });
window.addEventListener('unhandledrejection', (event) => { if (isTrap(event.reason)) showCrashPanel(event.reason); });


// Which page this is: 'check' (index.html, the self-check), 'result' (result.html)
// or 'team' (team.html). The build writes it.
const PRODUCT = 'check';

// The result and the team view are their own pages. An address one of them shows
// that arrives at the self-check (every link made before the pages split, too) opens
// there at once, before the self-check's code starts: a team link, a summary for the
// minutes or a widget's `start=team` on the team page; a shared result (`r=` without
// a step of the person's own) or the person's own result (`s=results`) on the result
// page. Anything else, such as a link a mail gateway wrapped, the app reads and
// hands on itself.
// The address's fragment as [key, value] pairs, as written (`#a=1&b=2`).
const pairsOf = (hash) => hash.slice(1).split('&').map((pair) => pair.split('='));

function pageFor(hash) {
  const pairs = pairsOf(hash);
  const keys = pairs.map(([key]) => key);
  if (keys.includes('t') || keys.includes('m') || /(^#|&)start=team(&|$)/.test(hash)) return 'team.html';
  if (pairs.some(([key, value]) => key === 's' && value === 'results')) return 'result.html';
  if (keys.includes('r') && !keys.includes('s')) return 'result.html';
  return null;
}
const handOverTo = PRODUCT === 'check' && !reloading ? pageFor(window.location.hash) : null;
const handOver = handOverTo !== null;
if (handOver) {
  const page = new URL(handOverTo, window.location.href);
  page.search = window.location.search;
  page.hash = window.location.hash;
  // The whole address, never its path alone: a path that begins `//host/` would be
  // read as another host's address (audit E13). Never off this origin.
  if (page.origin === window.location.origin) window.location.replace(page.href);
}

// The pre-rendered first view (scripts/lang.js decided it is the one the app will
// draw, and keeps what the person does there; docs/architecture.md, "The first view
// before the app"). The app draws out of sight, what was kept is replayed into it,
// and it takes the pre-rendered view's place in one step: the same markup, so
// nothing moves.
const PRE = PRODUCT === 'check' && !handOver && !reloading ? window.samspilPre : undefined;
const preView = () => document.getElementById('samspil-pre');
const settle = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = resolve;
  channel.port2.postMessage(0);
});
// The app has drawn its first view into its element, out of sight: replay what was
// kept, each once the app has drawn the one before, then swap the views.
async function preTakeOver() {
  const root = document.getElementById('samspil-root');
  try {
    await settle();
    while (PRE.kept.length) {
      const kept = PRE.kept.shift();
      const node = kept.path.reduce((at, i) => at && at.children[i], root);
      if (PRE.kind(node) === kept.kind) {
        if (kept.click) node.click();
        else if (kept.check !== undefined) { if (node.checked !== kept.check) node.click(); }
        else {
          node.value = kept.value;
          node.dispatchEvent(new Event(kept.type, { bubbles: true }));
        }
      }
      await settle();
    }
  } finally {
    preEnd(root);
  }
}
function preEnd(root) {
  if (!PRE) return;
  PRE.live = false;
  const view = preView();
  const focused = view && view.contains(document.activeElement) ? PRE.pathOf(document.activeElement, view) : null;
  view?.remove();
  document.documentElement.classList.remove('samspil-prerendered');
  if (root) {
    root.hidden = false;
    if (focused) focused.reduce((at, i) => at && at.children[i], root)?.focus();
  }
}
// The texts of the language the app will start in, fetched now, beside the wasm,
// and handed to the app as it starts: its first view is then drawn with them,
// without a request and a render of its own first (at 4× CPU throttle that wait was
// about 100 ms of the self-check's start). The choice is the app's (src/ui/app.rs,
// state.rs): a language in a widget's or a link's address when framed or when the
// person never chose one, else the person's choice, else the browser's languages.
// A wrong guess costs one small file; the app asks for the right one itself, and
// a pack that fails here the app asks for again (and explains if it fails).
function startTexts() {
  const meta = document.querySelector('meta[name="samspil-texts"]');
  if (!meta) return null;
  const packs = Object.fromEntries(meta.content.trim().split(/\s+/).map((pair) => pair.split('=')));
  const known = (tag) => {
    const primary = String(tag || '').split(/[-_]/)[0].toLowerCase();
    const lang = primary === 'no' || primary === 'nn' ? 'nb' : primary;
    return Object.prototype.hasOwnProperty.call(packs, lang) ? lang : null;
  };
  let saved = null;
  try { saved = known(window.localStorage.getItem('samspil:lang')); } catch { /* blocked */ }
  const inAddress = pairsOf(window.location.hash).find(([key]) => key === 'lang');
  const linked = inAddress ? known(decodeURIComponent(inAddress[1] || '')) : null;
  const framed = window.top !== window.self;
  const lang = (linked && (framed || !saved) ? linked : null) || saved
    || (navigator.languages || [navigator.language]).map(known).find(Boolean) || 'en';
  if (!packs[lang]) return null;
  return fetch(bankOneCheck() ? packs[lang].replace('-check-', '-') : packs[lang])
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => (text === null ? null : { lang, text }))
    .catch(() => null);
}

// Whether the address holds a check begun on bank 1 (before bank 2; the link's
// second byte is its bank): its statements are only in the whole pack, which the
// self-check then loads (src/ui/app.rs), so that is the one to fetch.
function bankOneCheck() {
  if (PRODUCT !== 'check') return false;
  const r = pairsOf(window.location.hash).find(([key]) => key === 'r');
  if (!r || !r[1] || r[1].length < 4) return false;
  try {
    return atob(r[1].slice(0, 4).replace(/-/g, '+').replace(/_/g, '/')).charCodeAt(1) === 1;
  } catch {
    return false;
  }
}

// The page runs this script as soon as it has it (`async`), often before the
// browser has read the rest of the page: the texts, the glue and the wasm are then
// asked for at once. The app itself starts once the page is read, as it mounts into
// the page's own element.
const parsed = () => (document.readyState !== 'loading' ? Promise.resolve()
  : new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true })));

// The wasm, compiled as it arrives (the page preloads it), while the glue and the
// texts come. Where the host sends it with another type than application/wasm, the
// glue is given its address and does its own slower load.
const WASM = new URL('./samspil_bg.wasm', import.meta.url);
const started = handOver || reloading ? new Promise(() => {})
  // Imported here, not at the top: this script's own work (the address put back, a
  // handover, the texts asked for) then runs while the glue is still on its way
  // (the page preloads it).
  : Promise.all([
    import('./samspil.js'),
    WebAssembly.compileStreaming(fetch(WASM)).catch(() => WASM),
    startTexts(),
    parsed(),
  ]).then(([{ default: init }, module, texts]) => {
    // Read once by the app as it starts (src/ui/shared/browser.rs, start_texts).
    if (texts) window.samspilStartTexts = texts;
    if (!PRE?.live) {
      // Not shown: out of the page, so its ids never shadow the app's (a label's `for`).
      preView()?.remove();
      return init({ module_or_path: module });
    }
    document.getElementById('samspil-root').hidden = true;
    return init({ module_or_path: module }).then((app) => drawn().then(preTakeOver).then(() => app));
  });
started.catch((error) => {
  preEnd(document.getElementById('samspil-root'));
  // A panic while the app starts (in `main`): the crash panel, as the hook would show.
  if (isTrap(error)) {
    showCrashPanel(error);
    return;
  }
  // A browser without WebAssembly, or a failed download: say so instead of a blank page.
  console.error('Samspil could not start', error);
  const loading = document.querySelector('.samspil-loading');
  if (loading) {
    loading.textContent =
      'Samspil kunne ikke starte · Samspil kunde inte starta · Samspil kunne ikke starte · Samspil ei käynnistynyt · Samspil could not start. ' +
      'Genindlæs · Ladda om · Last inn på nytt · Lataa uudelleen · Reload.';
    loading.setAttribute('role', 'alert');
  }
});

// The offline copy (sw.js, see "Repeat visits and offline" in the README): set up
// once the app has drawn its first view, the page has loaded and the browser is
// idle, so it never competes with a first visit's download or first view. Not
// inside another site's frame (its storage is that site's, often partitioned, and
// a widget should not install anything there); not
// when the host turned it off with <meta name="samspil-service-worker" content="off">,
// which also removes a worker installed earlier. A failure here is only logged:
// the app runs the same without it.
const OFFLINE_SCOPE = new URL('./', import.meta.url).href;

async function offlineCopy() {
  if (!/^https?:$/.test(window.location.protocol) || !('serviceWorker' in navigator)) return;
  const setting = document.querySelector('meta[name="samspil-service-worker"]');
  if (setting && setting.content.trim().toLowerCase() === 'off') {
    // Only Samspil's own registration: a worker of the host's site stays.
    const registration = await navigator.serviceWorker.getRegistration(OFFLINE_SCOPE);
    if (registration && registration.scope === OFFLINE_SCOPE) await registration.unregister();
    if ('caches' in window) {
      for (const key of await caches.keys()) {
        if (key.startsWith(`samspil ${OFFLINE_SCOPE} `)) await caches.delete(key);
      }
    }
    return;
  }
  if (window.top !== window.self) return;
  await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: OFFLINE_SCOPE });
  // The language pack this page loaded came before the worker: ask for it again
  // through the worker (from the HTTP cache, no download), so it keeps a copy and
  // the page opens offline in this language.
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  const packs = performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/texts-[a-z]{2}(-check|-team)?-[0-9a-f]{10}\.txt$/.test(name));
  await Promise.all(packs.map((name) => fetch(name).catch(() => {})));
}

// Not before the app has drawn its first view and the browser has a moment: the
// worker's install downloads the result page's files, which on a slow phone would
// compete with the first view (about 50–80 ms of the self-check's start at 4× CPU
// throttle).
function drawn() {
  const root = document.getElementById('samspil-root');
  if (!root || root.firstElementChild) return Promise.resolve();
  return new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (root.firstElementChild) { observer.disconnect(); resolve(); }
    }).observe(root, { childList: true });
  });
}
const idle = () => new Promise((resolve) => (window.requestIdleCallback
  ? window.requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)));
const loaded = () => (document.readyState === 'complete' ? Promise.resolve()
  : new Promise((resolve) => window.addEventListener('load', resolve, { once: true })));

started.then(() => Promise.all([loaded(), drawn()]).then(idle).then(offlineCopy)
  .catch((error) => console.warn('Samspil: no offline copy', error)), () => {});
