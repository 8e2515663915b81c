// save-source: records a source (a folder, by its short unique name), or points an existing one at another
// folder; another source that had the same folder gives it up. Marks the store as written.
// Parameters: $name, $root (the folder's full path, or null).
// Example:
// :param {name: 'seeds', root: '/data/seeds'}
OPTIONAL MATCH (other:Source {root: $root})
WHERE other.name <> $name
SET other.root = null
WITH count(*) AS ignored
MERGE (s:Source {name: $name})
SET s.root = $root, s.savedAt = datetime()
MERGE (i:StoreInfo {name: 'graph'})
  ON CREATE SET i.firstWrittenAt = datetime();
