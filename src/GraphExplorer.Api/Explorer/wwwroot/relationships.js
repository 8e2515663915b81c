// The relationship types, their colours and labels: shared by the result graph and the market map.
window.Relationships = Object.freeze({
  INVESTS_IN: { color: '#d97706', label: '投资 invests in', dashed: false },
  BUILT_ON: { color: '#2563eb', label: '基于 built on', dashed: false },
  COMPETES_WITH: { color: '#dc2626', label: '竞争 competes with', dashed: true },
  SUPPLIES_COMPUTE_TO: { color: '#059669', label: '算力 supplies compute to', dashed: false },
  DEVELOPS: { color: '#7c3aed', label: '开发 develops', dashed: false },
});
window.FontStack = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
