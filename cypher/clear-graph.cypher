// clear-graph: deletes every Entity, Document and Source node with their relationships, the store's facts and
// its writer lock (tests start from a never-written store with it). Destructive: never run it against a graph you want to keep.
// Parameters: none.
// Example:
// :param {}
MATCH (n)
WHERE n:Entity OR n:Document OR n:Source OR n:StoreInfo OR n:WriterLock
DETACH DELETE n;
