// write-document: records a document, the hash of the content it was ingested at, its text (so evidence
// can be read in context), its front-matter date and line count, and marks the store as written.
// Runs in the document's transaction after the detach-document-* steps, before its entities.
// $doc is the document's key: '{source}//{path}', or the bare path in the source 'default'.
// Parameters: $doc, $contentHash (SHA-256, lower-case hex), $text, $date, $lineCount (null when no text is kept).
// Example:
// :param {doc: 'seeds//000_b7db0be6763041f2.txt', contentHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', text: 'OpenAI开发了GPT-4。', date: '2025-06-18 17:15', lineCount: 1}
MERGE (d:Document {path: $doc})
SET d.contentHash = $contentHash,
    d.text = $text,
    d.date = $date,
    d.lineCount = $lineCount
MERGE (s:StoreInfo {name: 'graph'})
  ON CREATE SET s.firstWrittenAt = datetime();
