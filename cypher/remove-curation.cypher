// remove-curation: undoes (deletes) a decision. Returns how many were removed (0 or 1).
// Parameters: $id.
// Example:
// :param {id: 'c0123456789ab'}
OPTIONAL MATCH (d:CurationDecision {id: $id})
DELETE d
RETURN count(d) AS removed;
