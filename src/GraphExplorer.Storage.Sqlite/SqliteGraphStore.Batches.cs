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
        var failures = new List<DocumentWriteFailure>();
        var prepared = new List<PreparedDocument>(documents.Count);
        var paths = new Dictionary<string, string>(documents.Count, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            try
            {
                var checkedDocument = PreparedDocument.From(document);
                prepared.Add(checkedDocument);
                paths[checkedDocument.Document] = document.Document;
            }
            catch (ArgumentException ex)
            {
                failures.Add(new DocumentWriteFailure(document?.Document ?? string.Empty, ex));
            }
        }

        if (prepared.Count == 0)
        {
            return failures;
        }

        var rolledBack = new List<(string Document, Exception Error)>();

        await RunAsync(
            async (connection, ct) =>
            {
                await DocumentBatchWriter.WriteAsync(connection, prepared, _timeProvider.GetUtcNow(), rolledBack, ct).ConfigureAwait(false);
                return true;
            },
            initialize: true,
            cancellationToken).ConfigureAwait(false);
        failures.AddRange(rolledBack.Select(f => new DocumentWriteFailure(paths[f.Document], f.Error)));
        var failed = rolledBack.Select(f => f.Document).ToHashSet(StringComparer.Ordinal);
        foreach (var document in prepared.Where(d => !failed.Contains(d.Document)))
        {
            _logger.DocumentWritten(document.Document, document.Entities.Count, document.Relationships.Count);
        }

        return failures;
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
