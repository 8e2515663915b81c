// schema: the constraints and indexes the store creates before its first write (Neo4j 5.26 or later).
// Every statement is idempotent (IF NOT EXISTS); the adapter runs them one by one, in file order, each
// statement ending with a semicolon at the end of a line.
// Parameters: none.
// Example: paste the whole file into Neo4j Browser and run it; no parameters:
// :param {}

// One node per entity key and per document path (these also index the keys).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT document_path IF NOT EXISTS FOR (d:Document) REQUIRE d.path IS UNIQUE;

// Sources (folders) by name; the writer lock and the store's own facts are single nodes by name.
CREATE CONSTRAINT source_name IF NOT EXISTS FOR (s:Source) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT writer_lock_name IF NOT EXISTS FOR (l:WriterLock) REQUIRE l.name IS UNIQUE;
CREATE CONSTRAINT store_info_name IF NOT EXISTS FOR (i:StoreInfo) REQUIRE i.name IS UNIQUE;
// Curation decisions by id: adding the same decision twice (a re-import, two analysts at once) stores it once.
CREATE CONSTRAINT curation_decision_id IF NOT EXISTS FOR (d:CurationDecision) REQUIRE d.id IS UNIQUE;

// Name lookups: the canonical name as written and in comparison form (EntityNames.Normalize).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_normalized_name IF NOT EXISTS FOR (e:Entity) ON (e.normalizedName);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);

// Full-text search over names and aliases (aliasText is the aliases joined by " | "), for Browser users:
// CALL db.index.fulltext.queryNodes('entity_search', 'nvid*') YIELD node, score RETURN node.name, score
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];

// Indexes are built in the background: wait so that the first reads use them.
CALL db.awaitIndexes(300);
