using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// Writes a run's batches on the thread pool while the run goes on reading and extracting the documents after them.
/// At most one batch is in flight and batches are written in the order they are handed over. What became of each
/// document is told back on the run's side, in document order, when the run next waits (before it hands over the next
/// batch, before any other write to the store, at the end), so counts, skips and the store's writes happen in the same
/// order as when each batch was written in place.
/// </summary>
/// <param name="store">The store written.</param>
/// <param name="options">The batch bounds (<see cref="IngestionOptions.WriteBatchDocuments"/> 1 writes one document per transaction).</param>
internal sealed class WriteBehind(IGraphStore store, IngestionOptions options) : IAsyncDisposable
{
    private readonly IBatchGraphStore? _batchStore = options.WriteBatchDocuments > 1 ? store as IBatchGraphStore : null;
    private Task? _inFlight;
    private List<WrittenDocument> _written = [];

    /// <summary>Whether a batch was handed over and not waited for yet.</summary>
    public bool IsWriting => _inFlight is not null;

    /// <summary>
    /// Waits for the batch in flight (telling <paramref name="written"/> about its documents), then starts writing
    /// <paramref name="batch"/> in the background and returns. The batch is written to its end even if the run is
    /// cancelled meanwhile: its documents were extracted, and each stays all or nothing.
    /// </summary>
    /// <param name="batch">The documents, in file order; nothing starts when it is empty.</param>
    /// <param name="written">Told about each document of the batch in flight, in order, with <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Passed to <paramref name="written"/>.</param>
    /// <returns>A task that completes when the batch has started.</returns>
    /// <exception cref="Exception">The batch in flight failed: see <see cref="WaitAsync"/>.</exception>
    public async Task StartAsync(
        IReadOnlyList<PendingDocument> batch, Func<WrittenDocument, CancellationToken, Task> written, CancellationToken cancellationToken)
    {
        await WaitAsync(written, cancellationToken).ConfigureAwait(false);
        if (batch.Count == 0)
        {
            return;
        }

        var outcomes = new List<WrittenDocument>(batch.Count);
        _written = outcomes;
        _inFlight = Task.Run(() => WriteAsync(batch, outcomes), CancellationToken.None);
    }

    /// <summary>
    /// Waits for the batch in flight, if any, and tells <paramref name="written"/> about each of its documents, in
    /// order: with no error once it is durable, or with the error that made the store refuse that document alone.
    /// </summary>
    /// <param name="written">Told about each document, in order, with <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Passed to <paramref name="written"/>.</param>
    /// <returns>A task that completes when the batch is written and told about.</returns>
    /// <exception cref="Exception">
    /// The store failed (full, locked, unreachable): the documents before the first that could not be written are kept
    /// (a failed batch is retried one document at a time to find it) and told about; that one and those after are not.
    /// </exception>
    public async Task WaitAsync(Func<WrittenDocument, CancellationToken, Task> written, CancellationToken cancellationToken)
    {
        if (_inFlight is not { } inFlight)
        {
            return;
        }

        // Cleared first: what written does (a skipped document's removal) waits here too, and must find nothing in flight.
        _inFlight = null;
        var outcomes = _written;
        _written = [];
        try
        {
            await inFlight.ConfigureAwait(false);
        }
        finally
        {
            foreach (var outcome in outcomes)
            {
                await written(outcome, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Waits for the batch in flight without telling anyone about it, so no write outlives the run (and its writer lock).</summary>
    /// <returns>A task that completes when nothing is in flight.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_inFlight is { } inFlight)
        {
            _inFlight = null;
            try
            {
                await inFlight.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The run is ending with another error already; this batch's own failure adds nothing to it.
            }
        }
    }

    /// <summary>Writes a batch, adding each document's outcome to <paramref name="outcomes"/> as it becomes known.</summary>
    private async Task WriteAsync(IReadOnlyList<PendingDocument> batch, List<WrittenDocument> outcomes)
    {
        if (_batchStore is not null && batch.Count > 1)
        {
            IReadOnlyList<DocumentWriteFailure>? failures = null;
            try
            {
                failures = await _batchStore.WriteDocumentsAsync([.. batch.Select(b => b.Extraction.Graph)], CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The whole batch was rolled back: write it one by one, so everything before the first that does not fit is kept.
            }

            if (failures is not null)
            {
                var refused = failures.ToDictionary(f => f.Document, f => f.Error, StringComparer.Ordinal);
                outcomes.AddRange(batch.Select(b => new WrittenDocument(b, refused.GetValueOrDefault(b.Extraction.Graph.Document))));
                return;
            }
        }

        foreach (var document in batch)
        {
            Exception? refusal = null;
            try
            {
                await store.WriteDocumentAsync(document.Extraction.Graph, CancellationToken.None).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                refusal = ex;
            }

            outcomes.Add(new WrittenDocument(document, refusal));
        }
    }
}
