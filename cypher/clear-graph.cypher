// clear-graph: deletes every Entity and Document node with their relationships (tests start from an
// empty graph with it). Destructive: never run it against a graph you want to keep.
// Parameters: none.
// Example:
// :param {}
MATCH (n)
WHERE n:Entity OR n:Document
DETACH DELETE n;
