// The document viewer: a mention opens its document at the line, highlighted, with the lines around it, from
// GET /api/documents/{source}/{path}?from=&to= -> {source, path, hash, date, lineCount, lines: [{number, text}]}.
// Mentions without a "source" (a store that does not serve documents) are not links (see evidence.js).
(() => {
  'use strict';
  const { el, getJson } = window.GE;
  const AROUND = 6;
  const state = { source: null, path: null, line: 0, from: 0, to: 0, lineCount: 0, names: [] };

  function url(source, path, from, to) {
    const encodedPath = path.split('/').map(encodeURIComponent).join('/');
    return `/api/documents/${encodeURIComponent(source)}/${encodedPath}?from=${from}&to=${to}`;
  }

  async function open(source, path, line, names) {
    Object.assign(state, { source, path, line, names: names || [], from: Math.max(1, line - AROUND), to: line + AROUND });
    const dialog = document.getElementById('doc-viewer');
    document.getElementById('doc-title').textContent = path;
    document.getElementById('doc-meta').textContent = '…';
    document.getElementById('doc-lines').replaceChildren();
    if (!dialog.open) dialog.showModal();
    await load();
    const mark = document.querySelector('#doc-lines li.hit');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  async function load() {
    const { ok, body } = await getJson(url(state.source, state.path, state.from, state.to));
    const meta = document.getElementById('doc-meta');
    if (!ok || !body) {
      meta.textContent = ` 无法打开文档 The document could not be read (${body && body.detail ? body.detail : 'HTTP error'}).`;
      return;
    }
    state.lineCount = body.lineCount;
    meta.textContent = ` · ${body.source}${body.date ? ' · ' + body.date : ''} · line ${state.line} of ${body.lineCount}`;
    const lines = document.getElementById('doc-lines');
    lines.replaceChildren(...body.lines.map((l) => {
      const li = el('li', { className: l.number === state.line ? 'line hit' : 'line', value: l.number });
      li.dataset.line = l.number;
      li.append(l.number === state.line && window.Evidence ? highlight(l.text) : l.text || '\u00a0');
      return li;
    }));
    if (body.lines.length) { state.from = body.lines[0].number; state.to = body.lines[body.lines.length - 1].number; }
    document.getElementById('doc-earlier').disabled = state.from <= 1;
    document.getElementById('doc-later').disabled = state.to >= state.lineCount;
  }

  function highlight(text) {
    const span = el('span');
    let rest = text;
    const names = state.names.filter((n) => n && n.length > 1);
    while (rest.length) {
      let best = -1; let found = '';
      for (const n of names) {
        const i = rest.toLowerCase().indexOf(n.toLowerCase());
        if (i >= 0 && (best < 0 || i < best)) { best = i; found = rest.substr(i, n.length); }
      }
      if (best < 0) { span.append(rest); break; }
      span.append(rest.slice(0, best), el('mark', { textContent: found }));
      rest = rest.slice(best + found.length);
    }
    return span;
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('doc-close').addEventListener('click', () => document.getElementById('doc-viewer').close());
    document.getElementById('doc-earlier').addEventListener('click', () => { state.from = Math.max(1, state.from - 2 * AROUND); load(); });
    document.getElementById('doc-later').addEventListener('click', () => { state.to += 2 * AROUND; load(); });
  });

  window.Documents = { open, available: () => true, state };
})();
