// search-entities: entities whose names or aliases match the text in comparison form: exact matches
// first (rank 0), then prefix (1), then substring (2); ties by name. The adapter adds the closest by
// edit distance after these when fewer than $limit match.
// Parameters: $normalized (the text normalised), $limit.
// Example:
// :param {normalized: 'open', limit: 10}
MATCH (e:Entity)
WITH e,
     CASE
       WHEN $normalized IN e.normalizedAliases THEN 0
       WHEN any(a IN e.normalizedAliases WHERE a STARTS WITH $normalized) THEN 1
       WHEN any(a IN e.normalizedAliases WHERE a CONTAINS $normalized) THEN 2
     END AS rank
WHERE rank IS NOT NULL
RETURN e {.key, .name, .type, .aliases, .layer, .category} AS entity, rank
ORDER BY rank, toLower(e.name), e.key
LIMIT $limit;
