namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>
/// The store's schema as an ordered list of migrations: migration <c>i</c> takes the file from
/// <c>PRAGMA user_version</c> <c>i</c> to <c>i + 1</c>. Append new migrations; never edit a released one.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The migrations, oldest first.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE documents (
            path         TEXT NOT NULL PRIMARY KEY,
            content_hash TEXT NOT NULL,
            ingested_at  TEXT NOT NULL
        );

        CREATE TABLE entities (
            key  TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL
        );

        -- An entity lives while some document mentions it; layer and category are per mention.
        CREATE TABLE entity_mentions (
            entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
            document   TEXT NOT NULL REFERENCES documents (path) ON DELETE CASCADE,
            layer      TEXT,
            category   TEXT,
            PRIMARY KEY (entity_key, document)
        ) WITHOUT ROWID;
        CREATE INDEX entity_mentions_by_document ON entity_mentions (document);

        -- Aliases as each document wrote them; they go with the mention.
        CREATE TABLE aliases (
            entity_key TEXT NOT NULL,
            document   TEXT NOT NULL,
            alias      TEXT NOT NULL,
            normalized TEXT NOT NULL,
            PRIMARY KEY (entity_key, document, alias),
            FOREIGN KEY (entity_key, document) REFERENCES entity_mentions (entity_key, document) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX aliases_by_normalized ON aliases (normalized, entity_key);

        -- One edge per (source, type, target); the unique index serves outgoing reads, edges_by_target incoming.
        CREATE TABLE edges (
            id     INTEGER PRIMARY KEY,
            source TEXT NOT NULL REFERENCES entities (key),
            type   TEXT NOT NULL,
            target TEXT NOT NULL REFERENCES entities (key),
            UNIQUE (source, type, target)
        );
        CREATE INDEX edges_by_target ON edges (target, type, source);

        CREATE TABLE evidence (
            edge_id  INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
            document TEXT NOT NULL REFERENCES documents (path) ON DELETE CASCADE,
            line     INTEGER NOT NULL,
            quote    TEXT NOT NULL,
            basis    TEXT NOT NULL,
            UNIQUE (edge_id, document, line, quote)
        );
        CREATE INDEX evidence_by_document ON evidence (document);
        """,
        """
        -- 2: aliases per entity, not per document x entity; each mention keeps the aliases its document gave (JSON),
        -- so removing a document can take away the aliases only it gave. A store version counts committed writes.
        ALTER TABLE entity_mentions ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
        UPDATE entity_mentions SET aliases = (
            SELECT json_group_array(alias) FROM (
                SELECT a.alias FROM aliases AS a
                WHERE a.entity_key = entity_mentions.entity_key AND a.document = entity_mentions.document
                ORDER BY a.alias));

        CREATE TABLE entity_aliases (
            entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
            alias      TEXT NOT NULL,
            normalized TEXT NOT NULL,
            PRIMARY KEY (entity_key, alias)
        ) WITHOUT ROWID;
        INSERT INTO entity_aliases (entity_key, alias, normalized)
            SELECT entity_key, alias, min(normalized) FROM aliases GROUP BY entity_key, alias;
        CREATE INDEX entity_aliases_by_normalized ON entity_aliases (normalized, entity_key);
        DROP TABLE aliases;

        CREATE TABLE store_version (
            id      INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        );
        INSERT INTO store_version (id, version) VALUES (1, 1);
        """,
        """
        -- 3: sources: the folders a store holds documents from. A document's key (documents.path and the document
        -- columns that refer to it) is '{source}//{path}', or the bare path in the source 'default'; so the
        -- documents of a store written before sources existed are the 'default' source's, unchanged.
        CREATE TABLE sources (
            name     TEXT NOT NULL PRIMARY KEY,
            root     TEXT,
            saved_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX sources_by_root ON sources (root) WHERE root IS NOT NULL;
        INSERT INTO sources (name, root, saved_at) SELECT 'default', NULL, min(ingested_at) FROM documents HAVING count(*) > 0;

        -- Each document's text as ingested (evidence is read in context from it) and its front-matter date.
        CREATE TABLE document_texts (
            document   TEXT NOT NULL PRIMARY KEY REFERENCES documents (path) ON DELETE CASCADE,
            date       TEXT,
            line_count INTEGER NOT NULL,
            text       TEXT NOT NULL
        );

        -- Facts about the store itself; 'first_written_at' is set by the first write and never removed.
        CREATE TABLE store_info (
            key   TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO store_info (key, value) SELECT 'first_written_at', min(ingested_at) FROM documents HAVING count(*) > 0;
        """,
        """
        -- 4: the analysts' decisions, kept apart from what extraction writes (re-ingesting never touches them) and
        -- applied on every read. Entity columns hold keys; 'at' is ISO 8601 UTC, so text order is time order.
        CREATE TABLE curation_decisions (
            id      TEXT NOT NULL PRIMARY KEY,
            kind    TEXT NOT NULL,
            entity  TEXT NOT NULL,
            other   TEXT,
            type    TEXT,
            value   TEXT,
            analyst TEXT NOT NULL,
            at      TEXT NOT NULL,
            note    TEXT
        ) WITHOUT ROWID;
        CREATE INDEX curation_decisions_by_time ON curation_decisions (at, id);
        """,
        """
        -- 5: evidence names the model a language model's evidence came from (basis 'Llm'; NULL for any other basis),
        -- and the basis joins the key, so where the rules and a model state the same line in the same words (hybrid)
        -- each keeps its own row. SQLite cannot change a table's key in place: the rows move to a new table.
        CREATE TABLE evidence_v5 (
            edge_id  INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
            document TEXT NOT NULL REFERENCES documents (path) ON DELETE CASCADE,
            line     INTEGER NOT NULL,
            quote    TEXT NOT NULL,
            basis    TEXT NOT NULL,
            model    TEXT,
            UNIQUE (edge_id, document, line, quote, basis)
        );
        INSERT INTO evidence_v5 (edge_id, document, line, quote, basis)
            SELECT edge_id, document, line, quote, basis FROM evidence;
        DROP TABLE evidence;
        ALTER TABLE evidence_v5 RENAME TO evidence;
        CREATE INDEX evidence_by_document ON evidence (document);
        """,
        """
        -- 6: a narrower index for evidence. The unique index on (edge, document, line, quote, basis) held every quote
        -- a second time and was larger than the table. Two rows equal under that key can only come from one write of
        -- one document (the document is part of the key, and its old rows are deleted before it is written again), so
        -- the writer drops such repeats itself, keeping the first as the index's ON CONFLICT DO NOTHING did
        -- (DocumentRows.Relationships); the table keeps an index on the edge alone, for reads and cascades. The rows
        -- move to a new table with their rowids.
        CREATE TABLE evidence_v6 (
            edge_id  INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
            document TEXT NOT NULL REFERENCES documents (path) ON DELETE CASCADE,
            line     INTEGER NOT NULL,
            quote    TEXT NOT NULL,
            basis    TEXT NOT NULL,
            model    TEXT
        );
        INSERT INTO evidence_v6 (rowid, edge_id, document, line, quote, basis, model)
            SELECT rowid, edge_id, document, line, quote, basis, model FROM evidence ORDER BY rowid;
        DROP TABLE evidence;
        ALTER TABLE evidence_v6 RENAME TO evidence;
        CREATE INDEX evidence_by_edge ON evidence (edge_id);
        CREATE INDEX evidence_by_document ON evidence (document);
        """,
    ];

    /// <summary>The schema version this build writes: the number of migrations.</summary>
    public static int CurrentVersion => Migrations.Count;
}
