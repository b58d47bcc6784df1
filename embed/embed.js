/*! Samspil embed: puts the Samspil widget on your page as a self-sizing iframe.
 *  <div data-samspil data-lang="da"></div>
 *  <script src="https://…/samspil/embed.js" defer></script>
 *  Options (data-*): lang (da|sv|fi|en), accent (#rrggbb), font (font-family),
 *  start (check|team), compact (true|false), share (https address for share links).
 *  No dependencies, no cookies, no requests of its own. MIT OR Apache-2.0. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The app lives next to this file, wherever it is hosted (sub-paths and <base> included).
  var app = new URL('./', script.src);
  var OPTIONS = {
    lang: /^(da|sv|fi|en)$/,
    accent: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
    font: /^[\p{L}\p{N} ,'"-]{1,100}$/u,
    start: /^(check|team)$/,
    compact: /^(true|false)$/,
    share: /^https?:\/\/[^\s#"'<>\\@]+$/,
  };
  var TITLES = { da: 'Samspil – sundhedstjek af partnerskabet', sv: 'Samspil – hälsokontroll för partnerskapet',
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
    frame.title = TITLES[lang] || TITLES.en;
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
