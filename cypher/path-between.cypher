// path-between: The shortest paths linking X to another entity, over any relationship in either direction.
// Every shortest path up to $depth hops (default 4, at most 6), up to $limit paths: one row per path, with
// the target entity, the path's length and its edges in their own direction with their evidence.
// Parameters: $entity (the start entity's key), $to (the other entity's key), $depth, $limit, $evidenceOffset, $evidenceLimit (each step's quotes: the first $evidenceLimit from $evidenceOffset, by document then line, with evidenceCount the total).
// Example:
// :param {entity: 'microsoft', to: 'nvidia', depth: 4, limit: 100, evidenceOffset: 0, evidenceLimit: 3}
MATCH p = ALL SHORTEST (s:Entity {key: $entity})-[:INVESTS_IN|BUILT_ON|COMPETES_WITH|SUPPLIES_COMPUTE_TO|DEVELOPS]-{1,6}(t:Entity {key: $to})
WHERE s <> t AND length(p) <= $depth
RETURN t {.key, .name, .type} AS entity,
       length(p) AS hops,
       [x IN relationships(p) | {source: startNode(x).key, sourceName: startNode(x).name, type: type(x), target: endNode(x).key, targetName: endNode(x).name,
               evidenceCount: size(x.evidenceDocs),
               evidence: COLLECT { UNWIND range(0, size(x.evidenceDocs) - 1) AS i
                                   WITH i ORDER BY x.evidenceDocs[i], x.evidenceLines[i], x.evidenceQuotes[i], x.evidenceBases[i]
                                   SKIP $evidenceOffset LIMIT $evidenceLimit
                                   RETURN {doc: x.evidenceDocs[i], line: x.evidenceLines[i], quote: x.evidenceQuotes[i], basis: x.evidenceBases[i], model: x.evidenceModels[i]} }}] AS path
LIMIT $limit;
