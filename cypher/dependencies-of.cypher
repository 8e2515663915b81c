// dependencies-of: What X depends on, directly and transitively (what it is built on, who supplies its compute, who develops it).
// Walks BUILT_ON forwards, SUPPLIES_COMPUTE_TO and DEVELOPS backwards, up to $depth hops (default 4,
// at most 6). One row per entity reached: the entity, its distance in hops and one
// shortest path, each edge in its own direction with its first quotes (evidence: [{doc, line, quote, basis}])
// and their total (evidenceCount). Rows are ordered by hops, then how they depend (the path's first edge: compute, built-on,
// developed), then name; the service keeps the first limit rows in that order and lists them grouped by how
// they depend (TraversalRowOrder, as the generic traversal engine does).
// Parameters: $entity (the start entity's key), $depth, $evidenceOffset, $evidenceLimit (each step's quotes: the first $evidenceLimit from $evidenceOffset, by document then line, with evidenceCount the total).
// Example:
// :param {entity: 'chatgpt', depth: 4, evidenceOffset: 0, evidenceLimit: 3}
MATCH p = SHORTEST 1 (s:Entity {key: $entity})
      ((a)-[r:BUILT_ON|SUPPLIES_COMPUTE_TO|DEVELOPS]-(b)
        WHERE (type(r) = 'BUILT_ON' AND startNode(r) = a) OR (type(r) <> 'BUILT_ON' AND endNode(r) = a)){1,6}
      (d:Entity)
WHERE d <> s AND length(p) <= $depth
RETURN d {.key, .name, .type} AS entity,
       length(p) AS hops,
       [x IN relationships(p) | {source: startNode(x).key, sourceName: startNode(x).name, type: type(x), target: endNode(x).key, targetName: endNode(x).name,
               evidenceCount: size(x.evidenceDocs),
               evidence: COLLECT { UNWIND range(0, size(x.evidenceDocs) - 1) AS i
                                   WITH i ORDER BY x.evidenceDocs[i], x.evidenceLines[i], x.evidenceQuotes[i], x.evidenceBases[i]
                                   SKIP $evidenceOffset LIMIT $evidenceLimit
                                   RETURN {doc: x.evidenceDocs[i], line: x.evidenceLines[i], quote: x.evidenceQuotes[i], basis: x.evidenceBases[i], model: x.evidenceModels[i]} }}] AS path
ORDER BY hops,
         CASE type(relationships(p)[0]) WHEN 'SUPPLIES_COMPUTE_TO' THEN 0 WHEN 'BUILT_ON' THEN 1 ELSE 2 END,
         toLower(entity.name), entity.key;
