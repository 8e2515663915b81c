// get-relationships: the given relationships with their evidence (parallel lists, one element per
// doc+line+quote). Relationships that do not exist give no row.
// Parameters: $edges, each {source, type, target}.
// Example:
// :param {edges: [{source: 'chatgpt', type: 'BUILT_ON', target: 'gpt-4'}]}
UNWIND $edges AS edge
MATCH (a:Entity {key: edge.source})-[r]->(b:Entity {key: edge.target})
WHERE type(r) = edge.type
RETURN a.key AS source, type(r) AS type, b.key AS target,
       r.evidenceDocs AS docs, r.evidenceLines AS lines, r.evidenceQuotes AS quotes, r.evidenceBases AS bases, r.evidenceModels AS models;
