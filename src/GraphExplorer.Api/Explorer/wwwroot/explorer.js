// The explorer page: search with suggestions, run a named traversal, show rows with evidence and the graph.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { traversals: [], cy: null, suggestions: [], active: -1, searchTimer: 0, searchSeq: 0 };
  window.explorer = state;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) node.append(child);
    return node;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, body };
  }

  function setStatus(text, isError, suggestions) {
    const status = $('status');
    status.replaceChildren(text);
    status.classList.toggle('error', !!isError);
    if (suggestions && suggestions.length) {
      status.append(' 您是不是要找 Did you mean: ');
      for (const name of suggestions) {
        const link = el('a', { textContent: name });
        link.addEventListener('click', () => { $('entity-input').value = name; run(); });
        status.append(link);
      }
    }
  }

  // ---- traversal chooser -------------------------------------------------------------------------------
  async function loadTraversals() {
    const { ok, body } = await getJson('/api/traversals');
    if (!ok) { setStatus('Could not load the traversal catalogue.', true); return; }
    state.traversals = body;
    const select = $('traversal-select');
    select.replaceChildren(...body.map((t) => el('option', { value: t.name, textContent: t.name })));
    select.value = 'dependents-of';
    onTraversalChanged();
  }

  function currentTraversal() {
    return state.traversals.find((t) => t.name === $('traversal-select').value);
  }

  function onTraversalChanged() {
    const t = currentTraversal();
    if (!t) return;
    const takes = (name) => t.parameters.some((p) => p.name === name);
    $('traversal-description').textContent = t.description;
    $('to-field').hidden = !takes('to');
    $('entity-input').disabled = !takes('entity');
    const depth = $('depth-input');
    depth.disabled = !takes('depth');
    depth.max = t.maxDepth;
    depth.placeholder = t.defaultDepth;
  }

  // ---- search suggestions ------------------------------------------------------------------------------
  function scheduleSearch() {
    clearTimeout(state.searchTimer);
    state.searchTimer = setTimeout(search, 150);
  }

  async function search() {
    const text = $('entity-input').value.trim();
    const seq = ++state.searchSeq;
    if (!text) { hideSuggestions(); return; }
    const { ok, body } = await getJson('/api/entities?limit=8&search=' + encodeURIComponent(text));
    if (seq !== state.searchSeq) return;
    if (!ok) { hideSuggestions(); return; }
    state.suggestions = body.entities;
    state.active = -1;
    const list = $('suggestions');
    list.replaceChildren(...body.entities.map((e, i) => {
      const others = e.aliases.filter((a) => a !== e.name).slice(0, 4).join(' · ');
      const item = el('li', { className: 'suggestion', role: 'option' }, e.name, el('small', { textContent: `${e.type}${others ? ' — ' + others : ''}` }));
      item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(i); });
      return item;
    }));
    list.hidden = body.entities.length === 0;
  }

  function hideSuggestions() { $('suggestions').hidden = true; state.active = -1; }

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

  // ---- running a traversal -----------------------------------------------------------------------------
  async function run(event) {
    if (event) event.preventDefault();
    hideSuggestions();
    const t = currentTraversal();
    if (!t) return;
    const query = new URLSearchParams();
    const add = (name, value) => { if (value && t.parameters.some((p) => p.name === name)) query.set(name, value.trim()); };
    add('entity', $('entity-input').value);
    add('to', $('to-input').value);
    add('depth', $('depth-input').value);
    setStatus('…');
    const { ok, body } = await getJson(`/api/traversals/${encodeURIComponent(t.name)}?${query}`);
    if (!ok) {
      renderRows(null);
      setStatus(body && body.detail ? body.detail : 'The request failed.', true, body && body.suggestions);
      return;
    }
    const p = body.parameters;
    setStatus(`${body.rows.length} rows · ${body.traversal}${p.entity ? ' ' + p.entity : ''}${p.to ? ' → ' + p.to : ''} · depth ${p.depth}`);
    renderRows(body);
    drawGraph(body);
  }

  function relBadge(type) {
    const rel = window.Relationships[type] || { color: '#6b7280' };
    return el('span', { className: 'rel', textContent: type, style: `background:${rel.color}` });
  }

  function renderRows(result) {
    const tbody = $('results-table').querySelector('tbody');
    if (!result) { tbody.replaceChildren(); if (state.cy) state.cy.elements().remove(); return; }
    tbody.replaceChildren(...result.rows.map((row, i) => {
      const path = el('td', { className: 'path' });
      for (const step of row.path) {
        path.append(el('div', { className: 'step' }, `${step.source} `, relBadge(step.type), ` ${step.target}`));
        path.append(el('ul', { className: 'evidence' }, ...step.evidence.map((e) =>
          el('li', {}, el('span', { className: 'loc', textContent: `${e.doc}:${e.line}`, title: e.doc }), `“${e.quote}”`))));
      }
      return el('tr', {},
        el('td', { textContent: String(i + 1) }),
        el('td', { className: 'entity' }, row.entity.name, el('span', { className: 'type', textContent: row.entity.type })),
        el('td', { textContent: row.count != null ? `${row.count} dependents` : String(row.hops) }),
        path);
    }));
  }

  // ---- graph of the result -----------------------------------------------------------------------------
  function drawGraph(result) {
    const nodes = new Map();
    const edges = new Map();
    const startName = result.parameters.entity;
    for (const row of result.rows) {
      nodes.set(row.entity.key, { id: row.entity.key, label: row.entity.name, role: 'answer' });
      for (const s of row.path) {
        for (const [key, name] of [[s.sourceKey, s.source], [s.targetKey, s.target]]) {
          if (!nodes.has(key)) nodes.set(key, { id: key, label: name, role: 'via' });
        }
        const id = `${s.sourceKey}|${s.type}|${s.targetKey}`;
        edges.set(id, { id, source: s.sourceKey, target: s.targetKey, type: s.type, color: (window.Relationships[s.type] || {}).color || '#6b7280' });
      }
    }
    let startKey = null;
    for (const node of nodes.values()) {
      if (startName && node.label === startName) { node.role = 'start'; startKey = node.id; }
    }
    const cy = state.cy;
    cy.elements().remove();
    cy.add([...nodes.values()].map((data) => ({ group: 'nodes', data })));
    cy.add([...edges.values()].map((data) => ({ group: 'edges', data })));
    const layout = startKey
      ? { name: 'breadthfirst', roots: cy.getElementById(startKey), directed: false, spacingFactor: 1.1, padding: 24, animate: false }
      : { name: 'cose', padding: 24, animate: false };
    cy.layout(layout).run();
    cy.fit(undefined, 24);
  }

  function createGraph() {
    state.cy = cytoscape({
      container: $('graph'),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          label: 'data(label)', 'font-family': window.FontStack, 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
          width: 18, height: 18, 'background-color': '#64748b', 'text-wrap': 'wrap', 'text-max-width': 110 } },
        { selector: 'node[role = "start"]', style: { 'background-color': '#111827', width: 26, height: 26, 'font-weight': 'bold' } },
        { selector: 'node[role = "answer"]', style: { 'background-color': '#0ea5e9' } },
        { selector: 'edge', style: {
          width: 2, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#6b7280', 'text-rotation': 'autorotate' } },
        { selector: 'edge[type = "COMPETES_WITH"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      ],
    });
    state.cy.on('tap', 'node', (event) => showEntity(event.target.id()));
  }

  async function showEntity(key) {
    const { ok, body } = await getJson('/api/entities/' + encodeURIComponent(key));
    const card = $('entity-card');
    if (!ok) { card.hidden = true; return; }
    const use = el('a', { href: '#', textContent: '以此为起点 Use as start' });
    use.addEventListener('click', (event) => { event.preventDefault(); $('entity-input').value = body.name; card.hidden = true; });
    const close = el('a', { href: '#', textContent: ' ✕', style: 'float:right' });
    close.addEventListener('click', (event) => { event.preventDefault(); card.hidden = true; });
    card.replaceChildren(
      close,
      el('h3', { textContent: body.name }),
      el('div', { textContent: `${body.type}${body.layer ? ' · ' + body.layer : ''}${body.category ? ' · ' + body.category : ''}` }),
      el('div', { textContent: '别名 Aliases: ' + body.aliases.join(', ') }),
      el('div', { textContent: `${body.relationships.length} relationships` }),
      use);
    card.hidden = false;
  }

  function renderLegend(container) {
    container.replaceChildren(...Object.entries(window.Relationships).map(([type, rel]) =>
      el('span', {}, el('span', { className: 'swatch', style: `background:${rel.color}` }), rel.label)));
  }

  // ---- tabs and start-up ---------------------------------------------------------------------------------
  function showView(tab) {
    for (const t of document.querySelectorAll('.tab')) {
      const active = t === tab;
      t.classList.toggle('active', active);
      t.setAttribute('aria-selected', String(active));
      $(t.dataset.view).classList.toggle('active', active);
    }
    if (tab.id === 'tab-map') window.MarketMap.show();
    else if (state.cy) state.cy.resize();
  }

  async function loadStatus() {
    const { body } = await getJson('/health');
    const store = body && body.checks && body.checks['graph-store'];
    if (store) $('store-status').textContent = store.description || store.status;
  }

  document.addEventListener('DOMContentLoaded', () => {
    createGraph();
    renderLegend($('graph-legend'));
    $('query-form').addEventListener('submit', run);
    $('traversal-select').addEventListener('change', onTraversalChanged);
    $('entity-input').addEventListener('input', scheduleSearch);
    $('entity-input').addEventListener('keydown', onSearchKey);
    $('entity-input').addEventListener('blur', () => setTimeout(hideSuggestions, 100));
    for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => showView(tab));
    loadTraversals();
    loadStatus();
  });
})();
