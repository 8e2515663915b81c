using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// Writes and removes one document's contribution in one transaction: its evidence and mentions are
/// replaced, then edges left without evidence and entities left without mentions are deleted.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>Replaces what <paramref name="document"/> contributed before.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="document">The checked document.</param>
    /// <param name="ingestedAt">When it was ingested.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is committed then.</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    public static async Task WriteAsync(
        SqliteConnection connection, PreparedDocument document, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(connection, transaction, document, ingestedAt, cancellationToken).ConfigureAwait(false);
        await StoreVersion.IncrementAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces what <paramref name="document"/> contributed before, inside the caller's transaction.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The transaction (or a savepoint's) to write in; the caller commits it.</param>
    /// <param name="document">The checked document.</param>
    /// <param name="ingestedAt">When it was ingested.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public static async Task WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, PreparedDocument document, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var touched = await ForgetAsync(connection, transaction, document.Document, cancellationToken).ConfigureAwait(false);

        await using (var upsert = connection.Command(
            transaction,
            """
            INSERT INTO documents (path, content_hash, ingested_at) VALUES ($path, $hash, $at)
            ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, ingested_at = excluded.ingested_at;
            """,
            ("$path", document.Document),
            ("$hash", document.ContentHash),
            ("$at", ingestedAt.ToString("O", CultureInfo.InvariantCulture))))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await DocumentTextWriter.WriteAsync(connection, transaction, document, ingestedAt, cancellationToken).ConfigureAwait(false);
        await WriteEntitiesAsync(connection, transaction, document, cancellationToken).ConfigureAwait(false);
        await WriteRelationshipsAsync(connection, transaction, document, cancellationToken).ConfigureAwait(false);
        await SweepAsync(connection, transaction, touched, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a document's evidence and mentions, then what is left without any.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="document">The document's path.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is committed then.</param>
    /// <returns><see langword="true"/> when the document was in the store.</returns>
    public static async Task<bool> RemoveAsync(SqliteConnection connection, string document, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var touched = await ForgetAsync(connection, transaction, document, cancellationToken).ConfigureAwait(false);
        int removed;
        await using (var delete = connection.Command(transaction, "DELETE FROM documents WHERE path = $path;", ("$path", document)))
        {
            removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await SweepAsync(connection, transaction, touched, cancellationToken).ConfigureAwait(false);
        await StoreVersion.IncrementAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    /// <summary>Deletes the document's evidence and mentions (aliases go with them), returning what they touched.</summary>
    private static async Task<Touched> ForgetAsync(
        SqliteConnection connection, SqliteTransaction transaction, string document, CancellationToken cancellationToken)
    {
        var edges = new List<long>();
        await using (var read = connection.Command(transaction, "SELECT DISTINCT edge_id FROM evidence WHERE document = $doc;", ("$doc", document)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                edges.Add(reader.GetInt64(0));
            }
        }

        var entities = new List<string>();
        await using (var read = connection.Command(transaction, "SELECT entity_key FROM entity_mentions WHERE document = $doc;", ("$doc", document)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entities.Add(reader.GetString(0));
            }
        }

        await using var delete = connection.Command(
            transaction,
            "DELETE FROM evidence WHERE document = $doc; DELETE FROM entity_mentions WHERE document = $doc;",
            ("$doc", document));
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new Touched(edges, entities);
    }

    private static async Task WriteEntitiesAsync(
        SqliteConnection connection, SqliteTransaction transaction, PreparedDocument document, CancellationToken cancellationToken)
    {
        // One statement per table over the document's entities (DocumentRows.Entities), in the document's order;
        // jsonb_each hands each element on parsed (JSONB), so reading its fields does not parse its text again.
        // An existing entity keeps the name and type it was first written with; aliases are kept once per entity, and
        // the mention keeps this document's own list, for when the document goes.
        await using var write = connection.Command(
            transaction,
            """
            INSERT INTO entities (key, name, type)
                SELECT value ->> 'k', value ->> 'n', value ->> 't' FROM jsonb_each(CAST($entities AS TEXT)) WHERE true
                ON CONFLICT (key) DO NOTHING;
            INSERT INTO entity_mentions (entity_key, document, layer, category, aliases)
                SELECT value ->> 'k', $doc, value ->> 'l', value ->> 'c', value ->> 'm' FROM jsonb_each(CAST($entities AS TEXT));
            INSERT INTO entity_aliases (entity_key, alias, normalized)
                SELECT e.value ->> 'k', a.value ->> 0, a.value ->> 1
                FROM jsonb_each(CAST($entities AS TEXT)) AS e CROSS JOIN jsonb_each(e.value, '$.a') AS a WHERE true
                ON CONFLICT DO NOTHING;
            """,
            ("$entities", document.EntityRows),
            ("$doc", document.Document));
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteRelationshipsAsync(
        SqliteConnection connection, SqliteTransaction transaction, PreparedDocument document, CancellationToken cancellationToken)
    {
        if (document.Relationships.Count == 0)
        {
            return;
        }

        // Edges first (new ones get ids in the document's order), then every evidence row joined to its edge's id;
        // the rows hold no repeats (DocumentRows.Relationships drops them), so evidence needs no unique index.
        await using var write = connection.Command(
            transaction,
            """
            INSERT INTO edges (source, type, target)
                SELECT value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(CAST($relationships AS TEXT)) WHERE true
                ON CONFLICT DO NOTHING;
            INSERT INTO evidence (edge_id, document, line, quote, basis, model)
                SELECT e.id, $doc, v.value ->> 0, v.value ->> 1, v.value ->> 2, v.value ->> 3
                FROM jsonb_each(CAST($relationships AS TEXT)) AS r
                CROSS JOIN edges AS e ON e.source = r.value ->> 0 AND e.type = r.value ->> 1 AND e.target = r.value ->> 2
                CROSS JOIN jsonb_each(r.value, '$[3]') AS v;
            """,
            ("$relationships", document.RelationshipRows),
            ("$doc", document.Document));
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the touched edges that have no evidence left, then the touched entities with no mention left.</summary>
    private static async Task SweepAsync(
        SqliteConnection connection, SqliteTransaction transaction, Touched touched, CancellationToken cancellationToken)
    {
        await using var edge = connection.Command(
            transaction,
            "DELETE FROM edges WHERE id = $id AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge_id = $id);",
            ("$id", null));
        foreach (var id in touched.Edges)
        {
            edge.Set("$id", id);
            await edge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // An entity no document mentions goes (its aliases with it); one still mentioned keeps the aliases its mentions give.
        await using var entity = connection.Command(
            transaction,
            """
            DELETE FROM entities WHERE key = $key AND NOT EXISTS (SELECT 1 FROM entity_mentions WHERE entity_key = $key);
            DELETE FROM entity_aliases WHERE entity_key = $key AND alias NOT IN (
                SELECT j.value FROM entity_mentions AS m, json_each(m.aliases) AS j WHERE m.entity_key = $key);
            """,
            ("$key", null));
        foreach (var key in touched.Entities)
        {
            entity.Set("$key", key);
            await entity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record Touched(IReadOnlyList<long> Edges, IReadOnlyList<string> Entities);
}
