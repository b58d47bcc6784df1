// Starts the app. Kept as a file (not inline) so the page runs under a strict
// Content-Security-Policy without 'unsafe-inline'. The build makes one per page,
// with that page's hashed file names and its PRODUCT.
import init from './samspil.js';

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
  try {
    window.history.replaceState(null, '', `${whole.slice(0, at)}#${rest}`);
  } catch { /* the app still reads %23 from the address itself */ }
}
restoreFragment();

// Which page this is: 'check' (index.html, the self-check) or 'team' (team.html).
// The build writes it.
const PRODUCT = 'check';

// The team view is its own page. A team link, a summary for the minutes or a
// widget's `start=team` that arrives at the self-check (every team link made before
// the two pages, too) opens there at once, before the self-check's code starts.
function isTeamAddress() {
  const keys = window.location.hash.slice(1).split('&').map((pair) => pair.split('=')[0]);
  return keys.includes('t') || keys.includes('m') || /(^#|&)start=team(&|$)/.test(window.location.hash);
}
const handOver = PRODUCT === 'check' && isTeamAddress();
if (handOver) {
  const team = new URL('team.html', window.location.href);
  window.location.replace(team.pathname + window.location.search + window.location.hash);
}

const started = handOver ? new Promise(() => {})
  : init({ module_or_path: new URL('./samspil_bg.wasm', import.meta.url) });
started.catch((error) => {
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
// once the app has started and the page has loaded, so it never competes with a
// first visit's download. Not inside another site's frame (its storage is that
// site's, often partitioned, and a widget should not install anything there); not
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
    .filter((name) => /\/texts-[a-z]{2}-[0-9a-f]{10}\.txt$/.test(name));
  await Promise.all(packs.map((name) => fetch(name).catch(() => {})));
}

started.then(() => {
  const go = () => offlineCopy().catch((error) => console.warn('Samspil: no offline copy', error));
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}, () => {});
