// list-documents: every document with its hash, front-matter date, line count and what it contributes:
// the entities it mentions and the relationships it gives evidence for.
// Parameters: none.
// Example:
// :param {}
MATCH (d:Document)
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
  RETURN count(e) AS entities
}
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
  WHERE d.path IN r.evidenceDocs
  RETURN count(DISTINCT r) AS edges
}
RETURN d.path AS path, d.contentHash AS contentHash, d.date AS date, coalesce(d.lineCount, 0) AS lines, entities, edges
ORDER BY path;
