// Starts the app. Kept as a file (not inline) so the page runs under a strict
// Content-Security-Policy without 'unsafe-inline'. The build replaces the two
// file names with their hashed versions.
import init from './samspil.js';

init({ module_or_path: new URL('./samspil_bg.wasm', import.meta.url) }).catch((error) => {
  // A browser without WebAssembly, or a failed download: say so instead of a blank page.
  console.error('Samspil could not start', error);
  const loading = document.querySelector('.samspil-loading');
  if (loading) {
    loading.textContent =
      'Samspil kunne ikke starte · Samspil kunde inte starta · Samspil ei käynnistynyt · Samspil could not start. ' +
      'Genindlæs · Ladda om · Lataa uudelleen · Reload.';
    loading.setAttribute('role', 'alert');
  }
});
