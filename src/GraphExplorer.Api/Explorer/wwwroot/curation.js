// Curation, the core: the analyst's name (remembered in localStorage) and optional API key (this tab only, in
// sessionStorage), decisions sent to POST /api/curation and undone with DELETE /api/curation/{id}, the decisions and
// marks (GET /api/curation, GET /api/curation/marks) every other script reads, and the refresh after each change:
// the answer is asked again (a rejected edge is gone, a merged name too), the graph marked, the open card reopened.
// Problem details the API answers are shown where the analyst acted, never swallowed.
(() => {
  'use strict';
  const { el } = window.GE;
  const ANALYST = 'graphexplorer.analyst';
  const API_KEY = 'graphexplorer.apiKey';
  const state = { decisions: [], byId: new Map(), marks: { entityTypes: [], entities: [], edges: [] }, entityMarks: new Map(), edgeMarks: new Map(),
    listeners: [], loaded: false, seq: 0 };

  function analyst() { return document.getElementById('analyst-input').value.trim(); }

  // fetch with the API key when one is given; the body of an error answer is kept (problem details), whatever it is.
  async function send(method, url, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const key = sessionStorage.getItem(API_KEY);
    if (key) headers['X-Api-Key'] = key;
    let response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      return { ok: false, status: 0, body: { title: '网络错误 Network error', detail: String((error && error.message) || error) } };
    }
    const text = await response.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch { parsed = { detail: text.slice(0, 500) }; }
    return { ok: response.ok, status: response.status, body: parsed };
  }

  // "Invalid parameter 'note': 'note' (the reason) is required to reject an edge." from a problem details body.
  function problemText(result) {
    const body = result.body || {};
    if (body.title && body.detail) return `${body.title}: ${body.detail}`;
    return body.detail || body.title || `HTTP ${result.status}`;
  }

  // Shows a problem in a container's problem line (made on first use), or clears it when `text` is empty.
  function showProblem(container, text) {
    if (!container) return;
    let line = container.querySelector(':scope > .problem');
    if (!line) { line = el('p', { className: 'problem' }); line.setAttribute('role', 'alert'); container.append(line); }
    line.textContent = text || '';
    line.hidden = !text;
  }

  function requireAnalyst(container) {
    if (analyst()) return true;
    showProblem(container, '请先填写分析师姓名 Enter your name as analyst (top right) first: every decision records who made it.');
    document.getElementById('analyst-input').focus();
    return false;
  }

  // Records a decision; on success refreshes everything and returns the decision, else shows the problem and returns null.
  async function decide(request, container, after) {
    if (!requireAnalyst(container)) return null;
    const result = await send('POST', '/api/curation', { ...request, analyst: analyst() });
    if (!result.ok) { showProblem(container, problemText(result)); return null; }
    showProblem(container, '');
    notice(`已记录 Recorded: ${describe(result.body)}`, result.body.id);
    await refresh(after);
    return result.body;
  }

  async function undo(id, container) {
    const result = await send('DELETE', '/api/curation/' + encodeURIComponent(id));
    if (!result.ok) { showProblem(container, problemText(result)); return false; }
    showProblem(container, '');
    notice(`已撤销 Undone: ${describe(state.byId.get(id) || { kind: 'decision', entity: id })}`);
    await refresh();
    return true;
  }

  // The line under the explorer's status: what was just recorded, with its undo.
  function notice(text, undoId) {
    const box = document.getElementById('curation-notice');
    box.replaceChildren(text);
    if (undoId) {
      const button = el('button', { type: 'button', className: 'link notice-undo', textContent: '撤销 Undo' });
      button.addEventListener('click', () => undo(undoId, box));
      box.append(' ', button);
    }
    box.hidden = false;
  }

  function describe(d) {
    const what = {
      merge: () => `${d.entity} 吸收 absorbs ${d.other}`,
      split: () => `${d.entity}: “${d.value}” 分出 split off`,
      rename: () => `${d.entity} 改名 renamed “${d.value}”`,
      retype: () => `${d.entity} 改类型 retyped ${d.value}`,
      'add-alias': () => `${d.entity} + 别名 alias “${d.value}”`,
      'remove-alias': () => `${d.entity} − 别名 alias “${d.value}”`,
      'reject-edge': () => `驳回 rejected ${d.entity} ${d.type} ${d.other}`,
      'confirm-edge': () => `确认 confirmed ${d.entity} ${d.type} ${d.other}`,
      'add-edge': () => `添加 added ${d.entity} ${d.type} ${d.other}`,
      'dismiss-duplicate': () => `${d.entity} ≠ ${d.other} 不是重复 not a duplicate`,
    }[d.kind];
    return what ? what() : `${d.kind} ${d.entity}`;
  }

  // GET /api/curation and /api/curation/marks; listeners (decisions list, duplicates, tab count) render from them.
  async function load() {
    const seq = ++state.seq;
    const [list, marks] = await Promise.all([send('GET', '/api/curation'), send('GET', '/api/curation/marks')]);
    if (seq !== state.seq) return;
    if (!list.ok || !marks.ok) {
      const failed = !list.ok ? list : marks;
      showProblem(document.getElementById('curation-view'), '无法读取校对决定 Could not read the decisions: ' + problemText(failed));
      return;
    }
    state.decisions = list.body;
    state.byId = new Map(list.body.map((entry) => [entry.decision.id, entry]));
    state.marks = marks.body;
    state.entityMarks = new Map(marks.body.entities.map((m) => [m.key, m.decisions]));
    state.edgeMarks = new Map(marks.body.edges.map((m) => [`${m.source}|${m.type}|${m.target}`, m]));
    state.loaded = true;
    for (const listener of state.listeners) listener();
    document.body.dataset.curation = String(state.seq);
  }

  function edgeMark(source, type, target) {
    return state.edgeMarks.get(`${source}|${type}|${target}`) || (type === 'COMPETES_WITH' ? state.edgeMarks.get(`${target}|${type}|${source}`) : undefined) || null;
  }

  // The decisions (entries of GET /api/curation) that touch an entity, by the key it is drawn with.
  function decisionsOf(key) { return (state.entityMarks.get(key) || []).map((id) => state.byId.get(id)).filter(Boolean); }

  function markGraph(cy) {
    cy.batch(() => {
      for (const node of cy.nodes()) node.toggleClass('curated', state.entityMarks.has(node.id()));
      for (const edge of cy.edges()) edge.toggleClass('curated', !edge.data('meta') && !!edgeMark(edge.data('source'), edge.data('type'), edge.data('target')));
    });
  }

  // After a change: the decisions, then the current answer asked again with its expansions and folds (the URL does not
  // change), then the card of `after.card` (or of the entity whose card was open) shown again.
  async function refresh(after) {
    const card = document.getElementById('entity-card');
    const cardKey = (after && after.card) || (!card.hidden ? card.dataset.key : null);
    await load();
    const explorer = window.Explorer;
    if (explorer && explorer.state.result) {
      const graph = window.Graph.state;
      const expanded = [...graph.expanded];
      const folded = [...graph.folded];
      explorer.state.restoring = true;
      try {
        await explorer.run(null, { folded });
        for (const key of expanded) await window.Graph.expand(key, true);
      } finally {
        explorer.state.restoring = false;
      }
    }
    if (window.Graph.state.cy) markGraph(window.Graph.state.cy);
    if (cardKey) await window.Graph.showCard(cardKey);
    document.body.dataset.curated = String(state.seq);
  }

  function onChange(listener) { state.listeners.push(listener); }

  document.addEventListener('DOMContentLoaded', () => {
    const name = document.getElementById('analyst-input');
    name.value = localStorage.getItem(ANALYST) || '';
    name.addEventListener('change', () => localStorage.setItem(ANALYST, name.value.trim()));
    const key = document.getElementById('api-key-input');
    key.value = sessionStorage.getItem(API_KEY) || '';
    key.addEventListener('change', () => { if (key.value.trim()) sessionStorage.setItem(API_KEY, key.value.trim()); else sessionStorage.removeItem(API_KEY); });
    document.getElementById('curation-refresh').addEventListener('click', () => load());
    // The first answer may be drawn before the marks arrive.
    onChange(() => { if (window.Graph && window.Graph.state.cy) markGraph(window.Graph.state.cy); });
    load();
  });

  window.Curation = { state, send, decide, undo, load, refresh, describe, decisionsOf, edgeMark, markGraph, onChange, showProblem, problemText, analyst };
})();
