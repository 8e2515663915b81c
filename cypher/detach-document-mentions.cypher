// detach-document-mentions: the second step of replacing or removing a document. Deletes the document's
// MENTIONS relationships (its view of each entity: name, type, aliases, layer, category) and returns the
// keys of the entities it mentioned, so that refresh-entities can recompute or delete them.
// No row at all means the document was never ingested.
// Parameters: $doc (the document's path).
// Example:
// :param {doc: '000_b7db0be6763041f2.txt'}
MATCH (d:Document {path: $doc})
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN e.key AS key;
