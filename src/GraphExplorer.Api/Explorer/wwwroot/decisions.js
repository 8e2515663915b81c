// The decisions list (GET /api/curation): in the order they apply, who, when, what and why, whether each applies
// now (a decision whose entity is gone says why), and "Undo" per decision (DELETE /api/curation/{id}).
(() => {
  'use strict';
  const { el } = window.GE;

  // "2026-12-02 13:35" (UTC), from the decision's ISO 8601 time whatever its offset.
  function when(at) {
    const time = new Date(at);
    return Number.isNaN(time.getTime()) ? String(at || '') : time.toISOString().slice(0, 16).replace('T', ' ');
  }

  function row(entry) {
    const Curation = window.Curation;
    const d = entry.decision;
    const undo = el('button', { type: 'button', className: 'undo', textContent: '撤销 Undo', title: `Undo ${d.id}` });
    const status = el('td', { className: 'applied', textContent: entry.applied ? '✓' : '未应用 not applied: ' + entry.problem });
    const tr = el('tr', { className: entry.applied ? 'decision' : 'decision not-applied' },
      el('td', { className: 'at', textContent: when(d.at) }),
      el('td', { className: 'analyst', textContent: d.analyst }),
      el('td', { className: 'kind', textContent: d.kind }),
      el('td', { className: 'what', textContent: Curation.describe(d) }),
      el('td', { className: 'note', textContent: d.note || '' }),
      status,
      el('td', {}, undo));
    tr.dataset.id = d.id;
    tr.dataset.kind = d.kind;
    undo.addEventListener('click', async () => { undo.disabled = true; if (!await Curation.undo(d.id, status)) undo.disabled = false; });
    return tr;
  }

  function render() {
    const entries = window.Curation.state.decisions;
    document.querySelector('#decisions-table tbody').replaceChildren(...entries.map(row));
    document.getElementById('decisions-status').textContent = entries.length
      ? `${entries.length} 个决定 decisions, in the order they apply; each survives re-ingest until undone.`
      : '还没有决定 No decisions yet.';
    document.getElementById('tab-curation').textContent = `校对 Curation (${entries.length})`;
  }

  document.addEventListener('DOMContentLoaded', () => window.Curation.onChange(render));
})();
