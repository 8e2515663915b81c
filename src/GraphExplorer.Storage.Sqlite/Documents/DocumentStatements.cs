using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// The statements <see cref="DocumentWriter"/> runs, prepared once per transaction and reused for every document of a
/// batch (SQLite compiles each statement once, not once per document): the per-row inserts as
/// <see cref="RowStatement"/>s bound by position, the rest as commands whose parameters are set before each run.
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
        Entities = new RowStatement(connection, "INSERT INTO entities (key, name, type) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO NOTHING;");
        Mentions = new RowStatement(
            connection, "INSERT INTO entity_mentions (entity_key, document, layer, category, aliases) VALUES (?1, ?2, ?3, ?4, ?5);");

        // Aliases once per entity; the mention keeps this document's own list, for when the document goes.
        Aliases = new RowStatement(
            connection, "INSERT INTO entity_aliases (entity_key, alias, normalized) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING;");

        // A new edge comes back with its id; one that exists already gives no row and is looked up.
        Edges = new RowStatement(
            connection, "INSERT INTO edges (source, type, target) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING RETURNING id;");
        EdgeId = new RowStatement(connection, "SELECT id FROM edges WHERE source = ?1 AND type = ?2 AND target = ?3;");
        Evidence = new RowStatement(
            connection,
            "INSERT INTO evidence (edge_id, document, line, quote, basis, model) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING;");

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
    public RowStatement Entities { get; }

    /// <summary>Mentions: entity key, document, layer, category, aliases (JSON).</summary>
    public RowStatement Mentions { get; }

    /// <summary>Aliases: entity key, alias, normalized.</summary>
    public RowStatement Aliases { get; }

    /// <summary>Edges: source, type, target; returns the id of a new one.</summary>
    public RowStatement Edges { get; }

    /// <summary>An edge's id: source, type, target.</summary>
    public RowStatement EdgeId { get; }

    /// <summary>Evidence: edge id, document, line, quote, basis, model.</summary>
    public RowStatement Evidence { get; }

    /// <summary>Deletes an edge left without evidence (<c>$id</c>).</summary>
    public SqliteCommand SweepEdge { get; }

    /// <summary>Deletes an entity left without mentions, and aliases no mention gives any more (<c>$key</c>).</summary>
    public SqliteCommand SweepEntity { get; }

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
