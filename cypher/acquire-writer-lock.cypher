// acquire-writer-lock: takes the store's writer lock (one ingestion at a time) as a lease: free, expired or
// already ours, it becomes ours until now + $leaseSeconds; held by another, it is left alone. The holder
// renews it by running this again and releases it with release-writer-lock; a holder that dies lets it expire.
// Parameters: $owner (a unique id of the holder, with its host and process), $leaseSeconds.
// Example:
// :param {owner: 'host-1 pid 4242 7f1c', leaseSeconds: 120}
MERGE (l:WriterLock {name: 'ingest'})
  ON CREATE SET l.owner = $owner, l.since = datetime(), l.expires = datetime() + duration({seconds: $leaseSeconds})
WITH l, l.owner = $owner OR l.expires < datetime() AS free
SET l.since = CASE WHEN free AND l.owner <> $owner THEN datetime() ELSE l.since END,
    l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expires = CASE WHEN free THEN datetime() + duration({seconds: $leaseSeconds}) ELSE l.expires END
RETURN l.owner = $owner AS acquired, l.owner AS owner, toString(l.since) AS since;
