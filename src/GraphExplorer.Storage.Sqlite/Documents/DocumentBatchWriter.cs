using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// The bulk path: many documents in one transaction (one commit, one sync), each in its own savepoint so a
/// document that fails is rolled back alone and the rest still commit; the store version rises once per batch.
/// The commit leaves the write-ahead log to the caller's background checkpoint (<see cref="WalCheckpointer"/>)
/// unless the log has grown past <see cref="WalCheckpointer.BatchAutoCheckpointPages"/>. The savepoints' journals
/// (the pages each document changes, kept to roll it back alone) are held in memory, not in temporary files: they
/// serve only that rollback, never recovery after a crash, which the WAL alone provides.
/// </summary>
internal static class DocumentBatchWriter
{
    private const string Savepoint = "document";

    /// <summary>
    /// Writes the documents, in order, as they are prepared, and commits once; a batch whose documents are all
    /// refused opens no transaction (the store version does not move).
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="documents">The documents, prepared ahead of this writer.</param>
    /// <param name="ingestedAt">When they were ingested.</param>
    /// <param name="outcome">Receives each document written, refused before writing, or rolled back with the reason.</param>
    /// <param name="cancellationToken">Cancels the batch; nothing is committed then.</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    /// <exception cref="SqliteException">A file-level error (full, locked, I/O): the whole batch is rolled back.</exception>
    public static async Task WriteAsync(
        SqliteConnection connection,
        PreparedBatch documents,
        DateTimeOffset ingestedAt,
        BatchOutcome outcome,
        CancellationToken cancellationToken)
    {
        SqliteTransaction? transaction = null;
        await ConfigureAsync(connection, $"PRAGMA wal_autocheckpoint = {WalCheckpointer.BatchAutoCheckpointPages}; PRAGMA temp_store = MEMORY;", cancellationToken)
            .ConfigureAwait(false);
        try
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var preparation = await documents.GetAsync(i, cancellationToken).ConfigureAwait(false);
                if (preparation.Document is not { } document)
                {
                    outcome.Refused.Add(preparation);
                    continue;
                }

                transaction ??= (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await transaction.SaveAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                try
                {
                    await DocumentWriter.WriteAsync(connection, transaction, document, ingestedAt, cancellationToken).ConfigureAwait(false);
                    await transaction.ReleaseAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                    outcome.Written.Add(document);
                }
                catch (SqliteException ex) when (IsDocumentError(ex))
                {
                    await transaction.RollbackAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                    await transaction.ReleaseAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                    outcome.RolledBack.Add((preparation, ex));
                }
            }

            if (transaction is not null)
            {
                await StoreVersion.IncrementAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            // The connection goes back to the pool: its other uses checkpoint on commit, and sort into temporary
            // files, as SQLite does by default.
            await ConfigureAsync(connection, $"PRAGMA wal_autocheckpoint = {WalCheckpointer.DefaultAutoCheckpointPages}; PRAGMA temp_store = DEFAULT;", CancellationToken.None)
                .ConfigureAwait(false);
        }
    }

    private static async Task ConfigureAsync(SqliteConnection connection, FormattableString pragmas, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // PRAGMA takes no parameters; the values are constants.
        command.CommandText = pragmas.ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A constraint or value error belongs to the document; anything else (full, busy, I/O, corrupt) to the file.</summary>
    private static bool IsDocumentError(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is 19 /* SQLITE_CONSTRAINT */ or 18 /* SQLITE_TOOBIG */ or 20 /* SQLITE_MISMATCH */;
}
