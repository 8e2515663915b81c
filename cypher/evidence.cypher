// evidence: Every relationship directly between X and another entity, a page of its quotes at a time.
// One row per relationship (either direction), ordered by type (INVESTS_IN, BUILT_ON, COMPETES_WITH,
// SUPPLIES_COMPUTE_TO, DEVELOPS); $evidenceLimit quotes of each from $evidenceOffset (the CLI's --offset and --limit).
// Parameters: $entity (X's key), $to (the other entity's key), $evidenceOffset, $evidenceLimit (each step's quotes: the first $evidenceLimit from $evidenceOffset, by document then line, with evidenceCount the total).
// Example:
// :param {entity: 'chatgpt', to: 'gpt-4', evidenceOffset: 0, evidenceLimit: 100}
MATCH (s:Entity {key: $entity})-[x:INVESTS_IN|BUILT_ON|COMPETES_WITH|SUPPLIES_COMPUTE_TO|DEVELOPS]-(t:Entity {key: $to})
WHERE s <> t
WITH t, x, [i IN range(0, 4) WHERE ['INVESTS_IN', 'BUILT_ON', 'COMPETES_WITH', 'SUPPLIES_COMPUTE_TO', 'DEVELOPS'][i] = type(x)][0] AS typeOrder
RETURN t {.key, .name, .type} AS entity,
       1 AS hops,
       [{source: startNode(x).key, sourceName: startNode(x).name, type: type(x), target: endNode(x).key, targetName: endNode(x).name,
               evidenceCount: size(x.evidenceDocs),
               evidence: COLLECT { UNWIND range(0, size(x.evidenceDocs) - 1) AS i
                                   WITH i ORDER BY x.evidenceDocs[i], x.evidenceLines[i], x.evidenceQuotes[i], x.evidenceBases[i]
                                   SKIP $evidenceOffset LIMIT $evidenceLimit
                                   RETURN {doc: x.evidenceDocs[i], line: x.evidenceLines[i], quote: x.evidenceQuotes[i], basis: x.evidenceBases[i], model: x.evidenceModels[i]} }}] AS path
ORDER BY typeOrder;
