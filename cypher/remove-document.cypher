// remove-document: the document node itself, after detach-document-evidence and detach-document-mentions
// (then refresh-entities on the keys those returned). Returns how many documents were removed (0 or 1).
// Parameters: $doc (the document's path).
// Example:
// :param {doc: '000_b7db0be6763041f2.txt'}
OPTIONAL MATCH (d:Document {path: $doc})
DETACH DELETE d
RETURN count(d) AS removed;
