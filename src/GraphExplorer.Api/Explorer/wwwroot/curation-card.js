// Curation on the entity card and the edge panel: the decisions behind an entity ("curated by ana: …"), rename,
// retype, add, remove or split off an alias; confirm or reject an edge from its evidence (a rejection needs a reason:
// the API says so when it is missing). Each action is a decision (curation.js) and refreshes the answer and the card.
(() => {
  'use strict';
  const { el } = window.GE;
  const ui = { cardOpen: false };

  function button(text, className, onClick, title, id) {
    const b = el('button', { type: 'button', className, textContent: text, title: title || '' });
    if (id) b.id = id;
    b.addEventListener('click', onClick);
    return b;
  }

  function badge(entry) {
    const d = entry.decision;
    const text = `校对 curated by ${d.analyst}: ${window.Curation.describe(d)}${d.note ? ' — ' + d.note : ''}`;
    const div = el('div', { className: entry.applied ? 'curated-badge' : 'curated-badge not-applied', textContent: text });
    div.dataset.decision = d.id;
    div.title = `${d.at}${entry.applied ? '' : ' · not applied: ' + entry.problem}`;
    return div;
  }

  // The card's curation part: badges of the decisions behind the entity, then the forms in a <details> that stays
  // open across refreshes once the analyst opened it.
  function entitySection(body) {
    const Curation = window.Curation;
    const section = el('div', { className: 'card-curation' });
    const badges = Curation.decisionsOf(body.key).map(badge);
    if (badges.length) section.append(el('div', { className: 'curated-badges' }, ...badges));
    const details = el('details', { className: 'curate', open: ui.cardOpen }, el('summary', { textContent: '校对 Curate' }));
    details.addEventListener('toggle', () => { ui.cardOpen = details.open; });
    const forms = el('div', { className: 'curate-forms' });
    const note = el('input', { id: 'card-note', type: 'text', placeholder: '理由 Why (optional note)', maxLength: 2000 });
    const act = (request) => Curation.decide({ entity: body.key, note: note.value, ...request }, forms, { card: body.key });

    const name = el('input', { id: 'card-rename-input', type: 'text', value: body.name, maxLength: 2000 });
    const type = el('select', { id: 'card-retype-select' },
      ...(Curation.state.marks.entityTypes.length ? Curation.state.marks.entityTypes : [body.type]).map((t) => el('option', { value: t, textContent: t })));
    const alias = el('input', { id: 'card-alias-input', type: 'text', placeholder: '新别名 New alias', maxLength: 2000 });
    const aliases = el('ul', { className: 'card-aliases' }, ...body.aliases.filter((a) => a !== body.name).map((a) => {
      const li = el('li', { className: 'card-alias' }, el('span', { textContent: a }),
        button('✕', 'link alias-remove', () => act({ kind: 'remove-alias', value: a }), `删除别名 Remove the alias “${a}”`),
        button('分出 split off', 'link alias-split', () => act({ kind: 'split', value: a }), `“${a}” 成为独立实体 Make “${a}” an entity of its own`));
      li.dataset.alias = a;
      return li;
    }));
    forms.append(
      el('div', { className: 'curate-row' }, name, button('改名 Rename', 'small', () => act({ kind: 'rename', value: name.value }), '', 'card-rename')),
      el('div', { className: 'curate-row' }, type, button('改类型 Retype', 'small', () => act({ kind: 'retype', value: type.value }), '', 'card-retype')),
      el('div', { className: 'muted', textContent: '别名 Aliases' }), aliases,
      el('div', { className: 'curate-row' }, alias, button('添加 Add alias', 'small', () => act({ kind: 'add-alias', value: alias.value }), '', 'card-alias-add')),
      note);
    type.value = body.type;
    details.append(forms);
    section.append(details);
    return section;
  }

  // The edge panel's curation part: whether an analyst confirmed or added it, and confirm / reject with a note.
  function edgeSection(step) {
    const Curation = window.Curation;
    const section = el('div', { className: 'edge-curation' });
    const mark = Curation.edgeMark(step.sourceKey, step.type, step.targetKey);
    if (mark) {
      const text = `✓ ${mark.kind === 'add-edge' ? '手工添加 added' : '已确认 confirmed'} by ${mark.analyst}${mark.note ? ': ' + mark.note : ''}`;
      const div = el('div', { className: 'curated-badge confirmed', textContent: text });
      div.dataset.decision = mark.decision;
      section.append(div);
    }
    const note = el('textarea', { id: 'edge-note', rows: 2, maxLength: 2000, placeholder: '理由 Reason (required to reject, optional to confirm)' });
    const request = (kind) => ({ kind, entity: step.sourceKey, type: step.type, other: step.targetKey, note: note.value });
    section.append(note, el('div', { className: 'card-actions' },
      button('✓ 确认 Confirm', 'confirm', () => Curation.decide(request('confirm-edge'), section), '文字所述属实 The text states it rightly', 'edge-confirm'),
      button('✕ 驳回 Reject', 'reject', () => Curation.decide(request('reject-edge'), section), '隐藏此关系 Hide this edge from every answer', 'edge-reject')));
    return section;
  }

  window.CurationCard = { entitySection, edgeSection, ui };
})();
