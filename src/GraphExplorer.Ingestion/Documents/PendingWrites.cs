using System.Text;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// The extracted documents of a run waiting to be written: on a store that writes batches
/// (<see cref="IBatchGraphStore"/>) they are committed together once the batch is full (documents or bytes) or its
/// first document has waited long enough; on any other store each is written as soon as it is added.
/// </summary>
/// <param name="store">The store written.</param>
/// <param name="options">The batch bounds.</param>
/// <param name="timeProvider">Times the batch window.</param>
internal sealed class PendingWrites(IGraphStore store, IngestionOptions options, TimeProvider timeProvider)
{
    private readonly List<(DocumentExtraction Extraction, string Path)> _pending = [];
    private readonly IBatchGraphStore? _batchStore = options.WriteBatchDocuments > 1 ? store as IBatchGraphStore : null;
    private long _bytes;
    private long _openedAt;

    /// <summary>Whether no document is waiting.</summary>
    public bool IsEmpty => _pending.Count == 0;

    /// <summary>Whether the batch should be committed now: full, or open for longer than its window.</summary>
    public bool IsDue =>
        _pending.Count > 0
        && (_batchStore is null
            || _pending.Count >= options.WriteBatchDocuments
            || _bytes >= options.WriteBatchBytes
            || timeProvider.GetElapsedTime(_openedAt) >= options.WriteBatchWindow);

    /// <summary>Adds an extracted document.</summary>
    /// <param name="extraction">The document's extraction, its graph ready to write.</param>
    /// <param name="path">The document's file, for skip reports.</param>
    public void Add(DocumentExtraction extraction, string path)
    {
        if (_pending.Count == 0)
        {
            _openedAt = timeProvider.GetTimestamp();
        }

        _pending.Add((extraction, path));
        _bytes += extraction.Graph.Text is { } text ? Encoding.UTF8.GetByteCount(text) : 0;
    }

    /// <summary>
    /// Writes the waiting documents, in order, telling <paramref name="written"/> about each: with no error once it is
    /// durable, or with the error that made the store refuse that document alone (it was rolled back, the others kept).
    /// </summary>
    /// <param name="written">Told about each document, in order.</param>
    /// <param name="cancellationToken">Cancels the write; what is being committed is then rolled back.</param>
    /// <returns>A task that completes when every waiting document is written or refused.</returns>
    /// <exception cref="Exception">
    /// The store failed (full, locked, unreachable): the documents before the first that could not be written are
    /// kept (a failed batch is retried one document at a time to find it), that one and those after are not.
    /// </exception>
    public async Task FlushAsync(Func<DocumentExtraction, string, Exception?, Task> written, CancellationToken cancellationToken)
    {
        var batch = _pending.ToArray();
        _pending.Clear();
        _bytes = 0;
        if (batch.Length == 0)
        {
            return;
        }

        if (_batchStore is not null && batch.Length > 1)
        {
            IReadOnlyList<DocumentWriteFailure>? failures = null;
            try
            {
                failures = await _batchStore.WriteDocumentsAsync([.. batch.Select(b => b.Extraction.Graph)], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The whole batch was rolled back: write it one by one, so everything before the first that does not fit is kept.
            }

            if (failures is not null)
            {
                var refused = failures.ToDictionary(f => f.Document, f => f.Error, StringComparer.Ordinal);
                foreach (var (extraction, path) in batch)
                {
                    await written(extraction, path, refused.GetValueOrDefault(extraction.Graph.Document)).ConfigureAwait(false);
                }

                return;
            }
        }

        foreach (var (extraction, path) in batch)
        {
            Exception? refusal = null;
            try
            {
                await store.WriteDocumentAsync(extraction.Graph, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                refusal = ex;
            }

            await written(extraction, path, refusal).ConfigureAwait(false);
        }
    }
}
