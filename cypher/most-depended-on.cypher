// most-depended-on: Entities ranked by how many entities transitively depend on them: the market's chokepoints.
// Dependence as in dependents-of (BUILT_ON backwards, SUPPLIES_COMPUTE_TO and DEVELOPS forwards), up to
// $depth hops (default 4, at most 6). The top $limit entities by number of dependents (ties by key), each
// with up to 10 of its direct dependence edges (by the dependent's key) and their evidence.
// Parameters: $depth, $limit, $evidenceOffset, $evidenceLimit (each step's quotes: the first $evidenceLimit from $evidenceOffset, by document then line, with evidenceCount the total).
// Example:
// :param {depth: 4, limit: 20, evidenceOffset: 0, evidenceLimit: 3}
MATCH (base:Entity)
WHERE EXISTS { (base)<-[:BUILT_ON]-(:Entity) } OR EXISTS { (base)-[:SUPPLIES_COMPUTE_TO|DEVELOPS]->(:Entity) }
CALL (base) {
  MATCH p = SHORTEST 1 (base)
        ((a)-[r:BUILT_ON|SUPPLIES_COMPUTE_TO|DEVELOPS]-(b)
        WHERE (type(r) = 'BUILT_ON' AND endNode(r) = a) OR (type(r) <> 'BUILT_ON' AND startNode(r) = a)){1,6}
        (d:Entity)
  WHERE d <> base AND length(p) <= $depth
  RETURN count(d) AS dependents
}
WITH base, dependents
WHERE dependents > 0
WITH base, dependents
ORDER BY dependents DESC, base.key
LIMIT $limit
CALL (base) {
  MATCH (base)-[x:BUILT_ON|SUPPLIES_COMPUTE_TO|DEVELOPS]-(d:Entity)
  WHERE d <> base
    AND ((type(x) = 'BUILT_ON' AND endNode(x) = base) OR (type(x) <> 'BUILT_ON' AND startNode(x) = base))
  WITH x, d
  ORDER BY d.key, [i IN range(0, 2) WHERE ['BUILT_ON', 'SUPPLIES_COMPUTE_TO', 'DEVELOPS'][i] = type(x)][0]
  LIMIT 10
  RETURN collect({source: startNode(x).key, sourceName: startNode(x).name, type: type(x), target: endNode(x).key, targetName: endNode(x).name,
               evidenceCount: size(x.evidenceDocs),
               evidence: COLLECT { UNWIND range(0, size(x.evidenceDocs) - 1) AS i
                                   WITH i ORDER BY x.evidenceDocs[i], x.evidenceLines[i], x.evidenceQuotes[i], x.evidenceBases[i]
                                   SKIP $evidenceOffset LIMIT $evidenceLimit
                                   RETURN {doc: x.evidenceDocs[i], line: x.evidenceLines[i], quote: x.evidenceQuotes[i], basis: x.evidenceBases[i], model: x.evidenceModels[i]} }}) AS path
}
RETURN base {.key, .name, .type} AS entity, 0 AS hops, dependents AS count, path
ORDER BY dependents DESC, base.key;
