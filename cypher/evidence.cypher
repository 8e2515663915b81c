// evidence: Every relationship directly between X and another entity, with all its quotes.
// One row per relationship (either direction), ordered by type (INVESTS_IN, BUILT_ON, COMPETES_WITH,
// SUPPLIES_COMPUTE_TO, DEVELOPS), up to $limit rows.
// Parameters: $entity (X's key), $to (the other entity's key), $limit.
// Example:
// :param {entity: 'chatgpt', to: 'gpt-4', limit: 100}
MATCH (s:Entity {key: $entity})-[x:INVESTS_IN|BUILT_ON|COMPETES_WITH|SUPPLIES_COMPUTE_TO|DEVELOPS]-(t:Entity {key: $to})
WHERE s <> t
WITH t, x, [i IN range(0, 4) WHERE ['INVESTS_IN', 'BUILT_ON', 'COMPETES_WITH', 'SUPPLIES_COMPUTE_TO', 'DEVELOPS'][i] = type(x)][0] AS typeOrder
RETURN t {.key, .name, .type} AS entity,
       1 AS hops,
       [{source: startNode(x).key, sourceName: startNode(x).name, type: type(x), target: endNode(x).key, targetName: endNode(x).name,
               docs: x.evidenceDocs, lines: x.evidenceLines, quotes: x.evidenceQuotes, bases: x.evidenceBases}] AS path
ORDER BY typeOrder
LIMIT $limit;
