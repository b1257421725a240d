/* Impact Site theme script, second part: a chart's share links (chart-share.ftlh) and the view kept in the page's
   address. site.js loads it on pages that have either. Enhancement only; CSP script-src 'self'. */
(function () {
  'use strict';
  var doc = document;
  function all(sel, root) { return [].slice.call((root || doc).querySelectorAll(sel)); }
  function later(fn) { setTimeout(fn, 0); } // after site.js has handled the same event

  /* ---- Addresses of a site without a base URL: absolute from where the page is read ---- */

  function absolute(el, path) { return new URL(el.getAttribute('data-root') + path, location.href).href; }
  all('.share__citation [data-root]').forEach(function (el) { el.textContent = absolute(el, el.textContent); });
  all('textarea[data-root]').forEach(function (el) {
    el.value = el.value.replace(/src="([^"]*)"/, function (m, path) { return 'src="' + absolute(el, path) + '"'; });
  });

  /* ---- Copy buttons: the clipboard, else the text selected for the reader to copy ---- */

  function copied(button) {
    var status = button.closest('[data-chart-share]').querySelector('[role=status]');
    status.textContent = status.getAttribute('data-copied');
    setTimeout(function () { status.textContent = ''; }, 5000);
  }
  function select(el) {
    if (el.select) { el.focus(); el.select(); return; }
    var range = doc.createRange(), sel = getSelection();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  all('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var el = doc.getElementById(button.getAttribute('data-copy'));
      var text = (el.tagName === 'TEXTAREA' ? el.value : el.textContent).replace(/\s+/g, ' ').trim();
      var fallback = function () {
        select(el);
        try { if (doc.execCommand('copy')) copied(button); } catch (e) { /* selected: the reader copies it */ }
      };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { copied(button); }, fallback);
      else fallback();
    });
  });

  /* ---- The view in the address: #series-2&groups=Race:Black,Income:Low%20income ----
     The series (unit) shown and the groups switched on in its chart, so that a shared link opens the same view. */

  var picker = doc.querySelector('select[data-series-select]');
  function token(name) { return encodeURIComponent(name.replace(/: /g, ':')).replace(/%3A/gi, ':'); }
  function same(name) { return name.replace(/: /g, ':'); }
  function panel() { return picker ? doc.getElementById(picker.value) : doc.querySelector('[data-series-panel]'); }
  function groupButtons(p) { // the first chart of the panel with groups: the line chart
    var figure = p && all('[data-chart-figure]', p).filter(function (f) { return f.querySelector('.chart__toggle--group'); })[0];
    return figure ? all('.chart__toggle--group', figure) : [];
  }

  function write() {
    var p = panel();
    if (!p) return;
    var groups = groupButtons(p).filter(function (b) { return b.getAttribute('aria-pressed') === 'true'; })
      .map(function (b) { return token(b.getAttribute('data-series')); });
    var parts = [];
    if (picker || groups.length) parts.push(p.id);
    if (groups.length) parts.push('groups=' + groups.join(','));
    history.replaceState(history.state, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
  }

  function read() {
    var parts = location.hash.slice(1).split('&'), groups = null, target = doc.getElementById(parts[0] || '-');
    parts.forEach(function (p) {
      if (p.indexOf('groups=') === 0) groups = p.slice(7).split(',').filter(Boolean).map(decodeURIComponent);
    });
    if (target && !target.hasAttribute('data-series-panel')) target = null;
    if (target && picker && picker.value !== target.id) {
      picker.value = target.id;
      picker.dispatchEvent(new Event('change'));
    }
    if (!groups) return;
    groupButtons(target || panel()).forEach(function (b) {
      var on = groups.indexOf(same(b.getAttribute('data-series'))) > -1;
      if ((b.getAttribute('aria-pressed') === 'true') !== on) b.click(); // as the reader would: site.js draws it
    });
  }

  if (doc.querySelector('[data-series-panel]')) {
    doc.addEventListener('click', function (e) {
      if (e.target.closest && e.target.closest('.chart__toggle--group')) later(write);
    });
    if (picker) picker.addEventListener('change', function () { later(write); });
    read();
    addEventListener('hashchange', read);
  }
})();
