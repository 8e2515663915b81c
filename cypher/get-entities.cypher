// get-entities: entities by key; unknown keys give no row.
// Parameters: $keys.
// Example:
// :param {keys: ['nvidia', 'openai']}
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e {.key, .name, .type, .aliases, .layer, .category} AS entity;
