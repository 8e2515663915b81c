using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// The statements <see cref="DocumentWriter"/> runs, prepared once per transaction and reused for every document of a
/// batch (SQLite compiles each statement once, not once per document): the per-row inserts as
/// <see cref="MultiRowInsert"/>s, the rest as single commands whose parameters are set before each run.
/// </summary>
internal sealed class DocumentStatements : IDisposable
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction every statement runs in.</param>
    public DocumentStatements(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
        ForgetEdges = connection.Command(transaction, "SELECT DISTINCT edge_id FROM evidence WHERE document = $doc;", ("$doc", null));
        ForgetEntities = connection.Command(transaction, "SELECT entity_key FROM entity_mentions WHERE document = $doc;", ("$doc", null));
        ForgetRows = connection.Command(
            transaction,
            "DELETE FROM evidence WHERE document = $doc; DELETE FROM entity_mentions WHERE document = $doc;",
            ("$doc", null));

        // An existing entity keeps the name and type it was first written with.
        Entities = new MultiRowInsert(connection, transaction, "INSERT INTO entities (key, name, type) VALUES", 3, "ON CONFLICT (key) DO NOTHING");
        Mentions = new MultiRowInsert(
            connection, transaction, "INSERT INTO entity_mentions (entity_key, document, layer, category, aliases) VALUES", 5, string.Empty);

        // Aliases once per entity; the mention keeps this document's own list, for when the document goes.
        Aliases = new MultiRowInsert(
            connection, transaction, "INSERT INTO entity_aliases (entity_key, alias, normalized) VALUES", 3, "ON CONFLICT DO NOTHING");

        // New edges come back with their ids; an edge that exists already is not returned and is looked up.
        Edges = new MultiRowInsert(
            connection, transaction, "INSERT INTO edges (source, type, target) VALUES", 3, "ON CONFLICT DO NOTHING RETURNING id, source, type, target");
        EdgeId = connection.Command(
            transaction,
            "SELECT id FROM edges WHERE source = $source AND type = $type AND target = $target;",
            ("$source", null), ("$type", null), ("$target", null));
        Evidence = new MultiRowInsert(
            connection, transaction, "INSERT INTO evidence (edge_id, document, line, quote, basis, model) VALUES", 6, "ON CONFLICT DO NOTHING");

        SweepEdge = connection.Command(
            transaction,
            "DELETE FROM edges WHERE id = $id AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge_id = $id);",
            ("$id", null));

        // An entity no document mentions goes (its aliases with it); one still mentioned keeps the aliases its mentions give.
        SweepEntity = connection.Command(
            transaction,
            """
            DELETE FROM entities WHERE key = $key AND NOT EXISTS (SELECT 1 FROM entity_mentions WHERE entity_key = $key);
            DELETE FROM entity_aliases WHERE entity_key = $key AND alias NOT IN (
                SELECT j.value FROM entity_mentions AS m, json_each(m.aliases) AS j WHERE m.entity_key = $key);
            """,
            ("$key", null));
    }

    /// <summary>The connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The transaction.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>The edges a document's evidence is on (<c>$doc</c>).</summary>
    public SqliteCommand ForgetEdges { get; }

    /// <summary>The entities a document mentions (<c>$doc</c>).</summary>
    public SqliteCommand ForgetEntities { get; }

    /// <summary>Deletes a document's evidence and mentions (<c>$doc</c>).</summary>
    public SqliteCommand ForgetRows { get; }

    /// <summary>Entities: key, name, type.</summary>
    public MultiRowInsert Entities { get; }

    /// <summary>Mentions: entity key, document, layer, category, aliases (JSON).</summary>
    public MultiRowInsert Mentions { get; }

    /// <summary>Aliases: entity key, alias, normalized.</summary>
    public MultiRowInsert Aliases { get; }

    /// <summary>Edges: source, type, target; returns id, source, type, target of the new ones.</summary>
    public MultiRowInsert Edges { get; }

    /// <summary>An edge's id (<c>$source</c>, <c>$type</c>, <c>$target</c>).</summary>
    public SqliteCommand EdgeId { get; }

    /// <summary>Evidence: edge id, document, line, quote, basis, model.</summary>
    public MultiRowInsert Evidence { get; }

    /// <summary>Deletes an edge left without evidence (<c>$id</c>).</summary>
    public SqliteCommand SweepEdge { get; }

    /// <summary>Deletes an entity left without mentions, and aliases no mention gives any more (<c>$key</c>).</summary>
    public SqliteCommand SweepEntity { get; }

    /// <summary>Forgets rows gathered for a document that was rolled back.</summary>
    public void Clear()
    {
        Entities.Clear();
        Mentions.Clear();
        Aliases.Clear();
        Edges.Clear();
        Evidence.Clear();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ForgetEdges.Dispose();
        ForgetEntities.Dispose();
        ForgetRows.Dispose();
        Entities.Dispose();
        Mentions.Dispose();
        Aliases.Dispose();
        Edges.Dispose();
        EdgeId.Dispose();
        Evidence.Dispose();
        SweepEdge.Dispose();
        SweepEntity.Dispose();
    }
}
