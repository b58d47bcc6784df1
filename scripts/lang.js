// The self-check's first view, before the app is ready (docs/architecture.md, "The
// first view before the app"). The page carries its start view pre-rendered by the
// build, in its own language (index.html's `lang`); this small script, the one in the
// page's head that the browser waits for (a file, not inline: the page's strict
// Content-Security-Policy allows no inline script), decides before the first paint
// whether that view is the one the app will draw:
// - only for a new check on Samspil's own page: no address (or only `lang=`), no check
//   saved on this device or in this tab, not inside another site's frame (a widget's
//   options restyle it), storage readable (else the app shows a notice first);
// - in the language the app will start in, chosen as the app chooses it (src/ui/app.rs,
//   state.rs, as boot.js's startTexts): a link's language when the person never
//   chose one, else the person's choice, else the browser's languages, else English.
// In the page's language it is shown at once. In another, nothing is shown (no flash
// of the wrong language) until boot.js has put that language's pre-rendered view in.
// Otherwise the page shows "Loading" until the app draws, as before.
//
// From here on, every tap, choice and typed letter in the pre-rendered view is kept
// (window.samspilPre.seen) until boot.js takes them over: boot.js answers them (Start
// shows the first statements, pre-rendered as well) and replays them into the app
// when it is ready. So no tap is lost, even one made before boot.js has arrived.
(function () {
  var html = document.documentElement;
  var meta = document.querySelector('meta[name="samspil-pre"]');
  var hashes = {};
  ((meta && meta.content) || '').trim().split(/\s+/).forEach(function (pair) {
    var kv = pair.split('=');
    if (kv[1]) hashes[kv[0]] = kv[1];
  });
  var known = function (tag) {
    var primary = String(tag || '').split(/[-_]/)[0].toLowerCase();
    var lang = primary === 'no' || primary === 'nn' ? 'nb' : primary;
    return hashes[lang] ? lang : null;
  };
  var hash = window.location.hash;
  var linked = /^#lang=([^&]*)$/.exec(hash);
  var saved;
  try {
    if (window.localStorage.getItem('samspil:check:v1') !== null
      || window.sessionStorage.getItem('samspil:check:v1:tab') !== null) return;
    saved = known(window.localStorage.getItem('samspil:lang'));
  } catch (e) {
    return;
  }
  if (window.top !== window.self || (hash.length > 1 && !linked) || /%23/i.test(window.location.pathname)) return;
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  var lang = (!saved && linked && known(decodeURIComponent(linked[1]))) || saved
    || langs.map(known).filter(Boolean)[0] || 'en';
  if (!hashes[lang]) return;
  var pre = window.samspilPre = { lang: lang, hash: hashes[lang], seen: [], handle: null };
  if (lang === html.lang) html.classList.add('samspil-prerendered');
  var keep = function (event) {
    var view = document.getElementById('samspil-pre');
    if (!view || !view.contains(event.target)) return;
    if (pre.handle) pre.handle(event);
    else pre.seen.push(event);
  };
  ['click', 'input', 'change'].forEach(function (type) { document.addEventListener(type, keep, true); });
}());
