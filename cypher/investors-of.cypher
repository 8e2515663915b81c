// investors-of: Who invests in X (with depth 2, who invests in its investors too).
// Walks INVESTS_IN backwards, up to $depth hops (default 1, at most 4). One row per entity reached: the
// entity, its distance in hops and one shortest path, each edge in its own direction with its evidence
// (parallel lists: docs, lines, quotes, bases). Rows are ordered by hops then name; the service keeps
// first limit rows in that order, as the generic traversal engine does.
// Parameters: $entity (the start entity's key), $depth, $evidenceOffset, $evidenceLimit (each step's quotes: the first $evidenceLimit from $evidenceOffset, by document then line, with evidenceCount the total).
// Example:
// :param {entity: 'openai', depth: 1, evidenceOffset: 0, evidenceLimit: 3}
MATCH p = SHORTEST 1 (s:Entity {key: $entity})<-[:INVESTS_IN]-{1,4}(d:Entity)
WHERE d <> s AND length(p) <= $depth
RETURN d {.key, .name, .type} AS entity,
       length(p) AS hops,
       [x IN relationships(p) | {source: startNode(x).key, sourceName: startNode(x).name, type: type(x), target: endNode(x).key, targetName: endNode(x).name,
               evidenceCount: size(x.evidenceDocs),
               evidence: COLLECT { UNWIND range(0, size(x.evidenceDocs) - 1) AS i
                                   WITH i ORDER BY x.evidenceDocs[i], x.evidenceLines[i], x.evidenceQuotes[i], x.evidenceBases[i]
                                   SKIP $evidenceOffset LIMIT $evidenceLimit
                                   RETURN {doc: x.evidenceDocs[i], line: x.evidenceLines[i], quote: x.evidenceQuotes[i], basis: x.evidenceBases[i], model: x.evidenceModels[i]} }}] AS path
ORDER BY hops, toLower(entity.name), entity.key;
