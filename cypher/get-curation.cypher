// get-curation: the analysts' decisions, in the order they apply (time, then id). 'at' is ISO 8601 UTC text.
// Parameters: none.
// Example:
// :param {}
MATCH (d:CurationDecision)
RETURN d.id AS id, d.kind AS kind, d.entity AS entity, d.other AS other, d.type AS type, d.value AS value,
       d.analyst AS analyst, d.at AS at, d.note AS note
ORDER BY at, id;
