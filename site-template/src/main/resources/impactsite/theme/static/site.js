/* Impact Site theme script: enhancement only. CSP script-src 'self': no inline code, no eval. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js'); // reveals .chart__canvas and .series-picker

  var me = doc.currentScript; // null once this first run ends
  var src = me && me.getAttribute('data-echarts');
  var lib = 0; // ECharts: 0 not requested, 1 loading, 2 ready, 3 failed
  var wanted = [], charts = []; // elements awaiting ECharts; drawn charts

  function all(sel, root) { return [].slice.call((root || doc).querySelectorAll(sel)); }
  function list(x) { return Array.isArray(x) ? x : x ? [x] : []; }
  // False inside a hidden panel, where ECharts cannot measure the container.
  function shown(el) { return el.getClientRects().length > 0; }

  /* ---- Charts: ECharts loads once, when a chart first nears the viewport ---- */

  function want(el) {
    if (lib === 2) return draw(el);
    if (lib === 3) return;
    wanted.push(el); // draw() skips repeats
    if (lib) return;
    if (!src) return failed();
    lib = 1;
    var s = doc.createElement('script');
    s.src = src;
    s.addEventListener('load', function () {
      if (!window.echarts) return failed();
      lib = 2;
      wanted.splice(0).forEach(draw);
    });
    s.addEventListener('error', failed);
    doc.head.appendChild(s);
  }
  function failed() { // keep the tables, drop the empty boxes
    lib = 3;
    all('[data-chart]').forEach(function (el) { el.hidden = true; });
  }

  function formatter(el) {
    var d = parseInt(el.getAttribute('data-decimals'), 10), nf;
    var opts = isNaN(d) ? {} : { maximumFractionDigits: d };
    try { nf = new Intl.NumberFormat(el.getAttribute('data-locale') || undefined, opts); }
    catch (e) { nf = new Intl.NumberFormat(undefined, opts); } // malformed locale tag
    var unit = el.getAttribute('data-unit') === '%' ? '%' : ''; // else the axis name says it
    return function (v) {
      if (v == null || v === '' || v === '-') return '–'; // '-': ECharts' "no value"
      return isFinite(v) ? nf.format(+v) + unit : String(v);
    };
  }

  function draw(el) {
    var chart;
    if (!shown(el) || echarts.getInstanceByDom(el)) return;
    try {
      var option = JSON.parse(doc.getElementById(el.getAttribute('data-chart')).textContent);
      var f = formatter(el);
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) option.animation = false;
      list(option.tooltip).forEach(function (t) { t.valueFormatter = t.valueFormatter || f; });
      // The unit sits above the value axis, clear of the label at the top of a marker line (baseline),
      // and that label starts at its line instead of covering the axis labels.
      list(option.yAxis).forEach(function (a) { if (a.name && a.nameGap == null) a.nameGap = 30; });
      list(option.series).forEach(function (s) {
        list(s.markLine && s.markLine.data).forEach(function (d) {
          if (d.xAxis != null && d.label && d.label.align == null) d.label.align = 'left';
        });
      });
      // Numeric axes only: yAxis defaults to type 'value', xAxis to 'category'.
      list(option.yAxis).concat(list(option.xAxis).filter(function (a) { return a.type; }))
        .forEach(function (a) {
          if (a.type && !/^(value|log)$/.test(a.type)) return;
          a.axisLabel = a.axisLabel || {};
          a.axisLabel.formatter = a.axisLabel.formatter || f;
        });
      chart = echarts.init(el, null, { renderer: 'svg' }); // crisp on projectors, paper
      chart.setOption(option);
      charts.push(chart);
    } catch (e) { // bad or missing data: the table has the numbers
      if (chart) chart.dispose();
      el.hidden = true;
    }
  }

  function resize(size) {
    charts.forEach(function (c) { if (shown(c.getDom())) c.resize(size); });
  }

  var els = all('[data-chart]'), timer;
  if (els.length) { // pages with no chart never load ECharts
    var io = window.IntersectionObserver && new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { io.unobserve(e.target); want(e.target); }
      });
    }, { rootMargin: '300px 0px' });
    els.forEach(function (el) { if (io) io.observe(el); else want(el); });
    addEventListener('resize', function () {
      clearTimeout(timer);
      timer = setTimeout(resize, 150);
    });
    // Fit charts to paper, then back ('auto' clears the width ECharts would keep).
    addEventListener('beforeprint', function () { resize({ width: 600 }); });
    addEventListener('afterprint', function () { resize({ width: 'auto' }); });
  }

  /* ---- Series selector: <select data-series-select>, values = panel ids ---- */

  all('select[data-series-select]').forEach(function (select) {
    function show() {
      all('option', select).forEach(function (o) {
        var p = doc.getElementById(o.value);
        if (p) p.hidden = o.value !== select.value;
      });
    }
    show(); // no chart work yet: the observer does it
    select.addEventListener('change', function () {
      show();
      all('[data-chart]', doc.getElementById(select.value)).forEach(want); // now measurable
      resize();
    });
  });

  /* ---- Report card: .filters links filter [data-filter-list] in place ---- */

  var lists = all('[data-filter-list]'), state = {};
  function controls(dim) { return all('.filters [data-filter-' + dim + ']'); }
  function aria(c) { return c.tagName === 'BUTTON' ? 'aria-pressed' : 'aria-current'; }
  function matches(item, dim) { // an item may have several values: data-goal="g1 g2"
    var v = state[dim];
    return !v || v === 'all' || (' ' + item.getAttribute('data-' + dim) + ' ').indexOf(' ' + v + ' ') > -1;
  }
  function choose(dim, ctrl) {
    state[dim] = ctrl.getAttribute('data-filter-' + dim);
    controls(dim).forEach(function (c) { // links drop aria-current, buttons say "false"
      if (c === ctrl || c.tagName === 'BUTTON') c.setAttribute(aria(c), c === ctrl);
      else c.removeAttribute(aria(c));
    });
    lists.forEach(function (l) {
      all('[data-status][data-goal]', l).forEach(function (item) {
        item.hidden = !(matches(item, 'status') && matches(item, 'goal'));
      });
      all('section', l).forEach(function (sec) { // no empty tables: a goal with no match goes
        var items = all('[data-status][data-goal]', sec);
        sec.hidden = items.length > 0 && items.every(function (i) { return i.hidden; });
      });
    });
  }
  // A link to a filter's target (indicators/#goal-kindergarten-ready) arrives filtered.
  function fromHash() {
    ['status', 'goal'].forEach(function (dim) {
      controls(dim).forEach(function (c) {
        if (location.hash.length > 1 && c.getAttribute('href') === location.hash) choose(dim, c);
      });
    });
  }

  if (lists.length) {
    ['status', 'goal'].forEach(function (dim) {
      controls(dim).forEach(function (ctrl) {
        if (ctrl.getAttribute(aria(ctrl)) === 'true') state[dim] = ctrl.getAttribute('data-filter-' + dim);
        ctrl.addEventListener('click', function (event) {
          event.preventDefault();
          choose(dim, ctrl);
        });
      });
    });
    fromHash();
    addEventListener('hashchange', fromHash);
  }
})();
