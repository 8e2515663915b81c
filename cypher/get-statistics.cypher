// get-statistics: counts documents, entities per type, relationships per type and their evidence.
// One row per (kind, type): kind is 'document', 'entity' or 'edge'; evidence is summed over edges.
// Parameters: none.
// Example:
// :param {}
MATCH (d:Document)
RETURN 'document' AS kind, '' AS type, count(d) AS count, 0 AS evidence
UNION ALL
MATCH (e:Entity)
RETURN 'entity' AS kind, e.type AS type, count(e) AS count, 0 AS evidence
UNION ALL
MATCH (:Entity)-[r:INVESTS_IN|BUILT_ON|COMPETES_WITH|SUPPLIES_COMPUTE_TO|DEVELOPS]->(:Entity)
RETURN 'edge' AS kind, type(r) AS type, count(r) AS count, sum(r.support) AS evidence;
