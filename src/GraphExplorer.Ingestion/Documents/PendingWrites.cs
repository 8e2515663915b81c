using System.Text;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// The extracted documents of a run gathered into the next batch: on a store that writes batches
/// (<see cref="IBatchGraphStore"/>) a batch is due once it is full (documents or bytes) or its first document has
/// waited long enough; on any other store each document is due as soon as it is added.
/// </summary>
/// <param name="store">The store written.</param>
/// <param name="options">The batch bounds.</param>
/// <param name="timeProvider">Times the batch window.</param>
internal sealed class PendingWrites(IGraphStore store, IngestionOptions options, TimeProvider timeProvider)
{
    private readonly List<PendingDocument> _pending = [];
    private readonly bool _batches = options.WriteBatchDocuments > 1 && store is IBatchGraphStore;
    private long _bytes;
    private long _openedAt;

    /// <summary>Whether no document is waiting.</summary>
    public bool IsEmpty => _pending.Count == 0;

    /// <summary>Whether the batch should be written now: full, or open for longer than its window.</summary>
    public bool IsDue =>
        _pending.Count > 0
        && (!_batches
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

        _pending.Add(new PendingDocument(extraction, path));
        _bytes += extraction.Graph.Text is { } text ? Encoding.UTF8.GetByteCount(text) : 0;
    }

    /// <summary>Takes the waiting documents, in the order they were added, and opens an empty batch.</summary>
    /// <returns>The documents; empty when none was waiting.</returns>
    public IReadOnlyList<PendingDocument> Take()
    {
        var batch = _pending.ToArray();
        _pending.Clear();
        _bytes = 0;
        return batch;
    }
}
