// The graph of an answer: hierarchical (dagre) for paths and dependence answers, force-directed (fcose) for
// neighbourhoods; node shape and colour by type, size by degree; a dependence answer's large fan-out folded into one
// group node ("NVIDIA's own products (27)"); click a node for its card (expand, pin, use as start), an edge for its
// evidence; filter by relationship type; fit and zoom.
(() => {
  'use strict';
  const { el, getJson, dependenceLabel, plural } = window.GE;
  const GROUP_FOLD = 12;
  const TYPE_STYLE = {
    Company: { shape: 'round-rectangle', color: '#0284c7' },
    Model: { shape: 'ellipse', color: '#d97706' },
    Product: { shape: 'diamond', color: '#7c3aed' },
  };
  const state = { cy: null, result: null, steps: new Map(), startKey: null, hidden: new Set(), folded: new Set(), expanded: [], layoutName: 'dagre', onChange: null };

  const measure = document.createElement('canvas').getContext('2d');
  function textWidth(text) { measure.font = `bold 12px ${window.FontStack}`; return Math.ceil(measure.measureText(text).width); }

  function colorOf(type) { return (window.Relationships[type] || {}).color || '#6b7280'; }

  function create(container) {
    const style = [
      { selector: 'node', style: {
        label: 'data(label)', 'font-family': window.FontStack, 'font-size': 12, color: '#111827',
        'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-wrap': 'ellipsis', 'text-max-width': 150,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 6,
        width: 'data(size)', height: 'data(size)', 'background-color': '#64748b', 'border-width': 1, 'border-color': '#ffffff' } },
      ...Object.entries(TYPE_STYLE).map(([type, s]) => ({ selector: `node[type = "${type}"]`, style: { shape: s.shape, 'background-color': s.color } })),
      { selector: 'node.below', style: { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 3 } },
      { selector: 'node[role = "start"]', style: { 'background-color': '#111827', 'font-weight': 'bold', 'font-size': 14, 'border-width': 3, 'border-color': '#facc15' } },
      { selector: 'node[role = "expanded"]', style: { opacity: 0.85, 'border-style': 'dashed', 'border-color': '#334155', 'border-width': 1 } },
      { selector: 'node.group', style: {
        shape: 'round-rectangle', 'background-color': '#f1f5f9', 'border-color': '#7c3aed', 'border-width': 2, 'border-style': 'double',
        width: 'data(width)', height: 30, 'text-halign': 'center', 'text-margin-x': 0, 'font-weight': 'bold', 'text-wrap': 'none',
        'text-background-opacity': 0 } },
      { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#dc2626' } },
      { selector: 'node.curated', style: { 'border-width': 3, 'border-color': '#16a34a', 'border-style': 'double' } },
      { selector: 'edge.curated', style: { width: 3.5, opacity: 1, label: '✓', 'font-size': 13, 'font-weight': 'bold', color: '#16a34a',
        'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': 1 } },
      { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.2 } },
      { selector: 'edge', style: {
        width: 1.6, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85 } },
      { selector: 'edge[type = "COMPETES_WITH"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      { selector: 'edge:selected', style: { width: 4, label: 'data(type)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
      { selector: '.folded, .filtered', style: { display: 'none' } },
    ];
    state.cy = cytoscape({ container, style, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
    state.cy.on('tap', 'node', (event) => onNode(event.target));
    state.cy.on('tap', 'edge', (event) => showEdge(event.target));
    state.cy.on('tap', (event) => { if (event.target === state.cy) hidePanels(); });
    window.addEventListener('resize', () => state.cy.resize());
    return state.cy;
  }

  function hidePanels() { document.getElementById('entity-card').hidden = true; document.getElementById('edge-panel').hidden = true; }

  // ---- an answer --------------------------------------------------------------------------------------------
  function showAnswer(result, options) {
    const cy = state.cy;
    state.result = result; state.steps = new Map(); state.expanded = [];
    state.folded = new Set(options && options.folded ? options.folded : []);
    hidePanels();
    cy.elements().remove();
    if (!result || result.rows.length === 0) return;
    const nodes = new Map(); const edges = new Map(); const groupsOf = new Map();
    const first = result.rows[0].path[0];
    const start = result.parameters.entity;
    state.startKey = first ? (first.source === start ? first.sourceKey : first.targetKey) : null;
    const addNode = (key, name, type, role) => { if (!nodes.has(key)) nodes.set(key, { id: key, label: name, type: type || '', role }); };
    for (const row of result.rows) {
      addNode(row.entity.key, row.entity.name, row.entity.type, 'answer');
      nodes.get(row.entity.key).type = row.entity.type;
      for (const s of row.path) {
        addNode(s.sourceKey, s.source, '', 'via'); addNode(s.targetKey, s.target, '', 'via');
        const id = `${s.sourceKey}|${s.type}|${s.targetKey}`;
        edges.set(id, { id, source: s.sourceKey, target: s.targetKey, type: s.type, color: colorOf(s.type) });
        state.steps.set(id, s);
        if (row.dependence) for (const key of [s.sourceKey, s.targetKey]) {
          if (!groupsOf.has(key)) groupsOf.set(key, new Set());
          groupsOf.get(key).add(row.dependence);
        }
      }
    }
    if (state.startKey && nodes.has(state.startKey)) nodes.get(state.startKey).role = 'start';
    cy.add([...nodes.values()].map((data) => ({ group: 'nodes', data })));
    cy.add([...edges.values()].map((data) => ({ group: 'edges', data })));
    addGroups(result, groupsOf, options && options.folded);
    state.layoutName = result.traversal === 'neighborhood' ? 'fcose' : 'dagre';
    refresh();
  }

  // A group node per dependence of a dependence answer; large groups start folded when there is something beside them.
  function addGroups(result, groupsOf, requestedFolds) {
    const counts = new Map();
    for (const row of result.rows) if (row.dependence) counts.set(row.dependence, (counts.get(row.dependence) || 0) + 1);
    if (counts.size === 0 || !state.startKey) return;
    for (const [dependence, count] of counts) {
      const label = `${dependenceLabel(dependence, result.traversal, result.parameters.entity)} (${count}) ▸`;
      const members = [...groupsOf].filter(([key, set]) => key !== state.startKey && set.size === 1 && set.has(dependence)).map(([key]) => key);
      state.cy.add({ group: 'nodes', data: { id: `group:${dependence}`, label, width: textWidth(label) + 24, size: 30, dependence, members }, classes: 'group' });
      const rel = dependence === 'compute' ? 'SUPPLIES_COMPUTE_TO' : dependence === 'built-on' ? 'BUILT_ON' : 'DEVELOPS';
      state.cy.add({ group: 'edges', data: { id: `group-edge:${dependence}`, source: state.startKey, target: `group:${dependence}`, type: rel, color: colorOf(rel), meta: true } });
      if (requestedFolds == null && count > GROUP_FOLD && (counts.size > 1 || count > 40)) state.folded.add(dependence);
    }
  }

  function applyFolds() {
    const cy = state.cy;
    cy.batch(() => {
      for (const group of cy.nodes('.group')) {
        const folded = state.folded.has(group.data('dependence'));
        group.toggleClass('folded', !folded);
        cy.getElementById(`group-edge:${group.data('dependence')}`).toggleClass('folded', !folded);
        for (const key of group.data('members')) cy.getElementById(key).toggleClass('folded', folded);
      }
      for (const edge of cy.edges()) edge.toggleClass('filtered', state.hidden.has(edge.data('type')));
    });
  }

  function toggleGroup(dependence) {
    if (state.folded.has(dependence)) state.folded.delete(dependence); else state.folded.add(dependence);
    refresh();
    if (state.onChange) state.onChange();
  }

  function sizeByDegree() {
    for (const node of state.cy.nodes()) {
      if (node.hasClass('group')) continue;
      const degree = node.connectedEdges(':visible').length;
      node.data('size', Math.min(56, 16 + 6 * Math.sqrt(degree)));
    }
  }

  function refresh() {
    applyFolds();
    sizeByDegree();
    layout();
    if (window.Curation) window.Curation.markGraph(state.cy);
  }

  function layout() {
    const cy = state.cy;
    const visible = cy.elements(':visible');
    if (visible.length === 0) return;
    cy.nodes().toggleClass('below', state.layoutName === 'fcose');
    if (state.layoutName === 'dagre') {
      visible.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 6, rankSep: 90, edgeSep: 4, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 20 }).run();
    } else {
      // Seeded positions (concentric by degree), then fcose without randomness: the same answer draws the same way.
      visible.layout({ name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, animate: false }).run();
      visible.layout({ name: 'fcose', randomize: false, quality: 'proof', nodeDimensionsIncludeLabels: true, nodeRepulsion: 9000, idealEdgeLength: 90,
        nodeSeparation: 90, packComponents: true, animate: false, fit: true, padding: 20 }).run();
    }
    cy.fit(cy.elements(':visible'), 20);
  }

  // ---- nodes, edges and expansion -------------------------------------------------------------------------
  function onNode(node) {
    if (node.hasClass('group')) { toggleGroup(node.data('dependence')); return; }
    showCard(node.id());
  }

  // The card of an entity (by key; an absorbed key answers with its absorber), with its curation (curation-card.js).
  async function showCard(key) {
    const card = document.getElementById('entity-card');
    document.getElementById('edge-panel').hidden = true;
    const { ok, body } = await getJson('/api/entities/' + encodeURIComponent(key));
    if (!ok) { card.hidden = true; return; }
    const node = state.cy.getElementById(body.key);
    const button = (text, onClick, id) => { const b = el('button', { type: 'button', textContent: text, id }); b.addEventListener('click', onClick); return b; };
    card.replaceChildren(
      button('✕', () => { card.hidden = true; }, 'card-close'),
      el('h3', { textContent: body.name }),
      el('div', { className: 'card-type', textContent: [body.type, body.layer, body.category].filter(Boolean).join(' · ') }),
      el('div', { textContent: '别名 Aliases: ' + body.aliases.join(', ') }),
      el('div', { textContent: plural(body.relationships.length, 'relationship') }),
      el('div', { className: 'card-actions' },
        button('展开 Expand', () => expand(body.key), 'card-expand'),
        node.nonempty() ? button(node.locked() ? '取消固定 Unpin' : '固定 Pin', () => { togglePin(node); showCard(body.key); }, 'card-pin') : null,
        button('以此为起点 Use as start', () => window.Explorer.runFor(body.name), 'card-start')),
      window.CurationCard ? window.CurationCard.entitySection(body) : '');
    card.hidden = false;
    card.dataset.key = body.key;
  }

  function togglePin(node) {
    if (node.locked()) { node.unlock(); node.removeClass('pinned'); } else { node.lock(); node.addClass('pinned'); }
  }

  // Adds an entity's neighbours (GET /api/graph?entity=&depth=1) to the picture.
  async function expand(key, quiet) {
    const { ok, body } = await getJson(`/api/graph?depth=1&entity=${encodeURIComponent(key)}`);
    if (!ok || !body) return 0;
    const cy = state.cy;
    let added = 0;
    cy.batch(() => {
      for (const n of body.nodes) {
        if (cy.getElementById(n.key).nonempty()) { cy.getElementById(n.key).removeClass('folded'); continue; }
        cy.add({ group: 'nodes', data: { id: n.key, label: n.name, type: n.type, role: 'expanded', size: 18 } });
        added++;
      }
      for (const e of body.edges) {
        const id = `${e.source}|${e.type}|${e.target}`;
        if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type, color: colorOf(e.type) } });
      }
    });
    if (!state.expanded.includes(key)) state.expanded.push(key);
    state.layoutName = cy.nodes().length > 60 ? 'fcose' : state.layoutName;
    sizeByDegree();
    for (const e of cy.edges()) e.toggleClass('filtered', state.hidden.has(e.data('type')));
    layout();
    if (window.Curation) window.Curation.markGraph(cy);
    if (!quiet && state.onChange) state.onChange();
    return added;
  }

  async function showEdge(edge) {
    if (edge.data('meta')) { toggleGroup(edge.target().data('dependence')); return; }
    document.getElementById('entity-card').hidden = true;
    const panel = document.getElementById('edge-panel');
    let step = state.steps.get(edge.id());
    if (!step) step = await fetchStep(edge);
    const close = el('button', { type: 'button', textContent: '✕', id: 'edge-close' });
    close.addEventListener('click', () => { panel.hidden = true; });
    panel.replaceChildren(close,
      el('h3', {}, `${step.source} `, el('span', { className: 'rel', textContent: step.type, style: `background:${colorOf(step.type)}` }), ` ${step.target}`),
      el('div', { className: 'muted', textContent: plural(typeof step.evidenceCount === 'number' ? step.evidenceCount : step.evidence.length, 'mention') }),
      window.Evidence.list(step),
      window.CurationCard && step.sourceKey ? window.CurationCard.edgeSection(step) : '');
    panel.hidden = false;
    panel.dataset.edge = edge.id();
  }

  // The evidence of an edge that came from an expansion: the evidence traversal between its two entities.
  async function fetchStep(edge) {
    const d = edge.data();
    const base = { source: edge.source().data('label'), target: edge.target().data('label'), sourceKey: d.source, targetKey: d.target, type: d.type, evidence: [] };
    const { ok, body } = await getJson(`/api/traversals/evidence?entity=${encodeURIComponent(d.source)}&to=${encodeURIComponent(d.target)}`);
    const match = ok && body ? body.rows.flatMap((r) => r.path).find((s) => s.type === d.type && s.sourceKey === d.source && s.targetKey === d.target) : null;
    return match || base;
  }

  // ---- filters, fit and zoom --------------------------------------------------------------------------------
  function renderFilters(container) {
    container.replaceChildren(...Object.entries(window.Relationships).map(([type, rel]) => {
      const box = el('input', { type: 'checkbox', checked: !state.hidden.has(type) });
      box.dataset.type = type;
      box.addEventListener('change', () => { setHidden(type, !box.checked); if (state.onChange) state.onChange(); });
      return el('label', { title: rel.label }, box, el('span', { className: 'swatch', style: `background:${rel.color}` }), rel.short || rel.label);
    }));
  }

  function setHidden(type, hidden) {
    if (hidden) state.hidden.add(type); else state.hidden.delete(type);
    for (const box of document.querySelectorAll('#graph-filters input')) box.checked = !state.hidden.has(box.dataset.type);
    state.cy.batch(() => { for (const e of state.cy.edges()) e.toggleClass('filtered', state.hidden.has(e.data('type'))); });
  }

  function zoom(factor) {
    const cy = state.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  window.Graph = { create, showAnswer, expand, showCard, toggleGroup, setHidden, renderFilters, layout, zoom, state,
    fit: () => state.cy.fit(state.cy.elements(':visible'), 20) };
})();
