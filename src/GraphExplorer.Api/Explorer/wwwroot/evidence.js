// Evidence you can read: full quotes with the names they support highlighted, table rows reduced to the cells that
// name the two entities (the whole row one click away), every mention reachable ("+N more", paged from
// GET /api/traversals/evidence), and each mention opening its document at the line when the store serves documents.
(() => {
  'use strict';
  const { el, getJson } = window.GE;
  const FIRST = 3;
  const PAGE = 20;

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  // The quote with every name in `names` wrapped in <mark>.
  function highlighted(text, names) {
    const parts = names.filter((n) => n && n.length > 1);
    const span = el('span', { className: 'quote' });
    if (parts.length === 0) { span.textContent = text; return span; }
    const pattern = new RegExp('(' + parts.map(escapeRegExp).join('|') + ')', 'gi');
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      span.append(text.slice(last, match.index), el('mark', { textContent: match[0] }));
      last = match.index + match[0].length;
    }
    span.append(text.slice(last));
    return span;
  }

  function tableCells(quote) {
    return quote.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()).filter(Boolean);
  }

  // One mention: location (a link into the document when it can be opened), then the quote.
  function item(evidence, names) {
    const li = el('li', { className: 'mention' });
    const where = `${evidence.doc}:${evidence.line}`;
    // An analyst's note (a confirmed or hand-added edge): who and which decision, not a document line.
    if (String(evidence.basis || '').toLowerCase() === 'curated') {
      li.classList.add('curated');
      li.append(el('span', { className: 'basis curated', textContent: `校对 curated by ${evidence.analyst || '?'}`, title: `decision ${evidence.decision || ''}` }),
        '“', el('span', { className: 'quote', textContent: evidence.quote || '' }), '”');
      return li;
    }
    if (evidence.source && window.Documents && window.Documents.available()) {
      const link = el('a', { href: '#', className: 'loc', textContent: where, title: '在文档中打开 Open in the document' });
      link.addEventListener('click', (event) => { event.preventDefault(); window.Documents.open(evidence.source, evidence.doc, evidence.line, names); });
      li.append(link);
    } else {
      li.append(el('span', { className: 'loc', textContent: where, title: evidence.source ? evidence.doc : `${evidence.doc} (this store does not serve documents)` }));
    }
    // A language model's evidence says so, with the model's name (as text: the name comes from configuration).
    if (String(evidence.basis || '').toLowerCase() === 'llm') {
      const label = evidence.model ? `llm:${evidence.model}` : 'llm';
      li.append(el('span', { className: 'basis model', textContent: label, title: '语言模型提取，已核对原文 Found by a language model, checked against the line' }));
    }
    const quote = evidence.quote || '';
    if (quote.trim().startsWith('|')) {
      const cells = tableCells(quote);
      const lower = names.filter(Boolean).map((n) => n.toLowerCase());
      const naming = cells.filter((c) => lower.some((n) => c.toLowerCase().includes(n)));
      const shown = naming.length > 0 ? naming : cells.slice(0, 3);
      const row = el('span', { className: 'cells' }, ...shown.map((c) => el('span', { className: 'cell' }, highlighted(c, names))));
      li.append(el('span', { className: 'basis', textContent: '表格行 table row' }), row);
      if (shown.length < cells.length) {
        const whole = el('details', { className: 'whole-row' }, el('summary', { textContent: `整行 whole row (${cells.length} cells)` }), highlighted(quote, names));
        li.append(whole);
      }
    } else {
      li.append('“', highlighted(quote, names), '”');
    }
    return li;
  }

  // The mentions of one edge: the first few, then "+N more" fetching the rest page by page.
  function list(step) {
    const names = [step.source, step.target];
    const ul = el('ul', { className: 'evidence' });
    const inline = step.evidence || [];
    const total = typeof step.evidenceCount === 'number' ? step.evidenceCount : inline.length;
    const shownHere = Math.min(inline.length, FIRST);
    for (const e of inline.slice(0, shownHere)) ul.append(item(e, names));
    let shown = shownHere;
    if (total > shown) {
      const more = el('li', { className: 'more' });
      const button = el('button', { type: 'button', className: 'link', textContent: `+${total - shown} more` });
      more.append(button);
      ul.append(more);
      button.addEventListener('click', async () => {
        button.disabled = true;
        let next;
        if (shown < inline.length) {
          // The answer carries these mentions already (no evidenceCount in it): show them without a request.
          next = inline.slice(shown, shown + PAGE);
        } else {
          next = await fetchPage(step, shown, PAGE);
        }
        for (const e of next) more.before(item(e, names));
        shown += next.length;
        button.disabled = false;
        if (shown >= total || next.length === 0) more.remove();
        else button.textContent = `+${total - shown} more`;
      });
    }
    return ul;
  }

  // GET /api/traversals/evidence?entity=&to=&offset=&limit=: the mentions of the edges between two entities.
  async function fetchPage(step, offset, limit) {
    const query = new URLSearchParams({ entity: step.sourceKey || step.source, to: step.targetKey || step.target, offset, limit });
    const { ok, body } = await getJson('/api/traversals/evidence?' + query);
    if (!ok || !body) return [];
    const match = body.rows.flatMap((r) => r.path).find((s) => s.type === step.type
      && (s.sourceKey || s.source) === (step.sourceKey || step.source) && (s.targetKey || s.target) === (step.targetKey || step.target));
    if (!match) return [];
    // A store that pages returns the page; one that does not returns every mention.
    return typeof match.evidenceCount === 'number' ? match.evidence : match.evidence.slice(offset, offset + limit);
  }

  window.Evidence = { list, item, fetchPage, FIRST };
})();
