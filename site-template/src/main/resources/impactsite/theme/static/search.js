/* Impact Site search: loaded by the search page only. CSP script-src 'self': no inline code, no eval.
   Reads the index built at build time (search.json); opened from disk, where a browser refuses to
   fetch it, it searches the page's own list of everything instead. */
(function () {
  'use strict';
  var doc = document;
  var form = doc.querySelector('[data-search-form]');
  if (!form) return;
  var input = form.querySelector('input[type=search]');
  var status = doc.querySelector('[data-search-status]');
  var results = doc.querySelector('[data-search-results]');
  var list = doc.querySelector('[data-search-list]');
  var everything = doc.querySelector('[data-search-all]');
  var root = form.getAttribute('data-root') || '';
  var entries = null, timer;

  // Lower case without accents, so that "educacion" finds "Educación".
  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function prepare(e) {
    e.t = fold(e.title);
    e.all = ' ' + e.t + ' ' + fold(e.type + ' ' + e.text);
    return e;
  }
  function fromPage() { // the list of everything, when the index cannot be read
    return [].slice.call(everything.querySelectorAll('li')).map(function (li) {
      var a = li.querySelector('a'), meta = li.querySelector('.meta');
      return prepare({ type: li.getAttribute('data-type') || '', title: a.textContent, text: meta ? meta.textContent : '',
        href: a.getAttribute('href').slice(root.length) });
    });
  }

  // Every term must occur; a term at the start of the title counts most, then at the start of a word of it,
  // then anywhere in the title, then at the start of a word of the rest, then anywhere.
  function score(e, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], at = e.t.indexOf(t);
      if (at === 0) total += 8;
      else if (at > 0) total += /[\s(\-–]/.test(e.t.charAt(at - 1)) ? 6 : 4;
      else if (e.all.indexOf(' ' + t) > -1) total += 2;
      else if (e.all.indexOf(t) > -1) total += 1;
      else return 0;
    }
    return total;
  }

  function say(count, query) {
    var pattern = form.getAttribute(count === 0 ? 'data-none' : count === 1 ? 'data-one' : 'data-many') || '';
    status.textContent = pattern.replace('{0}', count).replace('{1}', query);
  }

  function item(e) {
    var li = doc.createElement('li'), a = doc.createElement('a'), kind = doc.createElement('span');
    a.href = root + e.href;
    a.textContent = e.title;
    kind.className = 'search-list__type';
    kind.textContent = e.type;
    li.appendChild(a);
    li.appendChild(doc.createTextNode(' '));
    li.appendChild(kind);
    if (e.text) {
      var p = doc.createElement('span');
      p.className = 'meta';
      p.textContent = e.text;
      li.appendChild(doc.createTextNode(' '));
      li.appendChild(p);
    }
    return li;
  }

  function search() {
    var query = input.value.trim();
    var terms = fold(query).split(/\s+/).filter(Boolean);
    try { // a shared address opens the same search
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    } catch (e) { /* pages opened from disk may not change their address */ }
    clearTimeout(timer);
    if (!terms.length || !entries) {
      results.hidden = true;
      everything.hidden = false;
      status.textContent = '';
      return;
    }
    var found = entries.map(function (e, i) { return { e: e, s: score(e, terms), i: i }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    list.textContent = '';
    found.forEach(function (r) { list.appendChild(item(r.e)); });
    results.hidden = found.length === 0;
    everything.hidden = true;
    // The count is announced once typing pauses, not at every key.
    timer = setTimeout(function () { say(found.length, query); }, 400);
  }

  function ready(data) {
    entries = data.map(prepare);
    search();
  }

  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); search(); });
  input.addEventListener('input', search);
  var q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  input.focus();

  var fail = function () { ready(fromPage()); };
  if (location.protocol === 'file:' || !window.fetch) return fail();
  fetch(form.getAttribute('data-index'))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (index) { ready(index.entries); }, fail);
})();
