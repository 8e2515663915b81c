// The relationship types, their colours and labels: shared by the result graph and the market map.
window.Relationships = Object.freeze({
  INVESTS_IN: { short: '投资 invests', color: '#d97706', label: '投资 invests in', dashed: false },
  BUILT_ON: { short: '基于 built on', color: '#2563eb', label: '基于 built on', dashed: false },
  COMPETES_WITH: { short: '竞争 competes', color: '#dc2626', label: '竞争 competes with', dashed: true },
  SUPPLIES_COMPUTE_TO: { short: '算力 compute', color: '#059669', label: '算力 supplies compute to', dashed: false },
  DEVELOPS: { short: '开发 develops', color: '#7c3aed', label: '开发 develops', dashed: false },
});
window.FontStack = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';

// Small helpers shared by the page's scripts.
window.GE = {
  el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) if (child != null) node.append(child);
    return node;
  },
  async getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, body };
  },
  plural(count, one, many) { return `${count} ${count === 1 ? one : many || one + 's'}`; },
  // How a dependence answer's row depends on the start entity (the JSON's "dependence"), as a heading.
  dependenceLabel(dependence, traversal, start) {
    const dependents = traversal !== 'dependencies-of';
    switch (dependence) {
      case 'compute': return dependents ? `通过算力 Depend on ${start} for compute` : `${start} 的算力来源 Supply ${start} with compute`;
      case 'built-on': return dependents ? `基于 Built on ${start}` : `${start} 基于 What ${start} is built on`;
      case 'developed': return dependents ? `${start} 自己的产品 ${start}'s own products` : `${start} 的开发者 Who develops ${start}`;
      default: return '';
    }
  },
};
