/* Impact Site theme script: enhancement only. CSP script-src 'self': no inline code, no eval. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js'); // reveals .chart__canvas and .series-picker

  var me = doc.currentScript; // null once this first run ends
  var src = me && me.getAttribute('data-echarts');
  // 'idle' (default): charts turn interactive when the page is idle or the reader reaches for them;
  // 'interaction': only then, so a page's first load never carries the chart library.
  var onIdle = !me || me.getAttribute('data-enhance') !== 'interaction';
  var lib = 0; // ECharts: 0 not requested, 1 loading, 2 ready, 3 failed
  var wanted = [], charts = []; // elements awaiting ECharts; drawn charts

  function all(sel, root) { return [].slice.call((root || doc).querySelectorAll(sel)); }
  function list(x) { return Array.isArray(x) ? x : x ? [x] : []; }
  function media(q) { return window.matchMedia && matchMedia(q).matches; }
  // False inside a hidden panel, where ECharts cannot measure the container.
  function shown(el) { return el.getClientRects().length > 0; }
  function figureOf(el) { return el.closest('[data-chart-figure]'); }

  /* ---- ECharts loads once, when a chart first needs it ---- */

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
  function failed() { // the static drawings come back; old-style boxes go (the tables have the numbers)
    lib = 3;
    all('[data-chart]').forEach(function (el) {
      el.hidden = true;
      if (figureOf(el)) figureOf(el).classList.remove('chart--live');
    });
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

  /* The option's light colours, swapped for the reader's scheme: data-palette names the CSS custom
     property (--chart-1 ... --chart-bg) that holds each colour now (dark mode changes them). */
  function palette(el) {
    var map = {}, css = getComputedStyle(el);
    (el.getAttribute('data-palette') || '').split(' ').forEach(function (pair) {
      var i = pair.indexOf(':'), v = i > 0 && css.getPropertyValue('--chart-' + pair.slice(0, i)).trim();
      if (v) map[pair.slice(i + 1).toLowerCase()] = v;
    });
    return map;
  }
  function recolour(x, map) {
    Object.keys(x).forEach(function (k) {
      var v = x[k];
      if (typeof v === 'string' && map[v.toLowerCase()]) x[k] = map[v.toLowerCase()];
      else if (v && typeof v === 'object') recolour(v, map);
    });
  }

  function prepare(el, option) {
    var f = formatter(el), figure = figureOf(el), width = el.clientWidth || 600;
    if (media('(prefers-reduced-motion: reduce)')) option.animation = false;
    recolour(option, palette(el));
    list(option.tooltip).forEach(function (t) { t.valueFormatter = t.valueFormatter || f; });
    // The unit sits above the value axis, clear of the label at the top of a marker line (baseline),
    // and breaks over lines rather than run out of the chart.
    list(option.yAxis).concat(list(option.xAxis)).forEach(function (a) {
      if (a.name && a.nameGap == null) a.nameGap = 30;
      if (a.name) {
        a.nameTextStyle = a.nameTextStyle || {};
        a.nameTextStyle.width = Math.max(120, width - 64);
        a.nameTextStyle.overflow = 'break';
      }
      if (a.type === 'category' && a.axisLabel && a.axisLabel.width) a.axisLabel.width = Math.max(80, width * 0.35);
    });
    list(option.series).forEach(function (s) {
      list(s.markLine && s.markLine.data).forEach(function (d) {
        if (d.xAxis != null && d.label && d.label.align == null) d.label.align = 'left';
      });
      if (s.type === 'bar' && s.label && s.label.show) s.label.formatter = function (p) { return f(p.value); };
    });
    // Numeric axes only: yAxis defaults to type 'value', xAxis to 'category'.
    list(option.yAxis).concat(list(option.xAxis).filter(function (a) { return a.type; }))
      .forEach(function (a) {
        if (a.type && !/^(value|log)$/.test(a.type)) return;
        a.axisLabel = a.axisLabel || {};
        a.axisLabel.formatter = a.axisLabel.formatter || f;
      });
    if (figure && figure.querySelector('[data-chart-controls]')) { // the page's buttons replace ECharts' own
      list(option.legend).forEach(function (l) { l.show = false; });
      list(option.grid).forEach(function (g) { g.top = option.legend ? 48 : g.top; });
      list(option.toolbox).forEach(function (t) { t.show = false; });
    }
    return option;
  }

  function draw(el) {
    var chart;
    if (!shown(el) || echarts.getInstanceByDom(el)) return;
    try {
      var json = doc.getElementById(el.getAttribute('data-chart')).textContent, option = JSON.parse(json);
      var geo = doc.getElementById(el.id + '-geo'); // a map's shapes (map.ftlh), registered once by the map's name
      list(option.series).forEach(function (s) {
        if (s.type === 'map' && geo && !echarts.getMap(s.map)) echarts.registerMap(s.map, JSON.parse(geo.textContent));
      });
      chart = echarts.init(el, null, { renderer: 'svg' }); // crisp on projectors, paper
      chart.setOption(prepare(el, option));
      chart.impactJson = json;
      charts.push(chart);
      var figure = figureOf(el);
      if (figure) connect(figure, chart);
    } catch (e) { // bad or missing data: the static drawing or the table has the numbers
      if (chart) chart.dispose();
      var fig = figureOf(el);
      if (fig) { el.hidden = true; fig.classList.remove('chart--live'); } else el.hidden = true;
    }
  }

  function resize(size) {
    charts.forEach(function (c) { if (shown(c.getDom())) c.resize(size); });
  }

  /* The reader's colour scheme changed: redraw in it, keeping the series they chose. */
  if (window.matchMedia) {
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () {
      charts.forEach(function (c) {
        var legend = (c.getOption().legend || [])[0], selected = legend && legend.selected;
        var option = prepare(c.getDom(), JSON.parse(c.impactJson));
        list(option.legend).forEach(function (l) { if (selected) l.selected = selected; });
        c.setOption(option, true);
      });
    });
  }

  /* ---- Old markup: a chart box drawn when it nears the viewport ---- */

  var boxes = all('[data-chart]').filter(function (el) { return !figureOf(el); }), timer;
  if (boxes.length) {
    var io = window.IntersectionObserver && new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { io.unobserve(e.target); want(e.target); }
      });
    }, { rootMargin: '300px 0px' });
    boxes.forEach(function (el) { if (io) io.observe(el); else want(el); });
    // Fit charts to paper, then back ('auto' clears the width ECharts would keep).
    addEventListener('beforeprint', function () { resize({ width: 600 }); });
    addEventListener('afterprint', function () { resize({ width: 'auto' }); });
  }
  if (all('[data-chart]').length) {
    addEventListener('resize', function () {
      clearTimeout(timer);
      timer = setTimeout(resize, 150);
    });
  }

  /* ---- Figures: the static SVG first, ECharts once the reader reaches for it or the page is idle ---- */

  var figures = all('[data-chart-figure]');
  var plain = media('(forced-colors: active)'); // ECharts cannot follow system colours: the SVG stays

  // Replace the static drawing by the interactive chart (never for print: CSS keeps the SVG there).
  function activate(figure) {
    var live = figure.querySelector('[data-chart]');
    if (!live || plain || lib === 3 || figure.classList.contains('chart--live') || media('print')) return false;
    var from = parseInt(figure.getAttribute('data-interactive-from'), 10) || 0;
    if (!shown(figure) || figure.clientWidth < from) return false;
    var svg = all('.chart-svg', figure).filter(shown)[0]; // the interactive chart takes its box
    live.style.height = Math.max(220, Math.round(svg ? svg.getBoundingClientRect().height : 320)) + 'px';
    if (svg) live.style.maxWidth = getComputedStyle(svg).maxWidth;
    figure.classList.add('chart--live');
    live.hidden = false;
    want(live);
    return true;
  }

  function connect(figure, chart) {
    var buttons = all('[data-series]', figure);
    chart.on('legendselectchanged', function (e) {
      buttons.forEach(function (b) {
        var name = b.getAttribute('data-series');
        if (name in e.selected) b.setAttribute('aria-pressed', String(e.selected[name]));
      });
    });
    (figure.impactQueue || []).splice(0).forEach(function (name) {
      chart.dispatchAction({ type: 'legendToggleSelect', name: name });
    });
    keys(figure, chart);
  }

  /* The points of the series the reader shows, series by series: [{series, index, name, x, value}]. */
  function points(chart) {
    var option = chart.getOption(), axis = list(option.xAxis)[0] || {}, legend = list(option.legend)[0] || {};
    var selected = legend.selected || {}, out = [];
    list(option.series).forEach(function (s, si) {
      if (selected[s.name] === false) return;
      var at = [];
      list(s.data).forEach(function (d, i) {
        var v = Array.isArray(d) ? d[d.length - 1] : d !== null && typeof d === 'object' ? d.value : d;
        if (Array.isArray(v)) v = v[v.length - 1];
        if (v == null || v === '' || v === '-') return;
        var x = Array.isArray(d) ? d[0] : axis.data ? axis.data[i] : d && d.name;
        if (x !== null && typeof x === 'object') x = x.value;
        at.push({ series: si, index: i, name: s.name || '', x: x == null ? String(i + 1) : String(x), value: v });
      });
      if (at.length) out.push(at);
    });
    return out;
  }

  /* Keyboard access to the points: left and right step through a series' periods, up and down through the
     series (at the nearest period), Home and End go to the first and the last. Each point is shown as the
     tooltip and said by the figure's live region. */
  function keys(figure, chart) {
    var el = chart.getDom(), say = figure.querySelector('[data-chart-point]'), f = formatter(el), s = 0, p = -1;
    el.addEventListener('keydown', function (e) {
      var all = points(chart);
      if (!all.length || ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].indexOf(e.key) < 0) return;
      e.preventDefault();
      s = Math.min(s, all.length - 1);
      var x = p >= 0 && all[s][Math.min(p, all[s].length - 1)].x;
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        s = (s + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length;
        var same = all[s].map(function (q) { return q.x; }).indexOf(x);
        p = same >= 0 ? same : Math.min(Math.max(p, 0), all[s].length - 1);
      } else if (e.key === 'Home') p = 0;
      else if (e.key === 'End') p = all[s].length - 1;
      else p = p < 0 ? 0 : Math.max(0, Math.min(all[s].length - 1, p + (e.key === 'ArrowRight' ? 1 : -1)));
      var q = all[s][p];
      chart.dispatchAction({ type: 'downplay' });
      chart.dispatchAction({ type: 'highlight', seriesIndex: q.series, dataIndex: q.index });
      chart.dispatchAction({ type: 'showTip', seriesIndex: q.series, dataIndex: q.index });
      if (say) say.textContent = (q.name ? q.name + ', ' : '') + q.x + ': ' + f(q.value) + ' (' + (p + 1) + '/' + all[s].length + ')';
    });
    el.addEventListener('blur', function () { chart.dispatchAction({ type: 'hideTip' }); });
  }

  function toggle(figure, button) {
    var live = figure.querySelector('[data-chart]');
    var chart = lib === 2 && echarts.getInstanceByDom(live);
    var name = button.getAttribute('data-series');
    if (chart) return chart.dispatchAction({ type: 'legendToggleSelect', name: name });
    activate(figure); // focus may have started it already
    if (!figure.classList.contains('chart--live')) return; // it cannot be (forced colours, no library)
    (figure.impactQueue = figure.impactQueue || []).push(name); // applied once drawn
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
  }

  /* Downloads: the chart as the reader sees it (ECharts' SVG once interactive, else the static
     drawing with its colours written in), as SVG or as PNG drawn from that SVG. */
  function svgData(figure) {
    var live = figure.querySelector('[data-chart]');
    var chart = lib === 2 && live && echarts.getInstanceByDom(live);
    if (chart) return chart.getDataURL({ type: 'svg', backgroundColor: getComputedStyle(live).getPropertyValue('--chart-bg').trim() });
    var svg = figure.querySelector('.chart-svg--wide') || figure.querySelector('.chart-svg');
    var copy = svg.cloneNode(true), from = all('*', svg), to = all('*', copy);
    var props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'paint-order', 'stroke-linejoin',
      'stroke-linecap', 'font-family', 'font-weight'];
    from.forEach(function (el, i) {
      var css = getComputedStyle(el);
      props.forEach(function (p) { to[i].style.setProperty(p, css.getPropertyValue(p)); });
      to[i].removeAttribute('class');
    });
    var box = svg.viewBox.baseVal, bg = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
    bg.setAttribute('width', box.width);
    bg.setAttribute('height', box.height);
    bg.setAttribute('fill', getComputedStyle(svg).getPropertyValue('--chart-bg').trim() || '#fff');
    copy.insertBefore(bg, copy.firstChild);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', box.width);
    copy.setAttribute('height', box.height);
    copy.removeAttribute('class');
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
  }
  function save(url, name) {
    var a = doc.createElement('a');
    a.href = url;
    a.download = name;
    doc.body.appendChild(a);
    a.click();
    a.remove();
  }
  function download(figure, kind) {
    var name = (figure.querySelector('[data-chart]') || {}).id || 'chart', url = svgData(figure);
    if (kind === 'svg') return save(url, name + '.svg');
    var img = new Image();
    img.onload = function () {
      var scale = 2, c = doc.createElement('canvas');
      c.width = img.naturalWidth * scale || 1280;
      c.height = img.naturalHeight * scale || 640;
      c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
      save(c.toDataURL('image/png'), name + '.png');
    };
    img.src = url;
  }

  figures.forEach(function (figure) {
    var controls = figure.querySelector('[data-chart-controls]');
    if (controls) controls.hidden = false;
    all('[data-series]', figure).forEach(function (b) {
      b.addEventListener('click', function () { toggle(figure, b); });
    });
    all('[data-chart-download]', figure).forEach(function (b) {
      b.addEventListener('click', function () { download(figure, b.getAttribute('data-chart-download')); });
    });
    all('[data-chart-explore]', figure).forEach(function (b) { // the chart, ready for the arrow keys
      b.addEventListener('click', function () {
        if (activate(figure) || figure.classList.contains('chart--live')) figure.querySelector('[data-chart]').focus();
      });
    });
    // Reaching for the chart (pointer over it, a tap, keyboard focus inside) makes it interactive.
    var reach = function () { activate(figure); };
    figure.addEventListener('pointerenter', reach);
    figure.addEventListener('touchstart', reach, { passive: true });
    figure.addEventListener('focusin', reach);
  });

  if (figures.length && onIdle) { // when the page has nothing else to do, charts on screen turn interactive
    var idle = window.requestIdleCallback || function (fn) { return setTimeout(fn, 1500); };
    var start = function () {
      idle(function () {
        var seen = window.IntersectionObserver && new IntersectionObserver(function (entries) {
          entries.forEach(function (e) {
            if (e.isIntersecting && activate(e.target)) seen.unobserve(e.target);
          });
        }, { rootMargin: '200px 0px' });
        figures.forEach(function (f) { if (seen) seen.observe(f); else activate(f); });
      }, { timeout: 4000 });
    };
    if (doc.readyState === 'complete') start(); else addEventListener('load', start);
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
      var panel = doc.getElementById(select.value);
      all('[data-chart]', panel).forEach(function (el) { if (!figureOf(el)) want(el); }); // now measurable
      resize();
    });
  });

  /* ---- Sharing: share.js (copy buttons, the view kept in the address), only where a page has it ---- */

  if (me && (all('[data-chart-share]').length || all('[data-series-panel]').length)) {
    var share = doc.createElement('script');
    share.src = me.src.replace(/site\.js([?#].*)?$/, 'share.js');
    doc.head.appendChild(share);
  }

  /* ---- Report card: .filters links filter [data-filter-list] in place; the choice is kept in the
     address (?status=on-track&goal=reading), so a shared link opens the same view ---- */

  var lists = all('[data-filter-list]'), state = {}, dims = ['status', 'goal'];
  var count = doc.querySelector('[data-filter-count]'), empty = doc.querySelector('[data-filter-empty]');
  function controls(dim) { return all('.filters [data-filter-' + dim + ']'); }
  function aria(c) { return c.tagName === 'BUTTON' ? 'aria-pressed' : 'aria-current'; }
  function matches(item, dim) { // an item may have several values: data-goal="g1 g2"
    var v = state[dim];
    return !v || v === 'all' || (' ' + item.getAttribute('data-' + dim) + ' ').indexOf(' ' + v + ' ') > -1;
  }
  function mark(dim) { // links drop aria-current, buttons say "false"
    controls(dim).forEach(function (c) {
      var on = c.getAttribute('data-filter-' + dim) === (state[dim] || 'all');
      if (on || c.tagName === 'BUTTON') c.setAttribute(aria(c), String(on));
      else c.removeAttribute(aria(c));
    });
  }
  function apply(announce) {
    var shown = 0, total = 0;
    lists.forEach(function (l) {
      all('[data-status][data-goal]', l).forEach(function (item) {
        item.hidden = !(matches(item, 'status') && matches(item, 'goal'));
        total++;
        if (!item.hidden) shown++;
      });
      all('section', l).forEach(function (sec) { // no empty goals: a goal with no match goes
        var items = all('[data-status][data-goal]', sec);
        sec.hidden = items.length > 0 && items.every(function (i) { return i.hidden; });
      });
    });
    if (empty) empty.hidden = shown > 0;
    if (count && announce) count.textContent = (count.getAttribute('data-template') || '{0} / {1}')
      .replace('{0}', shown).replace('{1}', total);
  }
  function address() { // the view in the address, without a new history entry
    var q = dims.filter(function (d) { return state[d] && state[d] !== 'all'; })
      .map(function (d) { return d + '=' + encodeURIComponent(state[d]); }).join('&');
    if (window.history && history.replaceState) history.replaceState(null, '', location.pathname + (q ? '?' + q : ''));
  }
  function choose(dim, value) {
    state[dim] = value;
    mark(dim);
    apply(true);
    address();
  }
  // The view the address names: ?status=&goal=, or a link to a goal (indicators/#goal-kindergarten-ready).
  function fromAddress() {
    var q = {};
    location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i > 0) q[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1));
    });
    dims.forEach(function (dim) {
      controls(dim).forEach(function (c) {
        var v = c.getAttribute('data-filter-' + dim);
        if (q[dim] === v || (location.hash.length > 1 && c.getAttribute('href') === location.hash)) state[dim] = v;
      });
      mark(dim);
    });
    apply(false);
  }

  if (lists.length) {
    dims.forEach(function (dim) {
      controls(dim).forEach(function (ctrl) {
        if (ctrl.getAttribute(aria(ctrl)) === 'true') state[dim] = ctrl.getAttribute('data-filter-' + dim);
        ctrl.addEventListener('click', function (event) {
          event.preventDefault();
          choose(dim, ctrl.getAttribute('data-filter-' + dim));
        });
      });
    });
    all('[data-filter-reset]').forEach(function (a) {
      a.addEventListener('click', function (event) {
        event.preventDefault();
        dims.forEach(function (dim) { state[dim] = 'all'; mark(dim); });
        apply(true);
        address();
      });
    });
    fromAddress();
    addEventListener('hashchange', fromAddress);
  }
})();
