// release-writer-lock: gives the store's writer lock back, if this holder still has it.
// Parameters: $owner (the id acquire-writer-lock was given).
// Example:
// :param {owner: 'host-1 pid 4242 7f1c'}
OPTIONAL MATCH (l:WriterLock {name: 'ingest', owner: $owner})
DELETE l
RETURN count(l) AS released;
