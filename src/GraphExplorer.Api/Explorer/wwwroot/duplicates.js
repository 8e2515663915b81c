// The possible duplicates (GET /api/curation/duplicates): ranked pairs with their score and reasons; merge either
// way (which one absorbs the other) or dismiss, with an optional note. After an action the list is asked again, and
// curation.js refreshes the answer, the graph and the card.
(() => {
  'use strict';
  const { el, plural } = window.GE;
  const LIMIT = 30;
  const state = { seq: 0, pairs: [], shown: false };

  function action(text, className, onClick) {
    const b = el('button', { type: 'button', className, textContent: text });
    b.addEventListener('click', onClick);
    return b;
  }

  function item(pair) {
    const Curation = window.Curation;
    const li = el('li', { className: 'duplicate' });
    li.dataset.entity = pair.entity;
    li.dataset.other = pair.other;
    const note = el('input', { type: 'text', className: 'dup-note', placeholder: '备注 Note (optional)', maxLength: 2000 });
    const decide = (request) => Curation.decide({ ...request, note: note.value }, li);
    li.append(
      el('div', { className: 'dup-names' }, el('strong', { textContent: pair.name }), ' ⟷ ', el('strong', { textContent: pair.otherName }),
        el('span', { className: 'dup-score', textContent: ` ${Math.round(pair.score * 100)}%` })),
      el('ul', { className: 'dup-reasons' }, ...pair.reasons.map((r) => el('li', { textContent: r }))),
      el('div', { className: 'dup-actions' },
        action(`合并入 Keep ${pair.name}`, 'merge-into-entity', () => decide({ kind: 'merge', entity: pair.entity, other: pair.other })),
        action(`合并入 Keep ${pair.otherName}`, 'merge-into-other', () => decide({ kind: 'merge', entity: pair.other, other: pair.entity })),
        action('不是重复 Dismiss', 'dismiss', () => decide({ kind: 'dismiss-duplicate', entity: pair.entity, other: pair.other })),
        note));
    li.querySelector('.merge-into-entity').title = `${pair.name} 吸收 absorbs ${pair.otherName}: names, aliases, edges and evidence`;
    li.querySelector('.merge-into-other').title = `${pair.otherName} 吸收 absorbs ${pair.name}: names, aliases, edges and evidence`;
    return li;
  }

  async function load() {
    const seq = ++state.seq;
    const status = document.getElementById('duplicates-status');
    const result = await window.Curation.send('GET', `/api/curation/duplicates?limit=${LIMIT}`);
    if (seq !== state.seq) return;
    const list = document.getElementById('duplicates');
    if (!result.ok) {
      list.replaceChildren();
      status.textContent = '无法读取 Could not read the suggestions: ' + window.Curation.problemText(result);
      status.classList.add('error');
      return;
    }
    state.pairs = result.body;
    status.classList.remove('error');
    status.textContent = result.body.length ? `${plural(result.body.length, 'pair')}, likeliest first` : '没有建议 No suggestions left.';
    list.replaceChildren(...result.body.map(item));
    list.dataset.loaded = String(seq);
  }

  document.addEventListener('DOMContentLoaded', () => {
    // Asked when the tab opens (a click, a link with view=curation, Back) and after every decision while it is open.
    const view = document.getElementById('curation-view');
    new MutationObserver(() => {
      const active = view.classList.contains('active');
      if (active && !state.shown) load();
      state.shown = active;
    }).observe(view, { attributes: true, attributeFilter: ['class'] });
    window.Curation.onChange(() => { if (view.classList.contains('active')) load(); });
  });

  window.Duplicates = { load, state };
})();
