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
        using var statements = new DocumentStatements(connection, transaction);
        await WriteAsync(statements, document, ingestedAt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces what <paramref name="document"/> contributed before, with statements prepared for the transaction.</summary>
    /// <param name="statements">The transaction's statements (reused by every document of a batch).</param>
    /// <param name="document">The checked document.</param>
    /// <param name="ingestedAt">When it was ingested.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public static async Task WriteAsync(
        DocumentStatements statements, PreparedDocument document, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var (connection, transaction) = (statements.Connection, statements.Transaction);
        var touched = Forget(statements, document.Document, cancellationToken);

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
        WriteEntities(statements, document, cancellationToken);
        WriteRelationships(statements, document, cancellationToken);
        Sweep(statements, touched, cancellationToken);
    }

    /// <summary>Removes a document's evidence and mentions, then what is left without any.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="document">The document's path.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is committed then.</param>
    /// <returns><see langword="true"/> when the document was in the store.</returns>
    public static async Task<bool> RemoveAsync(SqliteConnection connection, string document, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var statements = new DocumentStatements(connection, transaction);
        var touched = Forget(statements, document, cancellationToken);
        int removed;
        await using (var delete = connection.Command(transaction, "DELETE FROM documents WHERE path = $path;", ("$path", document)))
        {
            removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        Sweep(statements, touched, cancellationToken);
        await StoreVersion.IncrementAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    // The per-row work below runs synchronously: Microsoft.Data.Sqlite's asynchronous calls complete synchronously
    // anyway, and a task per row was a measurable part of a large document's write. Cancellation is checked per row.

    /// <summary>Deletes the document's evidence and mentions (aliases go with them), returning what they touched.</summary>
    private static Touched Forget(DocumentStatements statements, string document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var edges = new List<long>();
        statements.ForgetEdges.Set("$doc", document);
        using (var reader = statements.ForgetEdges.ExecuteReader())
        {
            while (reader.Read())
            {
                edges.Add(reader.GetInt64(0));
            }
        }

        var entities = new List<string>();
        statements.ForgetEntities.Set("$doc", document);
        using (var reader = statements.ForgetEntities.ExecuteReader())
        {
            while (reader.Read())
            {
                entities.Add(reader.GetString(0));
            }
        }

        statements.ForgetRows.Set("$doc", document);
        statements.ForgetRows.ExecuteNonQuery();
        return new Touched(edges, entities);
    }

    private static void WriteEntities(DocumentStatements statements, PreparedDocument document, CancellationToken cancellationToken)
    {
        foreach (var e in document.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            statements.Entities.Text(1, e.Key.Value).Text(2, e.Name).Text(3, e.Type.ToString()).Run();
            statements.Mentions
                .Text(1, e.Key.Value)
                .Text(2, document.Document)
                .Text(3, e.Layer)
                .Text(4, e.Category)
                .Text(5, JsonSerializer.Serialize(e.Aliases.Order(StringComparer.Ordinal).ToArray()))
                .Run();
            foreach (var name in e.Aliases)
            {
                statements.Aliases.Text(1, e.Key.Value).Text(2, name).Text(3, EntityNames.Normalize(name)).Run();
            }
        }
    }

    private static void WriteRelationships(DocumentStatements statements, PreparedDocument document, CancellationToken cancellationToken)
    {
        foreach (var relationship in document.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (source, type, target) = (relationship.Source.Value, relationship.Type.ToWireName(), relationship.Target.Value);
            var id = statements.Edges.Text(1, source).Text(2, type).Text(3, target).RunForInt64()
                ?? statements.EdgeId.Text(1, source).Text(2, type).Text(3, target).RunForInt64()
                ?? throw new InvalidOperationException($"The edge {source} {type} {target} was neither inserted nor found.");
            foreach (var mention in relationship.Evidence)
            {
                statements.Evidence
                    .Integer(1, id)
                    .Text(2, document.Document)
                    .Integer(3, mention.Line)
                    .Text(4, mention.Quote)
                    .Text(5, mention.Basis.ToString())
                    .Text(6, mention.Basis == EvidenceBasis.Llm ? mention.Model : null)
                    .Run();
            }
        }
    }

    /// <summary>Deletes the touched edges that have no evidence left, then the touched entities with no mention left.</summary>
    private static void Sweep(DocumentStatements statements, Touched touched, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var id in touched.Edges)
        {
            statements.SweepEdge.Set("$id", id);
            statements.SweepEdge.ExecuteNonQuery();
        }

        // An entity no document mentions goes (its aliases with it); one still mentioned keeps the aliases its mentions give.
        foreach (var key in touched.Entities)
        {
            statements.SweepEntity.Set("$key", key);
            statements.SweepEntity.ExecuteNonQuery();
        }
    }

    private sealed record Touched(IReadOnlyList<long> Edges, IReadOnlyList<string> Entities);
}
