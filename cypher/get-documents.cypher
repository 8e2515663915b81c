// get-documents: the documents ingested so far, with the content hash each was ingested at.
// Parameters: none.
// Example:
// :param {}
MATCH (d:Document)
RETURN d.path AS path, d.contentHash AS contentHash
ORDER BY path;
