// The market map of the whole graph: every document's layers (基础层 / 中间层 / 应用层 first, then any other) as bands,
// categories without a layer in one more band, players inside their category, edges between placed players coloured
// by relationship type with a legend; headings that are not categories (原因, 总结, descriptive phrases) left out; the
// unplaced listed compactly per type below. Drawn as plain SVG so it can be exported as a file.
(() => {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const LAYERS = ['基础层', '中间层', '应用层'];
  const OTHER_LAYER = '其他分类 Other categories';
  const OTHER_CATEGORY = '其他';
  // Headings that organise a report's argument rather than name a market segment.
  const DISCOURSE_HEADINGS = ['原因', '总结', '结论', '小结', '概述', '综述', '背景', '引言', '前言', '摘要', '目录', '趋势', '展望', '主要原理', '原理',
    '挑战', '问题', '机遇', '现状', '案例', '参考', '附录', 'summary', 'overview', 'background', 'conclusion', 'introduction', 'reasons'];
  const TREND_ENDINGS = ['扩张', '激增', '增长', '下降', '发展', '路径', '方法', '原因', '变化'];
  const TYPE_LABELS = { Company: '公司 Companies', Model: '模型 Models', Product: '产品 Products' };
  const WIDTH = 1300;
  const BAND_LABEL = 96;
  const PAD = 10;
  const PILL_H = 22;
  const GAP = 6;
  const FONT_SIZE = 12;
  const BAND_FILLS = ['#eef2ff', '#ecfdf5', '#fff7ed', '#f3f4f6'];
  const state = { graph: null, hidden: new Set(), loaded: false, unplaced: [] };
  window.MarketMap = { show, state };

  const measure = document.createElement('canvas').getContext('2d');
  function textWidth(text, size = FONT_SIZE, weight = '') {
    measure.font = `${weight} ${size}px ${window.FontStack}`;
    return Math.ceil(measure.measureText(text).width);
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (text != null) node.textContent = text;
    return node;
  }

  async function show() {
    if (!state.loaded) {
      state.loaded = true;
      renderLegend();
      document.getElementById('export-svg').addEventListener('click', exportSvg);
      const response = await fetch('/api/graph');
      if (!response.ok) { setStatus('Could not load the graph.'); return; }
      state.graph = await response.json();
    }
    draw();
  }

  function setStatus(text) { document.getElementById('map-status').textContent = text; }

  function renderLegend() {
    const legend = document.getElementById('map-legend');
    legend.replaceChildren(...Object.entries(window.Relationships).map(([type, rel]) => {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true });
      box.dataset.type = type;
      box.addEventListener('change', () => { if (box.checked) state.hidden.delete(type); else state.hidden.add(type); draw(); });
      const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
      swatch.style.background = rel.color;
      const label = document.createElement('label');
      label.append(box, swatch, rel.label);
      return label;
    }));
  }

  // Whether a heading names a category of players: not a discourse heading, not a descriptive phrase
  // (…的…, a trend such as 参数规模扩张), and short enough to be a segment's name.
  function isCategory(label) {
    const text = (label || '').trim();
    if (!text) return false;
    if (DISCOURSE_HEADINGS.includes(text.toLowerCase())) return false;
    if (/[\u4e00-\u9fff]的[\u4e00-\u9fff]/.test(text)) return false;
    if (TREND_ENDINGS.some((e) => text.endsWith(e))) return false;
    return text.replace(/[^\u4e00-\u9fff]/g, '').length <= 10;
  }

  // Groups nodes into layer → category → players, in the whiteboard's order; the rest is unplaced.
  function group(nodes) {
    const layers = new Map(LAYERS.map((l) => [l, new Map()]));
    const unplaced = [];
    for (const node of nodes) {
      const category = isCategory(node.category) ? node.category : null;
      const layer = node.layer || (category ? OTHER_LAYER : null);
      if (!layer) { unplaced.push(node); continue; }
      if (!layers.has(layer)) layers.set(layer, new Map());
      const categories = layers.get(layer);
      const name = category || OTHER_CATEGORY;
      if (!categories.has(name)) categories.set(name, []);
      categories.get(name).push(node);
    }
    if (layers.has(OTHER_LAYER)) { const o = layers.get(OTHER_LAYER); layers.delete(OTHER_LAYER); layers.set(OTHER_LAYER, o); }
    state.unplaced = unplaced;
    return layers;
  }

  // The unplaced players as one compact list per type, not a hairball.
  function renderUnplaced() {
    const container = document.getElementById('unplaced');
    const byType = new Map();
    for (const node of state.unplaced) {
      if (!byType.has(node.type)) byType.set(node.type, []);
      byType.get(node.type).push(node.name);
    }
    const title = document.createElement('h3');
    title.textContent = `未分层 Not placed on the map (${state.unplaced.length}): no layer or category in any document`;
    container.replaceChildren(title, ...[...byType].map(([type, names]) => {
      const details = document.createElement('details');
      details.dataset.type = type;
      const summary = document.createElement('summary');
      summary.textContent = `${TYPE_LABELS[type] || type} (${names.length})`;
      const list = document.createElement('div');
      list.className = 'names';
      list.textContent = names.sort((a, b) => a.localeCompare(b)).join(' · ');
      details.append(summary, list);
      return details;
    }));
  }

  // Lays a category's players out as pills wrapped in a box no wider than maxWidth.
  function layoutBox(category, players, maxWidth) {
    const pills = players
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ node: p, w: textWidth(p.name) + 16 }));
    const titleW = textWidth(category, 12, 'bold') + 2 * PAD;
    const total = pills.reduce((sum, p) => sum + p.w + GAP, PAD * 2 - GAP);
    const width = Math.min(maxWidth, Math.max(titleW, total, 120));
    let x = PAD; let y = 26; let rowH = 0;
    for (const pill of pills) {
      pill.w = Math.min(pill.w, width - 2 * PAD);
      if (x + pill.w > width - PAD && x > PAD) { x = PAD; y += PILL_H + GAP; }
      pill.x = x; pill.y = y; x += pill.w + GAP; rowH = PILL_H;
    }
    return { category, pills, width, height: y + rowH + PAD };
  }

  function draw() {
    if (!state.graph) return;
    const layers = group(state.graph.nodes);
    const root = svg('svg', { xmlns: SVG, viewBox: `0 0 ${WIDTH} 100`, 'font-family': window.FontStack, 'font-size': FONT_SIZE, role: 'img' });
    root.append(svg('title', {}, 'AIGC 市场竞争地图 — GraphExplorer'));
    root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height: '100%', fill: '#ffffff' }));
    const defs = svg('defs');
    for (const [type, rel] of Object.entries(window.Relationships)) {
      const marker = svg('marker', { id: `arrow-${type}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
      marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: rel.color }));
      defs.append(marker);
    }
    root.append(defs);
    const bandLayer = svg('g'); const edgeLayer = svg('g'); const pillLayer = svg('g');

    // Title and legend inside the SVG, so the exported file explains itself.
    let y = 8;
    root.append(svg('text', { x: PAD, y: y + 16, 'font-size': 16, 'font-weight': 'bold', fill: '#111827' }, 'AIGC 市场竞争地图'));
    let lx = 200;
    for (const [type, rel] of Object.entries(window.Relationships)) {
      if (state.hidden.has(type)) continue;
      root.append(svg('line', { x1: lx, y1: y + 11, x2: lx + 22, y2: y + 11, stroke: rel.color, 'stroke-width': 3, 'stroke-dasharray': rel.dashed ? '5 3' : 'none' }));
      root.append(svg('text', { x: lx + 28, y: y + 15, fill: '#374151' }, rel.label));
      lx += 40 + textWidth(rel.label);
    }
    y += 30;

    const centres = new Map();
    let bandIndex = 0;
    for (const [layer, categories] of layers) {
      if (categories.size === 0) continue;
      const contentX = BAND_LABEL + PAD;
      const contentW = WIDTH - contentX - PAD;
      const boxes = [...categories].sort((a, b) => b[1].length - a[1].length).map(([c, players]) => layoutBox(c, players, contentW));
      // Flow the boxes left to right, wrapping into rows.
      let x = contentX; let rowTop = y + PAD; let rowH = 0;
      for (const box of boxes) {
        if (x + box.width > contentX + contentW && x > contentX) { x = contentX; rowTop += rowH + PAD; rowH = 0; }
        box.x = x; box.y = rowTop; x += box.width + PAD; rowH = Math.max(rowH, box.height);
      }
      const bandH = rowTop + rowH + PAD - y;
      bandLayer.append(svg('rect', { x: 0, y, width: WIDTH, height: bandH, fill: BAND_FILLS[Math.min(bandIndex, BAND_FILLS.length - 1)] }));
      bandLayer.append(svg('line', { x1: 0, y1: y, x2: WIDTH, y2: y, stroke: '#cbd5e1' }));
      const words = layer === OTHER_LAYER ? ['其他分类', 'Other', 'categories'] : [layer];
      const label = svg('text', { x: BAND_LABEL / 2, y: y + bandH / 2 + 6 - (words.length - 1) * 10, 'text-anchor': 'middle', 'font-size': words.length > 1 ? 14 : 18, 'font-weight': 'bold', fill: '#1e293b', class: 'band-label' });
      words.forEach((w, i) => label.append(svg('tspan', { x: BAND_LABEL / 2, dy: i === 0 ? 0 : 18 }, w)));
      bandLayer.append(label);
      for (const box of boxes) {
        bandLayer.append(svg('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 6, fill: '#ffffff', 'fill-opacity': 0.85, stroke: '#94a3b8' }));
        bandLayer.append(svg('text', { x: box.x + PAD, y: box.y + 17, 'font-weight': 'bold', fill: '#334155', class: 'category-label' }, box.category));
        for (const pill of box.pills) {
          const px = box.x + pill.x; const py = box.y + pill.y;
          const g = svg('g', { class: 'pill', 'data-key': pill.node.key });
          g.append(svg('title', {}, `${pill.node.name} (${pill.node.type})`));
          g.append(svg('rect', { x: px, y: py, width: pill.w, height: PILL_H, rx: 11, fill: pillFill(pill.node.type), stroke: '#64748b' }));
          g.append(svg('text', { x: px + pill.w / 2, y: py + 15, 'text-anchor': 'middle', fill: '#0f172a' }, pill.node.name));
          g.addEventListener('mouseenter', () => highlight(root, pill.node.key));
          g.addEventListener('mouseleave', () => highlight(root, null));
          pillLayer.append(g);
          centres.set(pill.node.key, { x: px + pill.w / 2, y: py + PILL_H / 2 });
        }
      }
      y += bandH;
      bandIndex++;
    }

    let drawn = 0;
    for (const edge of state.graph.edges) {
      const a = centres.get(edge.source); const b = centres.get(edge.target);
      const rel = window.Relationships[edge.type];
      if (!a || !b || !rel || state.hidden.has(edge.type) || edge.source === edge.target) continue;
      const mx = (a.x + b.x) / 2; const my = (a.y + b.y) / 2;
      // Bend every edge downwards (below the pills' text, into the box margin), more for longer edges.
      const bend = Math.min(40, Math.hypot(b.x - a.x, b.y - a.y) / 6);
      let nx = -(b.y - a.y); let ny = b.x - a.x; const len = Math.hypot(nx, ny) || 1;
      if (ny < 0) { nx = -nx; ny = -ny; }
      edgeLayer.append(svg('path', {
        d: `M${a.x},${a.y} Q${mx + (nx / len) * bend},${my + (ny / len) * bend} ${b.x},${b.y}`,
        fill: 'none', stroke: rel.color, 'stroke-width': 1.6, 'stroke-opacity': 0.7,
        'stroke-dasharray': rel.dashed ? '5 3' : 'none',
        'marker-end': rel.dashed ? 'none' : `url(#arrow-${edge.type})`,
        class: 'edge', 'data-source': edge.source, 'data-target': edge.target, 'data-type': edge.type,
      }));
      drawn++;
    }
    root.append(bandLayer, edgeLayer, pillLayer);
    root.setAttribute('viewBox', `0 0 ${WIDTH} ${y + PAD}`);
    root.setAttribute('width', WIDTH);
    root.setAttribute('height', y + PAD);
    document.getElementById('market-map').replaceChildren(root);
    renderUnplaced();
    setStatus(`${centres.size} players placed in ${[...layers.values()].reduce((n, c) => n + c.size, 0)} categories, ${drawn} relationships between them drawn, ${state.unplaced.length} not placed${state.graph.truncated ? ' (graph truncated)' : ''}. Hover a player to trace its edges.`);
  }

  function pillFill(type) {
    return type === 'Company' ? '#e0f2fe' : type === 'Model' ? '#fef3c7' : '#ede9fe';
  }

  function highlight(root, key) {
    for (const edge of root.querySelectorAll('.edge')) {
      edge.classList.toggle('dim', key !== null && edge.dataset.source !== key && edge.dataset.target !== key);
    }
  }

  function exportSvg() {
    const node = document.querySelector('#market-map svg');
    if (!node) return;
    const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(node);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'market-map.svg' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
})();
