/* Samspil for WordPress: a result link made inside the widget with a share address
 * (`…/your-page/#r=…`) opens that result inside the widget on the page.
 * embed.js builds the frame's address from the data-* options only; this hands the
 * page's own `#…` to the frame, less the host's options (embed, accent, font,
 * compact, share), which come from the block's settings alone. The fragment stays in
 * the browser: nothing is sent to the site. Where embed.js already passes the page's
 * result on (the frame's address has `r=`), this does nothing. */
(function () {
  'use strict';
  var hash = window.location.hash.replace(/^#/, '');
  if (!/(^|&)r=/.test(hash)) return;
  var HOST_ONLY = /^(embed|accent|font|compact|share)(=|$)/;
  var passed = hash.split('&').filter(function (p) { return p && !HOST_ONLY.test(p); });
  function pass() {
    var hosts = document.querySelectorAll('[data-samspil][data-share]');
    for (var i = 0; i < hosts.length; i++) {
      var frame = hosts[i].querySelector('iframe');
      if (!frame) continue;
      var at = frame.src.indexOf('#');
      if (at < 0) continue;
      var own = frame.src.slice(at + 1);
      if (/(^|&)r=/.test(own)) continue;
      frame.src = frame.src.slice(0, at) + '#' + passed.concat(own.split('&')).join('&');
    }
  }
  // embed.js makes its frames when the page has been read (DOMContentLoaded) when it
  // runs before that, as it does from the page's footer; this listener comes after its.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', pass);
  else pass();
})();
