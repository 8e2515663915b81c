// has-been-written: whether anything was ever written to the store (the mark write-document and
// save-source leave, or any document of a store written before the mark existed).
// Parameters: none.
// Example:
// :param {}
OPTIONAL MATCH (i:StoreInfo {name: 'graph'})
WITH count(i) AS marks
OPTIONAL MATCH (d:Document)
WITH marks, count(d) AS documents
RETURN marks + documents > 0 AS written;
