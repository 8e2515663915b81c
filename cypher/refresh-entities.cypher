// refresh-entities: the last step of writing or removing a document. For each entity whose mentions
// changed, recomputes what the graph says about it from the documents that still mention it (name and
// type from the first document by path; aliases the union, in document order; layer and category the
// first one given) or, when no document mentions it any more, deletes it with its relationships.
// Parameters: $keys (entity keys).
// Example:
// :param {keys: ['nvidia', 'openai']}
UNWIND $keys AS key
MATCH (e:Entity {key: key})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WITH e, d, m
ORDER BY d.path
WITH e, collect(m) AS mentions
FOREACH (orphan IN CASE WHEN size(mentions) = 0 THEN [e] ELSE [] END | DETACH DELETE orphan)
WITH e, mentions
WHERE size(mentions) > 0
WITH e, mentions,
     reduce(acc = [], m IN mentions | acc + [a IN m.aliases WHERE NOT a IN acc]) AS aliases,
     reduce(acc = [], m IN mentions | acc + [a IN m.normalizedAliases WHERE NOT a IN acc]) AS normalized
SET e.name = mentions[0].name,
    e.type = mentions[0].type,
    e.aliases = aliases,
    e.aliasText = reduce(text = '', a IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + a),
    e.normalizedAliases = normalized,
    e.normalizedName = normalized[0],
    e.layer = [m IN mentions WHERE m.layer IS NOT NULL | m.layer][0],
    e.category = [m IN mentions WHERE m.category IS NOT NULL | m.category][0];
