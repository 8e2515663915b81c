// remove-source: deletes a source's node, after its documents were removed one by one (remove-document).
// Returns how many sources were removed (0 or 1).
// Parameters: $name.
// Example:
// :param {name: 'notes-2'}
OPTIONAL MATCH (s:Source {name: $name})
DETACH DELETE s
RETURN count(s) AS removed;
