// write-document-entities: one batch of a document's entities. MERGE on the entity key (unique), then
// MERGE the document's MENTIONS of it, carrying what this document says about the entity. The entity's
// own properties (the union over documents) are recomputed by refresh-entities.
// Parameters: $doc (path); $rows, each {key, name, type, aliases, normalizedAliases, layer, category}
// (normalizedAliases: EntityNames.Normalize of the name and of each alias).
// Example:
// :param {doc: 'notes.md', rows: [{key: 'nvidia', name: 'NVIDIA', type: 'Company', aliases: ['NVIDIA', '英伟达'], normalizedAliases: ['nvidia', '英伟达'], layer: null, category: null}]}
MATCH (d:Document {path: $doc})
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.type = row.type
MERGE (d)-[m:MENTIONS]->(e)
SET m.name = row.name,
    m.type = row.type,
    m.aliases = row.aliases,
    m.normalizedAliases = row.normalizedAliases,
    m.layer = row.layer,
    m.category = row.category;
