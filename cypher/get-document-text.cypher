// get-document-text: the text a document had when it was ingested, with its hash and front-matter date.
// No row for an unknown document or one kept without text.
// Parameters: $doc (the document's key: '{source}//{path}', or the bare path in the source 'default').
// Example:
// :param {doc: 'seeds//000_b7db0be6763041f2.txt'}
MATCH (d:Document {path: $doc})
WHERE d.text IS NOT NULL
RETURN d.contentHash AS contentHash, d.date AS date, d.text AS text;
