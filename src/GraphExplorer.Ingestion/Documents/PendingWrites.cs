using System.Runtime.ExceptionServices;
using System.Text;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// The extracted documents of a run waiting to be written. On a store that writes batches (<see cref="IBatchGraphStore"/>)
/// they are committed together, in the background while the next documents are read and extracted: a batch starts
/// as soon as the writer is free (so it grows while the writer is busy), or when it is full (documents or bytes) or its
/// first document has waited long enough; one batch is written at a time, and each batch's outcome is reported in
/// document order before the next one starts. On any other store each document is written as soon as it is added.
/// </summary>
/// <param name="store">The store written.</param>
/// <param name="options">The batch bounds.</param>
/// <param name="timeProvider">Times the batch window.</param>
internal sealed class PendingWrites(IGraphStore store, IngestionOptions options, TimeProvider timeProvider)
{
    private readonly List<(DocumentExtraction Extraction, string Path)> _pending = [];
    private readonly IBatchGraphStore? _batchStore = options.WriteBatchDocuments > 1 ? store as IBatchGraphStore : null;
    private Task<BatchOutcome>? _writing;
    private long _bytes;
    private long _openedAt;

    /// <summary>Whether no document is waiting and none is being written.</summary>
    public bool IsEmpty => _pending.Count == 0 && _writing is null;

    /// <summary>Whether the waiting documents should be committed now: the writer is free, or the batch is full or open for longer than its window.</summary>
    public bool IsDue =>
        _pending.Count > 0
        && (_batchStore is null
            || _writing is null
            || _writing.IsCompleted
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
    /// Starts committing the waiting documents: first waits for the batch being written and reports it (see
    /// <see cref="CompleteAsync"/>), then, on a batch store, writes the waiting ones in the background; on any other
    /// store writes them now, one by one.
    /// </summary>
    /// <param name="written">Told about each document, in order: with no error once it is durable, or with the error that made the store refuse that document alone.</param>
    /// <param name="cancellationToken">Cancels a write on a store without batches (then rolled back); a batch written in the background is not cancelled.</param>
    /// <returns>A task that completes when the batch has started (or, on a store without batches, is written).</returns>
    /// <exception cref="Exception">The batch before failed (store full, locked, unreachable; see <see cref="CompleteAsync"/>).</exception>
    public async Task StartFlushAsync(Func<DocumentExtraction, string, Exception?, Task> written, CancellationToken cancellationToken)
    {
        await CompleteAsync(written).ConfigureAwait(false);
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToArray();
        _pending.Clear();
        _bytes = 0;
        if (_batchStore is null)
        {
            await ReportAsync(await WriteAsync(batch, cancellationToken).ConfigureAwait(false), written).ConfigureAwait(false);
            return;
        }

        // The store's calls run synchronously inside: on the thread pool, so reading and extraction go on meanwhile. A
        // batch in the background is not cancelled: a cancel waits for it (one batch at most), so every document
        // extracted before the cancel is kept, as when each document was written before the next was read.
        _writing = Task.Run(() => WriteAsync(batch, CancellationToken.None), CancellationToken.None);
    }

    /// <summary>Writes every waiting document and waits until each is written or refused.</summary>
    /// <param name="written">Told about each document, in order.</param>
    /// <param name="cancellationToken">Cancels the write; what is being committed is then rolled back.</param>
    /// <returns>A task that completes when nothing is waiting or being written.</returns>
    /// <exception cref="Exception">The store failed (see <see cref="CompleteAsync"/>).</exception>
    public async Task FlushAsync(Func<DocumentExtraction, string, Exception?, Task> written, CancellationToken cancellationToken)
    {
        await StartFlushAsync(written, cancellationToken).ConfigureAwait(false);
        await CompleteAsync(written).ConfigureAwait(false);
    }

    /// <summary>Waits for the batch being written, if any, and reports its documents in order.</summary>
    /// <param name="written">Told about each document, in order.</param>
    /// <returns>A task that completes when the batch is reported.</returns>
    /// <exception cref="Exception">
    /// The store failed (full, locked, unreachable): the documents before the first that could not be written are
    /// kept (a failed batch is retried one document at a time to find it), that one and those after are not. After a
    /// cancel the documents still waiting are dropped too, so a cancelled batch leaves no gap before later documents.
    /// </exception>
    public async Task CompleteAsync(Func<DocumentExtraction, string, Exception?, Task> written)
    {
        if (_writing is not { } writing)
        {
            return;
        }

        _writing = null;
        var outcome = await writing.ConfigureAwait(false);
        if (outcome.Error?.SourceException is OperationCanceledException)
        {
            _pending.Clear();
            _bytes = 0;
        }

        await ReportAsync(outcome, written).ConfigureAwait(false);
    }

    private static async Task ReportAsync(BatchOutcome outcome, Func<DocumentExtraction, string, Exception?, Task> written)
    {
        foreach (var (extraction, path, refusal) in outcome.Done)
        {
            await written(extraction, path, refusal).ConfigureAwait(false);
        }

        outcome.Error?.Throw();
    }

    /// <summary>Writes a batch; never throws: a store error ends the batch and is returned with the documents done before it.</summary>
    private async Task<BatchOutcome> WriteAsync((DocumentExtraction Extraction, string Path)[] batch, CancellationToken cancellationToken)
    {
        var done = new List<(DocumentExtraction Extraction, string Path, Exception? Refusal)>(batch.Length);
        try
        {
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
                    done.AddRange(batch.Select(b => (b.Extraction, b.Path, refused.GetValueOrDefault(b.Extraction.Graph.Document))));
                    return new BatchOutcome(done, null);
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

                done.Add((extraction, path, refusal));
            }

            return new BatchOutcome(done, null);
        }
        catch (Exception ex)
        {
            return new BatchOutcome(done, ExceptionDispatchInfo.Capture(ex));
        }
    }
}
