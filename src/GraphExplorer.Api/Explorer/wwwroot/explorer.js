// The explorer page: search with suggestions, run a named traversal, rows grouped by how they depend with readable
// evidence, the graph of the answer; the whole view lives in the URL (?traversal=&entity=&to=&depth=&expand=&hide=&fold=
// &view=map), so a link or the back button gives the same view.
(() => {
  'use strict';
  const { el, getJson, plural, dependenceLabel } = window.GE;
  const $ = (id) => document.getElementById(id);
  const state = { traversals: [], result: null, suggestions: [], active: -1, searchTimer: 0, searchSeq: 0, runSeq: 0, restoring: false,
    get cy() { return window.Graph.state.cy; } };
  window.explorer = state;

  function setStatus(text, isError, suggestions) {
    const status = $('status');
    status.replaceChildren(text);
    status.classList.toggle('error', !!isError);
    if (suggestions && suggestions.length) {
      status.append(' 您是不是要找 Did you mean: ');
      for (const name of suggestions) {
        const link = el('a', { href: '#', textContent: name, className: 'suggestion-link' });
        link.addEventListener('click', (event) => { event.preventDefault(); $('entity-input').value = name; run(); });
        status.append(link);
      }
    }
  }

  // ---- traversal chooser -------------------------------------------------------------------------------
  async function loadTraversals() {
    const { ok, body } = await getJson('/api/traversals');
    if (!ok) { setStatus('Could not load the traversal catalogue.', true); return; }
    state.traversals = body;
    $('traversal-select').replaceChildren(...body.map((t) => el('option', { value: t.name, textContent: t.name })));
    $('traversal-select').value = 'dependents-of';
    onTraversalChanged();
  }

  function currentTraversal() { return state.traversals.find((t) => t.name === $('traversal-select').value); }

  function onTraversalChanged() {
    const t = currentTraversal();
    if (!t) return;
    const takes = (name) => t.parameters.some((p) => p.name === name);
    $('traversal-description').textContent = t.description;
    $('to-field').hidden = !takes('to');
    $('entity-input').disabled = !takes('entity');
    $('depth-input').disabled = !takes('depth');
    $('depth-input').max = t.maxDepth;
    $('depth-input').placeholder = t.defaultDepth;
  }

  // ---- search suggestions ------------------------------------------------------------------------------
  function scheduleSearch() { clearTimeout(state.searchTimer); state.searchTimer = setTimeout(search, 150); }

  async function search() {
    const text = $('entity-input').value.trim();
    const seq = ++state.searchSeq;
    if (!text || document.activeElement !== $('entity-input')) { hideSuggestions(); return; }
    const { ok, body } = await getJson('/api/entities?limit=8&search=' + encodeURIComponent(text));
    // A newer keystroke, a run or a lost focus since the request was sent: the list would cover the results.
    if (seq !== state.searchSeq || document.activeElement !== $('entity-input')) return;
    if (!ok) { hideSuggestions(); return; }
    state.suggestions = body.entities;
    state.active = -1;
    $('suggestions').replaceChildren(...body.entities.map((e, i) => {
      const others = e.aliases.filter((a) => a !== e.name).slice(0, 4).join(' · ');
      const item = el('li', { className: 'suggestion', role: 'option' }, e.name, el('small', { textContent: `${e.type}${others ? ' — ' + others : ''}` }));
      item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(i); });
      return item;
    }));
    $('suggestions').hidden = body.entities.length === 0;
  }

  function hideSuggestions() { clearTimeout(state.searchTimer); state.searchSeq++; $('suggestions').hidden = true; state.active = -1; }

  function choose(index) {
    const entity = state.suggestions[index];
    if (entity) $('entity-input').value = entity.name;
    hideSuggestions();
  }

  function onSearchKey(event) {
    const items = [...$('suggestions').children];
    if ($('suggestions').hidden || items.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      state.active = (state.active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items.forEach((item, i) => item.classList.toggle('active', i === state.active));
    } else if (event.key === 'Enter' && state.active >= 0) {
      event.preventDefault();
      choose(state.active);
    } else if (event.key === 'Escape') {
      hideSuggestions();
    }
  }

  // ---- the URL ----------------------------------------------------------------------------------------------
  function viewQuery() {
    const query = new URLSearchParams();
    const t = currentTraversal();
    if ($('map-view').classList.contains('active')) query.set('view', 'map');
    if ($('curation-view').classList.contains('active')) query.set('view', 'curation');
    if (t && state.result) {
      query.set('traversal', t.name);
      const add = (name, value) => { if (value && value.trim() && t.parameters.some((p) => p.name === name)) query.set(name, value.trim()); };
      add('entity', $('entity-input').value); add('to', $('to-input').value); add('depth', $('depth-input').value);
      const g = window.Graph.state;
      if (g.expanded.length) query.set('expand', g.expanded.join(','));
      if (g.hidden.size) query.set('hide', [...g.hidden].join(','));
      if (g.result && g.result.rows.some((r) => r.dependence)) query.set('fold', [...g.folded].join(',') || '-');
    }
    return query;
  }

  // A new question (traversal, its parameters or the tab) is a new history entry; changing the picture of the same
  // answer (expand, hide, fold) replaces the current one, so Back returns to the previous question as it was left.
  function pushState() {
    if (state.restoring) return;
    const query = viewQuery();
    const url = location.pathname + (query.toString() ? '?' + query : '');
    if (url === location.pathname + location.search) return;
    const question = (q) => ['view', 'traversal', 'entity', 'to', 'depth'].map((k) => q.get(k) || '').join('\u0001');
    if (question(query) === question(new URLSearchParams(location.search))) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  async function restore() {
    const query = new URLSearchParams(location.search);
    state.restoring = true;
    try {
      const t = query.get('traversal');
      if (t && state.traversals.some((x) => x.name === t)) {
        $('traversal-select').value = t;
        onTraversalChanged();
        $('entity-input').value = query.get('entity') || '';
        $('to-input').value = query.get('to') || '';
        $('depth-input').value = query.get('depth') || '';
        for (const type of Object.keys(window.Relationships)) window.Graph.setHidden(type, (query.get('hide') || '').split(',').includes(type));
        const fold = query.get('fold');
        await run(null, { folded: fold == null ? null : fold.split(',').filter((f) => f && f !== '-') });
        for (const key of (query.get('expand') || '').split(',').filter(Boolean)) await window.Graph.expand(key, true);
      } else if (!t) {
        state.result = null; renderRows(null); window.Graph.showAnswer(null); setStatus('');
      }
      showView($({ map: 'tab-map', curation: 'tab-curation' }[query.get('view')] || 'tab-explore'));
    } finally {
      state.restoring = false;
    }
  }

  // ---- running a traversal -----------------------------------------------------------------------------
  async function run(event, options) {
    if (event) event.preventDefault();
    hideSuggestions();
    $('entity-card').hidden = true;
    const t = currentTraversal();
    if (!t) return;
    const query = new URLSearchParams();
    const add = (name, value) => { if (value && value.trim() && t.parameters.some((p) => p.name === name)) query.set(name, value.trim()); };
    add('entity', $('entity-input').value); add('to', $('to-input').value); add('depth', $('depth-input').value);
    const seq = ++state.runSeq;
    setStatus('…');
    document.body.dataset.state = 'running';
    const { ok, body } = await getJson(`/api/traversals/${encodeURIComponent(t.name)}?${query}`);
    if (seq !== state.runSeq) return;
    if (!ok) {
      state.result = null;
      renderRows(null);
      window.Graph.showAnswer(null);
      // The detail repeats the suggestions in words; the links below say them once.
      const detail = body && body.detail ? body.detail.replace(/\s*Did you mean:.*$/s, '') : 'The request failed.';
      setStatus(detail, true, body && body.suggestions);
    } else {
      state.result = body;
      const p = body.parameters;
      setStatus(`${plural(body.rows.length, 'row')} · ${body.traversal}${p.entity ? ' ' + p.entity : ''}${p.to ? ' → ' + p.to : ''} · depth ${p.depth}`);
      renderRows(body);
      window.Graph.showAnswer(body, options);
    }
    document.body.dataset.state = 'ready';
    pushState();
  }

  function runFor(name) { $('entity-input').value = name; run(); }

  function relBadge(type) {
    return el('span', { className: 'rel', textContent: type, style: `background:${(window.Relationships[type] || { color: '#6b7280' }).color}` });
  }

  function renderRows(result) {
    const tbody = $('results-table').querySelector('tbody');
    const ranking = result && result.rows.some((r) => r.count != null);
    $('measure-header').textContent = ranking ? '依赖者 Dependents' : '跳数 Hops';
    if (!result) { tbody.replaceChildren(); return; }
    const counts = new Map();
    for (const row of result.rows) if (row.dependence) counts.set(row.dependence, (counts.get(row.dependence) || 0) + 1);
    const out = [];
    let group = null;
    const seen = new Set();
    result.rows.forEach((row, i) => {
      if (row.dependence && row.dependence !== group) {
        group = row.dependence;
        out.push(groupHeader(result, group, counts.get(group)));
      }
      const path = el('td', { className: 'path' });
      for (const step of row.path) {
        path.append(el('div', { className: 'step' }, `${step.source} `, relBadge(step.type), ` ${step.target}`));
        const id = `${step.sourceKey}|${step.type}|${step.targetKey}`;
        if (!seen.has(id)) { seen.add(id); path.append(window.Evidence.list(step)); continue; }
        // An edge an earlier row already explains: its evidence one click away, not repeated.
        const count = typeof step.evidenceCount === 'number' ? step.evidenceCount : step.evidence.length;
        const again = el('details', { className: 'again' }, el('summary', { textContent: `证据同上 evidence as above (${plural(count, 'mention')})` }));
        again.addEventListener('toggle', () => { if (again.open && again.children.length === 1) again.append(window.Evidence.list(step)); });
        path.append(again);
      }
      const tr = el('tr', { className: 'row' },
        el('td', { className: 'num', textContent: String(i + 1) }),
        el('td', { className: 'entity' }, row.entity.name, el('span', { className: 'type', textContent: row.entity.type })),
        el('td', { className: 'measure', textContent: row.count != null ? String(row.count) : String(row.hops) }),
        path);
      tr.dataset.key = row.entity.key;
      if (row.dependence) tr.dataset.dependence = row.dependence;
      out.push(tr);
    });
    tbody.replaceChildren(...out);
  }

  function groupHeader(result, dependence, count) {
    const toggle = el('button', { type: 'button', className: 'link fold-toggle', textContent: '图中折叠/展开 fold in graph' });
    toggle.addEventListener('click', () => window.Graph.toggleGroup(dependence));
    const tr = el('tr', { className: 'group-header' },
      el('td', { colSpan: 4 }, el('strong', { textContent: `${dependenceLabel(dependence, result.traversal, result.parameters.entity)} (${count})` }), ' ', toggle));
    tr.dataset.dependence = dependence;
    return tr;
  }

  // ---- exports, tabs and start-up -----------------------------------------------------------------------
  function answerExport(event) {
    event.preventDefault();
    const format = event.currentTarget.dataset.answerFormat;
    const t = currentTraversal();
    if (!state.result || !t) { setStatus('先运行一个问题 Run a traversal first: the export is of the current answer.', true); return; }
    const query = new URLSearchParams({ traversal: t.name, format });
    const add = (name, value) => { if (value && value.trim() && t.parameters.some((p) => p.name === name)) query.set(name, value.trim()); };
    add('entity', $('entity-input').value); add('to', $('to-input').value); add('depth', $('depth-input').value);
    const link = el('a', { href: '/api/export/answer?' + query, download: '' });
    document.body.append(link); link.click(); link.remove();
  }

  async function share() {
    const url = location.href;
    try { await navigator.clipboard.writeText(url); setStatus('链接已复制 Link copied: ' + url); } catch { setStatus('Link to this view: ' + url); }
  }

  function showView(tab) {
    for (const t of document.querySelectorAll('.tab')) {
      const active = t === tab;
      t.classList.toggle('active', active);
      t.setAttribute('aria-selected', String(active));
      $(t.dataset.view).classList.toggle('active', active);
    }
    if (tab.id === 'tab-map') window.MarketMap.show();
    else window.Graph.state.cy.resize();
  }

  async function loadStatus() {
    const { body } = await getJson('/health');
    const store = body && body.checks && body.checks['graph-store'];
    if (store) $('store-status').textContent = store.description || store.status;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    window.Graph.create($('graph'));
    window.Graph.state.onChange = pushState;
    window.Graph.renderFilters($('graph-filters'));
    $('query-form').addEventListener('submit', run);
    $('traversal-select').addEventListener('change', onTraversalChanged);
    $('entity-input').addEventListener('input', scheduleSearch);
    $('entity-input').addEventListener('keydown', onSearchKey);
    $('entity-input').addEventListener('blur', hideSuggestions);
    $('share-button').addEventListener('click', share);
    $('fit-graph').addEventListener('click', () => window.Graph.fit());
    $('relayout').addEventListener('click', () => window.Graph.layout());
    $('zoom-in').addEventListener('click', () => window.Graph.zoom(1.25));
    $('zoom-out').addEventListener('click', () => window.Graph.zoom(0.8));
    for (const a of document.querySelectorAll('[data-answer-format]')) a.addEventListener('click', answerExport);
    for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => { showView(tab); pushState(); });
    window.addEventListener('popstate', restore);
    loadStatus();
    await loadTraversals();
    await restore();
    document.body.dataset.loaded = 'true';
  });

  window.Explorer = { run, runFor, state };
})();
