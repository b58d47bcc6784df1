// Samspil's service worker, removed (a kill switch). Serve this file as sw.js, at the
// same address, to take Samspil's offline copy off every device that has it: the
// browser fetches sw.js again on a visit (and at least once a day while one is open),
// installs this worker, which deletes Samspil's caches of this folder and unregisters
// itself. Pages then load from the network as before Samspil had a worker.
// Keep serving it for as long as a visitor may come back (months); to stop Samspil
// from registering a worker again, also add to index.html and 404.html:
//   <meta name="samspil-service-worker" content="off">
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const prefix = `samspil ${self.registration.scope} `;
    for (const key of await caches.keys()) {
      if (key.startsWith(prefix)) await caches.delete(key);
    }
    await self.registration.unregister();
  })());
});
