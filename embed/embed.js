/*! Samspil embed: puts the Samspil widget on your page as a self-sizing iframe.
 *  <div data-samspil data-lang="da"></div>
 *  <script src="https://…/samspil/embed.js" defer></script>
 *  Options (data-*): lang (da|sv|nb|fi|en), accent (#rrggbb), font (font-family),
 *  start (check|team), compact (true|false), share (https address for share links).
 *  No dependencies, no cookies, no requests of its own. MIT OR Apache-2.0. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The app lives next to this file, wherever it is hosted (sub-paths and <base> included).
  var app = new URL('./', script.src);
  // The same rules as the app's (src/model/options.rs); tests/options-cases.txt holds
  // both to one list of cases, so no value passes here and is refused there.
  var KEYWORDS = ['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default'];
  // Letters are Latin ones: A–Z and the Nordic and Sámi alphabets' (U+00C0–U+017F).
  var L = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F';
  var QUOTED = new RegExp('^(?:"[' + L + '0-9 -]*"|\'[' + L + '0-9 -]*\')$');
  var WORDS = new RegExp('^[' + L + '][' + L + '0-9-]*(?: [' + L + '][' + L + '0-9-]*)*$');
  function validFont(v) {
    if (Array.from(v).length > 100) return false;
    return v.split(',').every(function (f) {
      f = f.replace(/^ +| +$/g, '');
      if (QUOTED.test(f)) return f.slice(1, -1).trim() !== '';
      return WORDS.test(f) && KEYWORDS.indexOf(f.toLowerCase()) < 0;
    });
  }
  // https only; plain http only for a page on this computer, where a host tries it out.
  function validShare(v) {
    if (v.length > 300 || !/^[\x21-\x7e]+$/.test(v) || /[#"'<>\\]/.test(v)) return false;
    var m = /^(https?):\/\/([^\/?]*)/i.exec(v);
    if (!m || !m[2] || m[2].indexOf('@') >= 0) return false;
    return m[1].toLowerCase() === 'https' || /^(localhost|127\.0\.0\.1)(:[0-9]*)?$/i.test(m[2]);
  }
  var OPTIONS = {
    lang: /^(da|sv|nb|nn|no|fi|en)([-_][A-Za-z0-9]{1,8})*$/i,
    accent: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
    font: { test: validFont },
    start: /^(check|team)$/,
    compact: /^(true|false)$/,
    share: { test: validShare },
  };
  var TITLES = { da: 'Samspil – sundhedstjek af partnerskabet', sv: 'Samspil – hälsokontroll för partnerskapet', nb: 'Samspil – helsesjekk for partnerskapet',
    fi: 'Samspil – kumppanuuden terveystarkastus', en: 'Samspil – partnership health check' };

  function mount(host) {
    // An expando, not an attribute: the host's DOM stays as the host wrote it.
    if (host.samspilMounted) return;
    host.samspilMounted = true;
    var params = ['embed=1'];
    Object.keys(OPTIONS).forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value === null) return;
      if (OPTIONS[name].test(value)) params.push(name + '=' + encodeURIComponent(value));
      else console.warn('Samspil: data-' + name + '="' + value + '" is not a value Samspil can use; it was ignored.');
    });
    var lang = host.getAttribute('data-lang');
    var frame = document.createElement('iframe');
    frame.src = app.href + '#' + params.join('&');
    var primary = (lang || '').split(/[-_]/)[0].toLowerCase();
    frame.title = TITLES[primary === 'no' || primary === 'nn' ? 'nb' : primary] || TITLES.en;
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;overflow:hidden;';
    host.appendChild(frame);
    window.addEventListener('message', function (event) {
      // Only our frame, from the app's origin, with exactly the shape we expect.
      if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
      var data = event.data;
      if (!data || data.type !== 'samspil:height' || typeof data.height !== 'number') return;
      if (!(data.height > 0 && data.height < 100000)) return;
      frame.style.height = Math.ceil(data.height) + 'px';
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-samspil]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
