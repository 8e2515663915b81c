// get-edges: the relationships of the given types touching any of the given entities, in a direction
// relative to them ('Outgoing', 'Incoming' or 'Both'): a traversal's frontier, without evidence.
// Parameters: $keys, $direction, $types (wire names).
// Example:
// :param {keys: ['nvidia'], direction: 'Outgoing', types: ['SUPPLIES_COMPUTE_TO']}
UNWIND $keys AS key
MATCH (e:Entity {key: key})-[r]-(:Entity)
WHERE type(r) IN $types
  AND ($direction = 'Both'
    OR ($direction = 'Outgoing' AND startNode(r) = e)
    OR ($direction = 'Incoming' AND endNode(r) = e))
RETURN DISTINCT startNode(r).key AS source, type(r) AS type, endNode(r).key AS target;
