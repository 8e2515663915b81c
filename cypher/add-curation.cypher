// add-curation: stores a decision unless one with its id is stored (importing twice changes nothing).
// Returns how many were added (0 or 1). Decisions are kept apart from what extraction writes.
// Parameters: $id, $kind, $entity, $other, $type, $value, $analyst, $at, $note.
// Example:
// :param {id: 'c0123456789ab', kind: 'merge', entity: 'azure', other: 'microsoft-azure', type: null, value: null, analyst: 'ana', at: '2026-01-02T03:04:05.0000000Z', note: null}
OPTIONAL MATCH (existing:CurationDecision {id: $id})
WITH existing
WHERE existing IS NULL
CREATE (d:CurationDecision {id: $id, kind: $kind, entity: $entity, other: $other, type: $type, value: $value,
                           analyst: $analyst, at: $at, note: $note})
RETURN count(d) AS added;
