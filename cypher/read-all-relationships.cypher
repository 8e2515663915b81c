// read-all-relationships: one page of every relationship with its evidence, ordered by source key,
// type (in the order of $types), target key.
// Parameters: $types (wire names), $skip, $limit.
// Example:
// :param {types: ['INVESTS_IN', 'BUILT_ON', 'COMPETES_WITH', 'SUPPLIES_COMPUTE_TO', 'DEVELOPS'], skip: 0, limit: 1000}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
WITH a, r, b, [i IN range(0, size($types) - 1) WHERE $types[i] = type(r)][0] AS typeOrder
RETURN a.key AS source, type(r) AS type, b.key AS target,
       r.evidenceDocs AS docs, r.evidenceLines AS lines, r.evidenceQuotes AS quotes, r.evidenceBases AS bases, r.evidenceModels AS models
ORDER BY source, typeOrder, target
SKIP $skip
LIMIT $limit;
