using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
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
        // An existing entity keeps the name and type it was first written with.
        await using var entity = connection.Command(
            transaction,
            "INSERT INTO entities (key, name, type) VALUES ($key, $name, $type) ON CONFLICT (key) DO NOTHING;",
            ("$key", null), ("$name", null), ("$type", null));
        await using var mention = connection.Command(
            transaction,
            "INSERT INTO entity_mentions (entity_key, document, layer, category, aliases) VALUES ($key, $doc, $layer, $category, $aliases);",
            ("$key", null), ("$doc", document.Document), ("$layer", null), ("$category", null), ("$aliases", null));

        // Aliases once per entity; the mention keeps this document's own list, for when the document goes.
        await using var alias = connection.Command(
            transaction,
            "INSERT INTO entity_aliases (entity_key, alias, normalized) VALUES ($key, $alias, $normalized) ON CONFLICT DO NOTHING;",
            ("$key", null), ("$alias", null), ("$normalized", null));

        foreach (var e in document.Entities)
        {
            entity.Set("$key", e.Key.Value);
            entity.Set("$name", e.Name);
            entity.Set("$type", e.Type.ToString());
            await entity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            mention.Set("$key", e.Key.Value);
            mention.Set("$layer", e.Layer);
            mention.Set("$category", e.Category);
            mention.Set("$aliases", JsonSerializer.Serialize(e.Aliases.Order(StringComparer.Ordinal)));
            await mention.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            alias.Set("$key", e.Key.Value);
            foreach (var name in e.Aliases)
            {
                alias.Set("$alias", name);
                alias.Set("$normalized", EntityNames.Normalize(name));
                await alias.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteRelationshipsAsync(
        SqliteConnection connection, SqliteTransaction transaction, PreparedDocument document, CancellationToken cancellationToken)
    {
        await using var edge = connection.Command(
            transaction,
            """
            INSERT INTO edges (source, type, target) VALUES ($source, $type, $target) ON CONFLICT DO NOTHING;
            SELECT id FROM edges WHERE source = $source AND type = $type AND target = $target;
            """,
            ("$source", null), ("$type", null), ("$target", null));
        await using var evidence = connection.Command(
            transaction,
            """
            INSERT INTO evidence (edge_id, document, line, quote, basis, model) VALUES ($edge, $doc, $line, $quote, $basis, $model)
            ON CONFLICT DO NOTHING;
            """,
            ("$edge", null), ("$doc", document.Document), ("$line", null), ("$quote", null), ("$basis", null), ("$model", null));

        foreach (var relationship in document.Relationships)
        {
            edge.Set("$source", relationship.Source.Value);
            edge.Set("$type", relationship.Type.ToWireName());
            edge.Set("$target", relationship.Target.Value);
            var id = Convert.ToInt64(await edge.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

            evidence.Set("$edge", id);
            foreach (var mention in relationship.Evidence)
            {
                evidence.Set("$line", mention.Line);
                evidence.Set("$quote", mention.Quote);
                evidence.Set("$basis", mention.Basis.ToString());
                evidence.Set("$model", mention.Basis == EvidenceBasis.Llm ? mention.Model : null);
                await evidence.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
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
