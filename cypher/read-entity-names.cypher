// read-entity-names: every entity's key with its names and aliases in comparison form, for the
// edit-distance ("did you mean") part of search-entities.
// Parameters: none.
// Example:
// :param {}
MATCH (e:Entity)
RETURN e.key AS key, e.normalizedAliases AS normalizedAliases
ORDER BY key;
