// detach-document-evidence: the first step of replacing or removing a document. Takes the document's
// evidence off every relationship it touched (evidence is stored as parallel lists on the relationship,
// one element per doc+line+quote) and deletes the relationships left with no evidence.
// Every relationship a document states joins two entities the document MENTIONS, so the search starts
// from those. Idempotent: a second run finds nothing to take off.
// Parameters: $doc (the document's path).
// Example:
// :param {doc: '000_b7db0be6763041f2.txt'}
MATCH (:Document {path: $doc})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
WHERE $doc IN r.evidenceDocs
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] <> $doc] AS keep
SET r.evidenceIds = [i IN keep | r.evidenceIds[i]],
    r.evidenceDocs = [i IN keep | r.evidenceDocs[i]],
    r.evidenceLines = [i IN keep | r.evidenceLines[i]],
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
    r.evidenceBases = [i IN keep | r.evidenceBases[i]],
    r.evidenceModels = [i IN keep | coalesce(r.evidenceModels[i], '')],
    r.support = size(keep)
WITH r
WHERE r.support = 0
DELETE r;
