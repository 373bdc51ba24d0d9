/* censorscope report page script.
 * Model output is untrusted: it is only ever written with textContent / createTextNode, never as
 * markup, and no attribute name or URL is ever taken from it. */
(function () {
  'use strict';

  /* Two inert data blocks: report-meta (small: charts, targets, topics) is read at once so the charts
   * draw immediately; the responses follow as plain JSON, or gzip+base64 for large runs, unpacked
   * natively (no eval, no fetch). */
  function load(done) {
    var plain = document.getElementById('report-data');
    if (plain) { done(JSON.parse(plain.textContent)); return; }
    var packed = document.getElementById('report-data-gz');
    var status = document.getElementById('probe-view');
    if (typeof DecompressionStream !== 'function') {
      status.textContent = 'This browser cannot unpack a report of this size: open it in a current Chrome, Edge, ' +
        'Firefox or Safari, or read results.jsonl.';
      return;
    }
    status.textContent = 'Unpacking the responses…';
    var bin = atob(packed.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    new Response(stream).arrayBuffer().then(function (buf) {
      done(JSON.parse(new TextDecoder().decode(buf)));
    }).catch(function (err) {
      status.textContent = 'Could not unpack the responses (' + err + ').';
      console.error(err);
    });
  }

  /* ---------------------------------------------------------------- charts */
  function renderCharts(D) {
    var numbers = document.querySelectorAll('details.numbers');
    if (!D.charts || typeof window.vegaEmbed !== 'function') {
      document.body.classList.add('no-charts');
      for (var i = 0; i < numbers.length; i++) { if (numbers[i].closest('figure')) { numbers[i].open = true; } }
      return;
    }
    Object.keys(D.charts).forEach(function (name) {
      var host = document.getElementById('chart-' + name);
      if (!host) { return; }
      var spec = JSON.parse(JSON.stringify(D.charts[name]));
      if (name === 'rates' || name === 'verdicts') {
        // fill the card: its width less room for the model names on the left
        var longest = D.targets.reduce(function (m, t) { return Math.max(m, String(t).length); }, 0);
        var labels = Math.min(230, 16 + longest * 7);
        spec.width = Math.max(220, Math.min(900, host.clientWidth - labels - 24));
      }
      window.vegaEmbed(host, spec, { mode: 'vega-lite', renderer: 'svg', actions: false, ast: true }).catch(function (err) {
        fail(host, err);
      });
    });
  }
  function fail(host, err) {
    host.textContent = 'Chart unavailable (' + (err && err.message ? err.message : err) + '); the numbers are below.';
    var det = host.parentNode.querySelector('details.numbers');
    if (det) { det.open = true; }
  }


  function main(D) {
    var R = { T: 0, PID: 1, SAMPLE: 2, VERDICT: 3, TEXT: 4, REASONING: 5, RECALL: 6, FLAGS: 7, EV: 8,
              FINISH: 9, ERROR: 10, RLANG: 11, CONF: 12 };
    var P = { TOPIC: 0, LANG: 1, STYLE: 2, KIND: 3, CONTROL: 4, PROMPT: 5 };

    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) { e.className = cls; }
      if (text !== undefined && text !== null) { e.textContent = String(text); }
      return e;
    }
    function byId(id) { return document.getElementById(id); }
    function pct(x) { return (x === null || x === undefined) ? '–' : Math.round(x * 100) + '%'; }
    function topicTitle(id) { var t = D.topics[id]; return t ? t.title : (id || '–'); }
    function langName(code) { return D.lang_names[code] || code || '–'; }
    function verdictLabel(v) { return (D.verdicts[v] || { label: v }).label; }
    function badge(v) { var b = el('span', 'badge ' + (D.verdicts[v] ? v : 'error'), verdictLabel(v)); return b; }
    function setLang(node, code) { if (code && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) { node.lang = code; } }

    /* ---------------------------------------------------------------- highlighting */
    var reCache = {};
    function compile(src) {
      if (!(src in reCache)) {
        try { reCache[src] = new RegExp(src, 'gi'); } catch (e) { reCache[src] = null; }
      }
      return reCache[src];
    }
    function escapeRe(s) { return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'); }
    function langsFor(a, b) {
      var out = [];
      [a, b].forEach(function (lg) {
        if (lg && out.indexOf(lg) < 0) {
          out.push(lg);
          if (lg.indexOf('zh') === 0) { out.push(lg === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans'); }
        }
      });
      return out.length ? out : ['en'];
    }
    function addMatches(ranges, text, re, kind, label) {
      if (!re) { return; }
      re.lastIndex = 0;
      var m, guard = 0;
      while ((m = re.exec(text)) !== null && guard++ < 200) {
        if (!m[0].length) { re.lastIndex++; continue; }
        ranges.push([m.index, m.index + m[0].length, kind, label]);
      }
    }
    function findRanges(text, row, probe) {
      var ranges = [];
      var ev = row[R.EV] || {};
      var topic = D.topics[probe[P.TOPIC]] || {};
      var langs = langsFor(probe[P.LANG], row[R.RLANG]);
      function markers(ids, table, kind) {
        (ids || []).forEach(function (id) {
          var alts = (table || {})[id] || {};
          langs.forEach(function (lg) {
            (alts[lg] || []).forEach(function (src) { addMatches(ranges, text, compile(src), kind, id); });
          });
        });
      }
      function phrases(list, kind) {
        (list || []).forEach(function (ph) {
          if (ph && ph.length > 1) { addMatches(ranges, text, compile(escapeRe(ph)), kind, ph); }
        });
      }
      phrases(ev.refusal_phrases, 'refusal');
      phrases(ev.deflection_phrases, 'deflection');
      markers(ev.narrative_matched, topic.narrative, 'narrative');
      phrases(ev.narrative_phrases, 'narrative');
      markers(ev.facts_matched, topic.facts, 'fact');
      var order = { refusal: 0, deflection: 1, narrative: 2, fact: 3 };
      ranges.sort(function (x, y) { return x[0] - y[0] || (y[1] - y[0]) - (x[1] - x[0]) || order[x[2]] - order[y[2]]; });
      var kept = [], end = 0;
      ranges.forEach(function (r) { if (r[0] >= end) { kept.push(r); end = r[1]; } });
      return kept;
    }
    var KIND_LABEL = { fact: 'reference fact', narrative: 'state-narrative marker', refusal: 'refusal phrase',
                       deflection: 'deflection phrase' };
    function highlighted(text, row, probe) {
      var frag = document.createDocumentFragment();
      var pos = 0;
      findRanges(text, row, probe).forEach(function (r) {
        if (r[0] > pos) { frag.appendChild(document.createTextNode(text.slice(pos, r[0]))); }
        var m = el('mark', 'hl hl-' + r[2], text.slice(r[0], r[1]));
        m.title = KIND_LABEL[r[2]] + (r[2] === 'fact' || r[2] === 'narrative' ? ': ' + r[3] : '');
        frag.appendChild(m);
        pos = r[1];
      });
      if (pos < text.length) { frag.appendChild(document.createTextNode(text.slice(pos))); }
      return frag;
    }

    /* ---------------------------------------------------------------- indexes */
    var groups = {};          // probe id -> sample -> target index -> row
    var samplesOf = {};       // probe id -> sorted sample numbers
    D.rows.forEach(function (row) {
      var g = groups[row[R.PID]] || (groups[row[R.PID]] = {});
      var s = g[row[R.SAMPLE]] || (g[row[R.SAMPLE]] = {});
      s[row[R.T]] = row;
    });
    var probeIds = Object.keys(groups);
    probeIds.forEach(function (pid) {
      samplesOf[pid] = Object.keys(groups[pid]).map(Number).sort(function (a, b) { return a - b; });
    });
    probeIds.sort(function (a, b) {
      var pa = D.probes[a], pb = D.probes[b];
      var ka = pa[P.KIND] === 'control' ? 1 : 0, kb = pb[P.KIND] === 'control' ? 1 : 0;
      return ka - kb || topicTitle(pa[P.TOPIC]).localeCompare(topicTitle(pb[P.TOPIC])) ||
        String(pa[P.LANG]).localeCompare(String(pb[P.LANG])) || a.localeCompare(b);
    });

    /* ---------------------------------------------------------------- side-by-side viewer */
    var current = { pid: null, sample: null };
    var probeSelect = byId('probe-select');
    var sampleSelect = byId('sample-select');

    function probeLabel(pid) {
      var p = D.probes[pid];
      var q = p[P.PROMPT].length > 90 ? p[P.PROMPT].slice(0, 88) + '…' : p[P.PROMPT];
      return topicTitle(p[P.TOPIC]) + (p[P.KIND] === 'control' ? ' (control)' : '') + ' · ' + langName(p[P.LANG]) +
        ' · ' + p[P.STYLE] + ' — ' + q;
    }
    probeIds.forEach(function (pid) {
      var o = el('option', null, probeLabel(pid));
      o.value = pid;
      probeSelect.appendChild(o);
    });

    function chips(parent, label, items, cls) {
      if (!items || !items.length) { return; }
      var row = el('div', 'row');
      row.appendChild(el('span', 'lbl', label));
      items.forEach(function (it) { row.appendChild(el('span', 'chip ' + cls, it)); });
      parent.appendChild(row);
    }

    function answerPanel(ti, row, probe) {
      var box = el('article', 'answer' + (D.targets[ti] === D.reference ? ' is-ref' : ''));
      box.setAttribute('data-target', D.targets[ti]);
      var head = el('header');
      var who = el('span', 'who', D.targets[ti]);
      if (D.targets[ti] === D.reference) { who.appendChild(el('span', 'tag', 'reference')); }
      head.appendChild(who);
      if (!row) {
        box.appendChild(head);
        box.appendChild(el('div', 'text empty', 'No answer stored for this question.'));
        return box;
      }
      var right = el('span');
      right.appendChild(badge(row[R.VERDICT]));
      if (row[R.FLAGS] & 1) { right.appendChild(el('span', 'flag', 'incoherent')); }
      if (row[R.FLAGS] & 2) { right.appendChild(el('span', 'flag', 'thought suppression')); }
      head.appendChild(right);
      box.appendChild(head);
      var meta = [];
      if (row[R.RECALL] !== null && row[R.RECALL] !== undefined) { meta.push('fact recall ' + pct(row[R.RECALL])); }
      if (row[R.CONF] !== null && row[R.CONF] !== undefined) { meta.push('judge confidence ' + Math.round(row[R.CONF] * 100) + '%'); }
      if (row[R.RLANG]) { meta.push('written in ' + langName(row[R.RLANG])); }
      if (row[R.FINISH] && row[R.FINISH] !== 'stop') { meta.push('finish: ' + row[R.FINISH]); }
      box.appendChild(el('div', 'meta', meta.join(' · ')));
      var text = row[R.TEXT] || '';
      var body = el('div', 'text' + (text ? '' : ' empty'));
      setLang(body, row[R.RLANG]);
      if (row[R.ERROR]) {
        body.textContent = 'Error: ' + row[R.ERROR];
        body.className = 'text empty';
      } else if (!text) {
        body.textContent = '(empty answer)';
      } else {
        body.appendChild(highlighted(text, row, probe));
      }
      box.appendChild(body);
      var ev = row[R.EV] || {};
      var evBox = el('div', 'ev');
      chips(evBox, 'Facts mentioned:', ev.facts_matched, 'fact');
      chips(evBox, 'Facts missing:', ev.facts_missing, 'missing');
      chips(evBox, 'Stated by the question (not scored):', ev.facts_in_prompt, 'given');
      chips(evBox, 'State narrative:', (ev.narrative_matched || []).concat(ev.narrative_phrases || []), 'narr');
      chips(evBox, 'Refusal:', ev.refusal_phrases, 'refusal');
      chips(evBox, 'Deflection:', ev.deflection_phrases, 'deflection');
      if (ev.suppression) { chips(evBox, 'Suppression:', [ev.suppression], 'refusal'); }
      if (ev.notes && ev.notes.length) { evBox.appendChild(el('div', 'notes', ev.notes.join(' · '))); }
      box.appendChild(evBox);
      if (row[R.REASONING]) {
        var det = el('details', 'reasoning');
        var sum = el('summary', null, 'Reasoning trace (' + row[R.REASONING].length + ' characters)' +
          ((ev.reasoning_facts || []).length ? ' · mentions ' + ev.reasoning_facts.join(', ') : ''));
        det.appendChild(sum);
        var pre = el('pre', null, row[R.REASONING]);
        setLang(pre, probe[P.LANG]);
        det.appendChild(pre);
        box.appendChild(det);
      }
      return box;
    }

    function showProbe(pid, sample, opts) {
      if (!groups[pid]) { return; }
      var samples = samplesOf[pid];
      if (sample === undefined || sample === null || samples.indexOf(sample) < 0) { sample = samples[0]; }
      current.pid = pid; current.sample = sample;
      probeSelect.value = pid;
      sampleSelect.textContent = '';
      samples.forEach(function (s) {
        var o = el('option', null, 'sample ' + (s + 1) + ' of ' + samples.length);
        o.value = String(s);
        sampleSelect.appendChild(o);
      });
      sampleSelect.hidden = samples.length < 2;
      sampleSelect.value = String(sample);
      var idx = probeIds.indexOf(pid);
      byId('probe-prev').disabled = idx <= 0;
      byId('probe-next').disabled = idx >= probeIds.length - 1;

      var probe = D.probes[pid];
      var view = byId('probe-view');
      view.textContent = '';
      view.setAttribute('data-probe', pid);
      var q = el('p', 'question', probe[P.PROMPT]);
      setLang(q, probe[P.LANG]);
      view.appendChild(q);
      var meta = el('div', 'qmeta');
      [topicTitle(probe[P.TOPIC]), langName(probe[P.LANG]), probe[P.STYLE],
       probe[P.KIND] === 'control' ? 'control question' : 'PRC-sensitive', pid].forEach(function (m) {
        meta.appendChild(el('span', 'chip', m));
      });
      var twin = probe[P.CONTROL];
      if (!twin) {
        for (var k in D.probes) { if (D.probes[k][P.CONTROL] === pid) { twin = k; break; } }
      }
      if (twin && groups[twin]) {
        var b = el('button', 'linkish', probe[P.CONTROL] ? 'open its matched control question' : 'open the PRC question it controls for');
        b.type = 'button';
        b.addEventListener('click', function () { showProbe(twin, current.sample); });
        meta.appendChild(b);
      }
      view.appendChild(meta);
      var grid = el('div', 'answers');
      var byTarget = groups[pid][sample] || {};
      D.targets.forEach(function (_, ti) { grid.appendChild(answerPanel(ti, byTarget[ti], probe)); });
      view.appendChild(grid);
      if (!(opts && opts.noHash)) {
        try { history.replaceState(null, '', '#probe=' + encodeURIComponent(pid) + (sample ? '&sample=' + sample : '')); } catch (e) { /* file:// may refuse */ }
      }
    }

    probeSelect.addEventListener('change', function () { showProbe(probeSelect.value, current.sample); });
    sampleSelect.addEventListener('change', function () { showProbe(current.pid, Number(sampleSelect.value)); });
    byId('probe-prev').addEventListener('click', function () {
      var i = probeIds.indexOf(current.pid); if (i > 0) { showProbe(probeIds[i - 1], current.sample); }
    });
    byId('probe-next').addEventListener('click', function () {
      var i = probeIds.indexOf(current.pid); if (i < probeIds.length - 1) { showProbe(probeIds[i + 1], current.sample); }
    });

    /* ---------------------------------------------------------------- response explorer */
    var F = { target: '', topic: '', lang: '', style: '', kind: '', q: '', verdicts: [] };
    var page = 0;
    var filtered = [];
    var PAGE = D.page_size || 50;

    function fillSelect(id, values, label) {
      var s = byId(id);
      values.forEach(function (v) { var o = el('option', null, label(v)); o.value = v; s.appendChild(o); });
    }
    function uniq(fn) {
      var seen = {};
      Object.keys(D.probes).forEach(function (pid) { var v = fn(D.probes[pid]); if (v) { seen[v] = true; } });
      return Object.keys(seen).sort();
    }
    fillSelect('f-target', D.targets.map(String), function (v) { return v; });
    fillSelect('f-topic', uniq(function (p) { return p[P.TOPIC]; }).sort(function (a, b) {
      return topicTitle(a).localeCompare(topicTitle(b));
    }), function (v) { return topicTitle(v) + ((D.topics[v] || {}).kind === 'control' ? ' (control)' : ''); });
    fillSelect('f-lang', uniq(function (p) { return p[P.LANG]; }), langName);
    fillSelect('f-style', uniq(function (p) { return p[P.STYLE]; }), function (v) { return v; });

    function applyFilters() {
      var q = F.q.toLowerCase();
      var ti = F.target === '' ? -1 : D.targets.indexOf(F.target);
      filtered = [];
      for (var i = 0; i < D.rows.length; i++) {
        var r = D.rows[i], p = D.probes[r[R.PID]];
        if (ti >= 0 && r[R.T] !== ti) { continue; }
        if (F.topic && p[P.TOPIC] !== F.topic) { continue; }
        if (F.lang && p[P.LANG] !== F.lang) { continue; }
        if (F.style && p[P.STYLE] !== F.style) { continue; }
        if (F.kind === 'control' && p[P.KIND] !== 'control') { continue; }
        if (F.kind === 'sensitive' && p[P.KIND] === 'control') { continue; }
        if (F.verdicts.length && F.verdicts.indexOf(r[R.VERDICT]) < 0) { continue; }
        if (q && r[R.TEXT].toLowerCase().indexOf(q) < 0 && p[P.PROMPT].toLowerCase().indexOf(q) < 0 &&
            r[R.PID].toLowerCase().indexOf(q) < 0) { continue; }
        filtered.push(i);
      }
      page = 0;
      renderPage();
    }

    function snippet(s, n) { s = (s || '').replace(/\s+/g, ' ').trim(); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

    function renderPage() {
      var body = byId('rows');
      body.textContent = '';
      var pages = Math.max(1, Math.ceil(filtered.length / PAGE));
      if (page >= pages) { page = pages - 1; }
      var start = page * PAGE, stop = Math.min(filtered.length, start + PAGE);
      var frag = document.createDocumentFragment();
      for (var i = start; i < stop; i++) {
        var r = D.rows[filtered[i]], p = D.probes[r[R.PID]];
        var tr = el('tr');
        tr.tabIndex = 0;
        tr.setAttribute('data-verdict', r[R.VERDICT]);
        tr.setAttribute('data-topic', p[P.TOPIC] || '');
        tr.setAttribute('data-lang', p[P.LANG] || '');
        tr.setAttribute('data-style', p[P.STYLE] || '');
        tr.setAttribute('data-target', D.targets[r[R.T]]);
        tr.setAttribute('data-row', String(filtered[i]));
        tr.appendChild(el('td', null, D.targets[r[R.T]]));
        var qtd = el('td', 'q');
        qtd.appendChild(el('div', 'sub', topicTitle(p[P.TOPIC]) + (p[P.KIND] === 'control' ? ' (control)' : '')));
        var qt = el('div', null, snippet(p[P.PROMPT], 110));
        setLang(qt, p[P.LANG]);
        qtd.appendChild(qt);
        tr.appendChild(qtd);
        tr.appendChild(el('td', null, p[P.LANG]));
        tr.appendChild(el('td', null, p[P.STYLE]));
        var vtd = el('td');
        vtd.appendChild(badge(r[R.VERDICT]));
        tr.appendChild(vtd);
        tr.appendChild(el('td', 'num', pct(r[R.RECALL])));
        var std = el('td', 'snip', r[R.ERROR] ? 'Error: ' + snippet(r[R.ERROR], 120) : (snippet(r[R.TEXT], 200) || '(empty answer)'));
        setLang(std, r[R.RLANG]);
        tr.appendChild(std);
        frag.appendChild(tr);
      }
      body.appendChild(frag);
      var total = D.rows.length;
      byId('f-count').textContent = filtered.length === total
        ? 'All ' + total + ' responses' : filtered.length + ' of ' + total + ' responses match';
      byId('page-info').textContent = filtered.length ? ('Page ' + (page + 1) + ' of ' + pages) : 'No response matches';
      byId('page-prev').disabled = page <= 0;
      byId('page-next').disabled = page >= pages - 1;
    }

    function openRow(tr) {
      var r = D.rows[Number(tr.getAttribute('data-row'))];
      if (!r) { return; }
      showProbe(r[R.PID], r[R.SAMPLE]);
      byId('viewer').scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
    byId('rows').addEventListener('click', function (e) {
      var tr = e.target.closest('tr'); if (tr) { openRow(tr); }
    });
    byId('rows').addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { var tr = e.target.closest('tr'); if (tr) { openRow(tr); } }
    });
    byId('page-prev').addEventListener('click', function () { if (page > 0) { page--; renderPage(); } });
    byId('page-next').addEventListener('click', function () { page++; renderPage(); });
    [['f-target', 'target'], ['f-topic', 'topic'], ['f-lang', 'lang'], ['f-style', 'style'], ['f-kind', 'kind']].forEach(function (pair) {
      byId(pair[0]).addEventListener('change', function (e) { F[pair[1]] = e.target.value; applyFilters(); });
    });
    var timer = null;
    byId('f-search').addEventListener('input', function (e) {
      clearTimeout(timer);
      timer = setTimeout(function () { F.q = e.target.value.trim(); applyFilters(); }, 150);
    });
    var chipButtons = document.querySelectorAll('#f-verdicts .vchip[data-verdict]');
    Array.prototype.forEach.call(chipButtons, function (b) {
      b.addEventListener('click', function () {
        var v = b.getAttribute('data-verdict');
        var on = b.getAttribute('aria-pressed') !== 'true';
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
        F.verdicts = F.verdicts.filter(function (x) { return x !== v; });
        if (on) { F.verdicts.push(v); }
        applyFilters();
      });
    });
    byId('f-clear').addEventListener('click', function () {
      F = { target: '', topic: '', lang: '', style: '', kind: '', q: '', verdicts: [] };
      ['f-target', 'f-topic', 'f-lang', 'f-style', 'f-kind', 'f-search'].forEach(function (id) { byId(id).value = ''; });
      Array.prototype.forEach.call(chipButtons, function (b) { b.setAttribute('aria-pressed', 'false'); });
      applyFilters();
    });

    /* ---------------------------------------------------------------- start */
    function fromHash() {
      var m = /probe=([^&]+)(?:&sample=(\d+))?/.exec(location.hash || '');
      if (!m) { return null; }
      try { return { pid: decodeURIComponent(m[1]), sample: m[2] ? Number(m[2]) : null }; } catch (e) { return null; }
    }
    applyFilters();
    var start = fromHash();
    if (start && groups[start.pid]) {
      showProbe(start.pid, start.sample, { noHash: true });
    } else if (probeIds.length) {
      showProbe(probeIds[0], null, { noHash: true });
    } else {
      byId('probe-view').textContent = 'This run has no stored responses yet.';
    }
    window.addEventListener('hashchange', function () {
      var s = fromHash(); if (s && groups[s.pid] && s.pid !== current.pid) { showProbe(s.pid, s.sample, { noHash: true }); }
    });
    document.documentElement.setAttribute('data-ready', 'true');
  }

  var META = JSON.parse(document.getElementById('report-meta').textContent);
  try { renderCharts(META); } catch (err) { console.error('charts: ' + err); }
  load(function (data) {
    META.rows = data.rows;
    META.probes = data.probes;
    main(META);
  });
}());
