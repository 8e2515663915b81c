// write-document: records a document and the hash of the content it was ingested at.
// Runs in the document's transaction after the detach-document-* steps, before its entities.
// Parameters: $doc (path), $contentHash (SHA-256, lower-case hex).
// Example:
// :param {doc: '000_b7db0be6763041f2.txt', contentHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}
MERGE (d:Document {path: $doc})
SET d.contentHash = $contentHash;
