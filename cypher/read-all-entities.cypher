// read-all-entities: one page of every entity, ordered by key, starting after the key $after
// ('' for the first page).
// Parameters: $after, $limit.
// Example:
// :param {after: '', limit: 1000}
MATCH (e:Entity)
WHERE e.key > $after
RETURN e {.key, .name, .type, .aliases, .layer, .category} AS entity
ORDER BY e.key
LIMIT $limit;
