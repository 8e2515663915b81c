using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Storage.Sqlite.ReadModel;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>The embedded store's bulk write path and its readers' sessions on the in-memory read model.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>How many in-memory read models this instance has built (one per store version a reader needed).</summary>
    public int ReadModelBuilds => _readModels.Builds;

    /// <summary>
    /// Writes many documents in one transaction, each inside its own savepoint: a document that cannot be written
    /// is rolled back alone (and reported), the others commit together. A crash or a file-level error (full, locked)
    /// before the commit leaves the state of the last commit; nothing is half written.
    /// </summary>
    /// <param name="documents">The documents, written in this order.</param>
    /// <param name="cancellationToken">Cancels the batch; nothing of it is committed then.</param>
    /// <returns>The documents that were rolled back, each with the reason; empty when all were written.</returns>
    /// <exception cref="SqliteGraphStoreException">The file is full, locked or unusable; the whole batch was rolled back.</exception>
    public async Task<IReadOnlyList<DocumentWriteFailure>> WriteDocumentsAsync(
        IReadOnlyList<DocumentGraph> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcome = new BatchOutcome();

        // Each document is checked and made into rows on a thread of its own, ahead of the writer, while SQLite
        // writes the one before it.
        await using (var prepared = new PreparedBatch(documents))
        {
            await RunAsync(
                async (connection, ct) =>
                {
                    await DocumentBatchWriter.WriteAsync(connection, prepared, _timeProvider.GetUtcNow(), outcome, ct).ConfigureAwait(false);
                    return true;
                },
                initialize: true,
                cancellationToken).ConfigureAwait(false);
        }

        // The batch's commit left the log to the background checkpoint (DocumentBatchWriter), so the next batch starts now.
        if (outcome.Written.Count > 0 || outcome.RolledBack.Count > 0)
        {
            _checkpointer.Request();
        }

        foreach (var document in outcome.Written)
        {
            _logger.DocumentWritten(document.Document, document.Entities.Count, document.Relationships.Count);
        }

        return
        [
            .. outcome.Refused.Select(r => new DocumentWriteFailure(r.Graph?.Document ?? string.Empty, r.Refusal!)),
            .. outcome.RolledBack.Select(r => new DocumentWriteFailure(r.Document.Graph!.Document, r.Error)),
        ];
    }

    /// <summary>Opens a reader's session: a read transaction and the in-memory model of the version it sees.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session; dispose it to end the transaction.</returns>
    internal async Task<ReadSession> OpenReadSessionAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _readModels.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (_connector.Describe(ex) is { } described)
        {
            _logger.StoreUnavailable(Path, ex.Message);
            throw described;
        }
    }
}
