/* Impact Site preview: reloads this page when it changes and shows the content's problems.
   Served by `impactsite:serve` only; a published site never loads it. */
(function () {
  'use strict';
  var me = document.currentScript;
  var root = me.src.replace(/__impactsite\/reload\.js(\?.*)?$/, '');
  var rootPath = new URL(root).pathname;

  /** This page as the site names its files: "goals/x/index.html". */
  function here() {
    var p = decodeURIComponent(location.pathname).substring(rootPath.length);
    return p === '' || p.charAt(p.length - 1) === '/' ? p + 'index.html' : p;
  }

  function panel() {
    var el = document.getElementById('impactsite-problems');
    if (el) return el;
    el = document.createElement('section');
    el.id = 'impactsite-problems';
    el.setAttribute('role', 'alert');
    el.setAttribute('aria-labelledby', 'impactsite-problems-title');
    var s = el.style;
    s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.zIndex = '2147483647';
    s.maxHeight = '50vh'; s.overflow = 'auto'; s.padding = '1rem 1.25rem'; s.margin = '0';
    s.background = '#fff4f2'; s.color = '#3d0a00'; s.borderTop = '4px solid #b3261e';
    s.font = '15px/1.45 system-ui, sans-serif'; s.boxShadow = '0 -4px 16px rgba(0,0,0,.25)';
    document.body.appendChild(el);
    return el;
  }

  function show(problems) {
    var errors = problems.filter(function (p) { return p.severity === 'ERROR'; });
    var old = document.getElementById('impactsite-problems');
    if (!errors.length) { if (old) old.remove(); return; }
    var el = panel();
    el.textContent = '';
    var h = document.createElement('h2');
    h.id = 'impactsite-problems-title';
    h.style.margin = '0 0 .5rem'; h.style.fontSize = '1.1rem';
    h.textContent = errors.length === 1 ? 'The content has a problem; the site below is the last good one.'
        : 'The content has ' + errors.length + ' problems; the site below is the last good one.';
    el.appendChild(h);
    var list = document.createElement('ul');
    list.style.margin = '0'; list.style.paddingLeft = '1.25rem';
    errors.forEach(function (p) {
      var li = document.createElement('li');
      var where = document.createElement('code');
      where.textContent = p.location;
      where.style.fontWeight = '700';
      li.appendChild(where);
      li.appendChild(document.createTextNode(': ' + p.message));
      list.appendChild(li);
    });
    el.appendChild(list);
  }

  function load() {
    fetch(root + '__impactsite/problems.json', { cache: 'no-store' })
      .then(function (r) { return r.json(); }).then(show).catch(function () {});
  }

  var events = new EventSource(root + '__impactsite/events');
  events.addEventListener('reload', function (e) {
    var changed = JSON.parse(e.data);
    if (changed.indexOf('*') >= 0 || changed.indexOf(here()) >= 0) location.reload();
  });
  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  load();
})();
