// read-all-edges: one page of every relationship of the given types, without evidence, ordered by
// source key, type (in the order of $types), target key.
// Parameters: $types (wire names), $skip, $limit.
// Example:
// :param {types: ['BUILT_ON', 'SUPPLIES_COMPUTE_TO', 'DEVELOPS'], skip: 0, limit: 1000}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
WITH a, r, b, [i IN range(0, size($types) - 1) WHERE $types[i] = type(r)][0] AS typeOrder
RETURN a.key AS source, type(r) AS type, b.key AS target
ORDER BY source, typeOrder, target
SKIP $skip
LIMIT $limit;
