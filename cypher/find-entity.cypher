// find-entity: the entity with this key, or one of whose names or aliases equals the text in comparison
// form (EntityNames.Normalize: NFKC, lower case, single spaces), e.g. 英伟达 or nvidia for NVIDIA.
// A key match wins over a name match, a name match over an alias match.
// Parameters: $key (the text as a key: normalised, spaces as dashes), $normalized (the text normalised).
// Example:
// :param {key: '英伟达', normalized: '英伟达'}
MATCH (e:Entity)
WHERE e.key = $key OR e.normalizedName = $normalized OR $normalized IN e.normalizedAliases
RETURN e {.key, .name, .type, .aliases, .layer, .category} AS entity
ORDER BY CASE WHEN e.key = $key THEN 0 WHEN e.normalizedName = $normalized THEN 1 ELSE 2 END, e.key
LIMIT 1;
