// get-sources: the folders the store holds documents from, by name.
// Parameters: none.
// Example:
// :param {}
MATCH (s:Source)
RETURN s.name AS name, s.root AS root
ORDER BY name;
