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
// of the wrong language) until that language's pre-rendered view, fetched from here,
// has come.
// Otherwise the page shows "Loading" until the app draws, as before.
//
// From the first paint on, every tap, choice and typed letter in the pre-rendered view
// is kept here (window.samspilPre.kept), "Start" shows the first statements
// (pre-rendered as well) and any other button says it is busy; boot.js replays what
// was kept into the app when it is ready. So no tap is lost, and the start button
// works from the moment it is seen.
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
  // The page's own address for the pre-rendered files (the page may live in any folder).
  var base = document.currentScript.src;
  var pre = window.samspilPre = {
    lang: lang,
    live: true,
    // What the person did, in order, for boot.js to replay into the app.
    kept: [],
    file: function (kind) {
      return fetch(new URL(kind + '-' + lang + '-' + hashes[lang] + '.html', base))
        .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error(response.status)); });
    },
    show: function (markup) {
      var view = document.getElementById('samspil-pre');
      if (!pre.live || !view) return null;
      view.innerHTML = markup; // this build's own file, written by scripts/prerender.mjs
      html.lang = lang;
      html.classList.add('samspil-prerendered');
      return view;
    },
    // An element's place below the view (child indices): the app draws the same markup.
    pathOf: function (node, top) {
      var path = [];
      for (; node && node !== top; node = node.parentElement) path.unshift([].indexOf.call(node.parentElement.children, node));
      return path;
    },
    // What an element is, so that a replay never acts on another control.
    kind: function (node) {
      return node && [node.tagName, node.id, node.name, node.type, node.tagName === 'BUTTON' ? node.textContent : ''].join('|');
    },
  };
  if (lang === html.lang) html.classList.add('samspil-prerendered');
  // Another language: its view, asked for now (beside the app's files) and shown as
  // soon as it is here and the page is read; "Loading" until then.
  else {
    pre.file('first').then(function (markup) {
      var put = function () { pre.show(markup); };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', put);
      else put();
    }).catch(function () { /* "Loading" stays until the app draws */ });
  }
  var keep = function (event) {
    var view = document.getElementById('samspil-pre');
    var target = event.target;
    if (!pre.live || !view || !view.contains(target)) return;
    var kept = pre.kept;
    if (event.type === 'click') {
      // A tap on a button is kept and the button says it is busy; "Start" shows the
      // first statements at once (pre-rendered too). Taps on other elements (a
      // choice's label, a radio button) come as the choice's own input and change.
      var button = target.closest('button');
      if (!button || button.getAttribute('aria-busy') === 'true') return;
      kept.push({ path: pre.pathOf(button, view), kind: pre.kind(button), click: true });
      button.setAttribute('aria-busy', 'true');
      if (button.classList.contains('samspil-start-button')) {
        pre.file('step').then(function (markup) {
          if (!pre.show(markup)) return;
          window.scrollTo(0, 0);
          var heading = view.querySelector('h1');
          if (heading) heading.focus();
        }).catch(function () { /* the button stays busy; the app starts the check when ready */ });
      }
      return;
    }
    var last = kept[kept.length - 1];
    var one = { path: pre.pathOf(target, view), kind: pre.kind(target), type: event.type, value: target.value,
      check: target.type === 'radio' || target.type === 'checkbox' ? target.checked : undefined };
    // Typing: only the last value of a field counts.
    if (last && last.type === one.type && String(last.path) === String(one.path)) kept.pop();
    kept.push(one);
  };
  ['click', 'input', 'change'].forEach(function (type) { document.addEventListener(type, keep, true); });
}());
