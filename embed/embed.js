/*! Samspil embed: puts the Samspil widget on your page as a self-sizing iframe.
 *  <div data-samspil data-lang="da"></div>
 *  <script src="https://…/samspil/embed.js" defer></script>
 *  Options (data-*): lang (da|sv|nb|fi|en), accent (#rrggbb), font (font-family),
 *  start (check|team), compact (true|false), share (https address for share links).
 *  An invitation, as the team view's "Invite partners" makes it: partnership (the
 *  partnership's name), answer-by (YYYY-MM-DD), facilitator (a name),
 *  facilitator-email (an e-mail address), bank (2).
 *  A result or invitation link to the host's page (data-share) opens in the widget.
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
  // The same rule as the app's (src/model/invitation.rs, valid_email): a plain
  // local@domain.tld, nothing that could add a recipient or a header to a mail.
  function validEmail(v) {
    var at = v.indexOf('@');
    if (at < 1 || v.length > 254 || at !== v.lastIndexOf('@')) return false;
    var local = v.slice(0, at);
    var labels = v.slice(at + 1).split('.');
    return local.length <= 64 && /^[A-Za-z0-9._+-]+$/.test(local) && !/^\.|\.$|\.\./.test(local) &&
      labels.length >= 2 && /^[A-Za-z]{2,}$/.test(labels[labels.length - 1]) &&
      labels.every(function (l) { return /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l); });
  }
  // A name as the app keeps it: at most 40 characters, no control characters (the
  // app cleans it again).
  function validName(v) { return Array.from(v).length <= 40 && !/[\u0000-\u001f\u007f-\u009f]/.test(v) && v.trim() !== ''; }
  // An invitation's parts: data-* name, the key in the app's address, and the rule.
  var INVITATION = [
    ['partnership', 'n', { test: validName }],
    ['answer-by', 'by', /^20[2-9][0-9]-[01][0-9]-[0-3][0-9]$/],
    ['facilitator', 'f', { test: validName }],
    ['facilitator-email', 'e', { test: validEmail }],
    ['bank', 'bank', /^[1-9]$/],
  ];
  // A link to the host's page (data-share) that holds a result or an invitation:
  // its parts go on into the widget, so it opens there. Only these keys, and only
  // characters a link's own values have.
  var CARRIED = ['r', 'n', 'o', 'i', 'by', 'f', 'e', 'bank'];
  function fromHostAddress() {
    var hash = window.location && window.location.hash || '';
    if (!/^#(r=|i=1(&|$))/.test(hash)) return [];
    return hash.slice(1).split('&').filter(function (pair) {
      var kv = pair.split('=');
      return kv.length === 2 && CARRIED.indexOf(kv[0]) >= 0 && /^[A-Za-z0-9%._~-]*$/.test(kv[1]);
    });
  }
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
    var invited = [];
    INVITATION.forEach(function (part) {
      var value = host.getAttribute('data-' + part[0]);
      if (value === null) return;
      if (part[2].test(value)) invited.push(part[1] + '=' + encodeURIComponent(value));
      else console.warn('Samspil: data-' + part[0] + '="' + value + '" is not a value Samspil can use; it was ignored.');
    });
    var linked = fromHostAddress();
    if (linked.length) params = params.concat(linked);
    else if (invited.length) params = params.concat(['i=1'], invited);
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
