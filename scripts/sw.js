// Samspil's service worker: a second visit downloads only index.html, and the
// self-check opens offline. scripts/build writes it into dist/sw.js, with the
// build's hashed file names in FILES and a hash of the build in BUILD; its own name
// stays sw.js, so the browser finds a new release by fetching sw.js again.
//
// - The hashed files (wasm, JS glue, stylesheet, boot script) never change under
//   their name: they are served from this build's cache.
// - Pages (index.html, 404.html, any address under Samspil's folder) go to the
//   network first, so a new release and a host's settings always arrive; only when
//   the network fails is the cached index.html served, for Samspil's own addresses
//   (also for a `%23` link, whose `#` boot.js puts back), never for another app's
//   page under the same folder (the whole site, at the root).
// - The result page (result.html) and its files (RESULT_FILES) are kept at install
//   too: whoever starts the check will want their result, also offline.
// - The language packs and the team page's files (hashed too, in PACKS) are cached
//   when first used (with a language's self-check pack, its whole pack, which the
//   result page shows), not at install: a visitor downloads what they use, and what
//   was used once opens offline. The team page (team.html) is kept when it loads,
//   and with it the chunks of its parts (TEAM_CHUNKS: the meeting display, QR codes,
//   the plan …), fetched in the background: a facilitator who opened the team page
//   once can open its meeting display in a room without a connection.
// - Requests to any other origin, and anything but GET, are never touched.
// - A new release installs its files under a new cache name, takes over what the
//   older cache kept when first used (packs, the team page and its parts), and, once
//   active, deletes this folder's older Samspil caches (and no other cache of the
//   origin).
const BUILD = 'unbuilt';
const FILES = ['./samspil.css', './samspil.js', './samspil_bg.wasm', './boot.js', './lang.js'];
const RESULT_FILES = [];
const PACKS = [];
// Each language's self-check pack and its whole pack (the result page's).
const PACK_PAIRS = [];
// The team page's lazily loaded chunks (hashed too).
const TEAM_CHUNKS = [];
// The team page's own files (also in PACKS): a new release keeps them where the
// older one had the team page.
const TEAM_FILES = [];

const SCOPE = self.registration.scope;
// One name per folder and build: two copies of Samspil on one origin keep apart.
const PREFIX = `samspil ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const HASHED = new Set([...FILES, ...RESULT_FILES].map((f) => new URL(f, self.location.href).href));
// The pages besides the self-check's: each kept under its own address, and served
// from there offline. They never fall back to the self-check's page, which would
// only send them back.
const RESULT_PAGE = new URL('result.html', SCOPE).href;
const TEAM_PAGE = new URL('team.html', SCOPE).href;
const OWN_PAGES = [RESULT_PAGE, TEAM_PAGE];
const PACKED = new Set([...PACKS, ...TEAM_CHUNKS].map((f) => new URL(f, self.location.href).href));
const WHOLE_PACK = new Map(PACK_PAIRS.map(([check, whole]) =>
  [new URL(check, self.location.href).href, new URL(whole, self.location.href).href]));
const TEAM_PARTS = new Set([...TEAM_FILES, ...TEAM_CHUNKS].map((f) => new URL(f, self.location.href).href));
// The language of a pack's address (`texts-da-HASH.txt`, `texts-da-check-HASH.txt`).
const packLang = (url) => (url.match(/\/texts-([a-z]{2})(?:-check|-team)?-[0-9a-f]{10}\.txt$/) || [])[1];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // From the HTTP cache when the page just loaded them: no second download.
    await cache.addAll([...HASHED]);
    // The pages themselves, fresh (revalidated), and only if they are this build's:
    // a page of another release would ask for files this cache lacks.
    const keep = async (address, files) => {
      const html = await fetch(address, { cache: 'no-cache' });
      const text = await html.clone().text();
      if (!html.ok || !files.every((f) => text.includes(f.slice(2)))) {
        throw new Error(`Samspil: ${address} is not the page of build ${BUILD}`);
      }
      // A redirected response cannot answer a navigation: keep its body and headers only.
      await cache.put(address, html.redirected
        ? new Response(await html.blob(), { headers: html.headers }) : html);
    };
    await Promise.all([keep(SCOPE, FILES), keep(RESULT_PAGE, RESULT_FILES)]);
    await carryOver(cache, keep);
    // Nothing of the old release is needed once a page has loaded (all of its
    // files load at start), so the new one takes over at once.
    await self.skipWaiting();
  })());
});

// What an older release kept when it was first used (language packs, the team page
// and its parts) is kept on by this one, before activation deletes the older cache:
// each file this build still lists under the same name, copied; this build's packs
// of the languages the older one had, and the team page with its files and parts
// where it had the team page, fetched. Without it, the offline copy would lose them
// with every release, until the next online visit (audit E6). A file that cannot be
// had now is fetched when it is next used, as before.
async function carryOver(cache, keep) {
  const older = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
  const had = new Set();
  for (const name of older) {
    for (const request of await (await caches.open(name)).keys()) had.add(request.url);
  }
  const langs = new Set([...had].map(packLang).filter(Boolean));
  const team = had.has(TEAM_PAGE);
  const wanted = [...PACKED].filter((url) => had.has(url) || langs.has(packLang(url)) || (team && TEAM_PARTS.has(url)));
  await Promise.all([
    ...wanted.map(async (url) => {
      let copy;
      for (const name of older) copy = copy || await caches.match(url, { cacheName: name, ignoreVary: true });
      if (copy) await cache.put(url, copy);
      else await pack(new Request(url));
    }),
    team && keep(TEAM_PAGE, TEAM_FILES),
  ].map((p) => Promise.resolve(p).catch(() => null)));
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
    await Promise.all(old.map((k) => caches.delete(k)));
    // The page request starts while the worker starts up, not after.
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event));
  } else if (HASHED.has(url.href)) {
    event.respondWith(hashed(request));
  } else if (PACKED.has(url.href)) {
    // The self-check's pack of a language: its whole pack is kept too (before the
    // answer, so whoever waits for one waits for both), and the person's result
    // opens in that language offline.
    const whole = WHOLE_PACK.get(url.href);
    event.respondWith(whole
      ? Promise.all([pack(request), pack(new Request(whole)).catch(() => null)]).then(([r]) => r)
      : pack(request));
  }
});

async function page(event) {
  const url = new URL(event.request.url);
  const own = OWN_PAGES.find((p) => p === url.origin + url.pathname);
  if (own) {
    try {
      const response = (await event.preloadResponse) || (await fetch(event.request));
      if (response.ok && !response.redirected) {
        const cache = await caches.open(CACHE);
        await cache.put(own, response.clone());
        if (own === TEAM_PAGE) {
          // After the page, not before it: each chunk once, from the HTTP cache when
          // the page already used it.
          event.waitUntil(Promise.all(TEAM_CHUNKS.map((f) =>
            pack(new Request(new URL(f, self.location.href).href)).catch(() => null))));
        }
      }
      return response;
    } catch (error) {
      const copy = await caches.match(own, { cacheName: CACHE });
      if (copy) return copy;
      throw error;
    }
  }
  try {
    return (await event.preloadResponse) || (await fetch(event.request));
  } catch (error) {
    // Offline (or the host is down): this build's copy of the page, for Samspil's
    // own addresses, as the host's 404.html would do online. Only those: at the root
    // of a site the folder is the whole site, and another app's page offline is the
    // browser's offline page, not Samspil's (audit E12).
    const copy = ownAddress(url) && await caches.match(SCOPE, { cacheName: CACHE });
    if (copy) return copy;
    throw error;
  }
}

// Samspil's own addresses: the folder, its index.html and 404.html, and a link whose
// `#` a mail gateway encoded (`%23`) right in the folder (`%23r%3D…`, `team.html%23t=…`).
function ownAddress(url) {
  const address = url.origin + url.pathname;
  if (!address.startsWith(SCOPE)) return false;
  const rest = address.slice(SCOPE.length);
  return ['', 'index.html', '404.html'].includes(rest) || /^[^/]*%23/i.test(rest);
}

// A language pack: from the cache, or fetched once and kept (its name changes with
// its content, so a kept pack is never stale).
async function pack(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function hashed(request) {
  const hit = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  return hit || fetch(request);
}
