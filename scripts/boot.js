// Starts the app. Kept as a file (not inline) so the page runs under a strict
// Content-Security-Policy without 'unsafe-inline'. The build replaces the two
// file names with their hashed versions.
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

init({ module_or_path: new URL('./samspil_bg.wasm', import.meta.url) }).catch((error) => {
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
