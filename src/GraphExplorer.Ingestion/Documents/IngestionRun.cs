using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// One run's documents as they are handled, strictly in file order: counted, skipped with their reason, or gathered
/// into batches that are written behind the run (<see cref="WriteBehind"/>, one batch in flight). A skipped document
/// the store holds is removed from it only after the batch before it is written, so the store sees the same writes in
/// the same order as when each batch was written in place.
/// </summary>
internal sealed class IngestionRun : IAsyncDisposable
{
    private readonly IGraphStore _store;
    private readonly ILogger _logger;
    private readonly Dictionary<string, string> _stored;
    private readonly PendingWrites _pending;
    private readonly WriteBehind _writes;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="store">The store written.</param>
    /// <param name="options">The batch bounds.</param>
    /// <param name="timeProvider">Times the batch window.</param>
    /// <param name="logger">Told about each document.</param>
    /// <param name="source">The source the documents go to.</param>
    /// <param name="stored">The source's documents the store holds, with their hashes; a skipped one is removed from it.</param>
    public IngestionRun(
        IGraphStore store, IngestionOptions options, TimeProvider timeProvider, ILogger logger, string source, Dictionary<string, string> stored)
    {
        _store = store;
        _logger = logger;
        _stored = stored;
        Source = source;
        _pending = new PendingWrites(store, options, timeProvider);
        _writes = new WriteBehind(store, options);
    }

    /// <summary>The source the documents go to.</summary>
    public string Source { get; }

    /// <summary>The documents written so far (durable).</summary>
    public int Ingested { get; private set; }

    /// <summary>The documents left alone because the store holds them as they are.</summary>
    public int Unchanged { get; private set; }

    /// <summary>The extraction diagnostics of the documents written.</summary>
    public int Diagnostics { get; private set; }

    /// <summary>The documents skipped, each with its reason, in the order they were reported.</summary>
    public List<SkippedDocument> Skipped { get; } = [];

    /// <summary>Whether some document is gathered or being written and not yet told about.</summary>
    public bool HasUnwritten => !_pending.IsEmpty || _writes.IsWriting;

    /// <summary>Counts a document the store holds unchanged.</summary>
    /// <param name="document">The document.</param>
    public void CountUnchanged(string document)
    {
        _logger.DocumentUnchanged(DocumentNames.ForDisplay(document));
        Unchanged++;
    }

    /// <summary>Reports a document whose extraction could not finish (a model failed); what the store holds for it stays.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">Its file.</param>
    /// <param name="exception">Why.</param>
    public void ReportNotExtracted(string document, string path, DocumentExtractionException exception)
    {
        _logger.DocumentSkipped(DocumentNames.ForDisplay(document), exception.Message, exception);
        Skipped.Add(new SkippedDocument(document, path, exception.Message));
    }

    /// <summary>Adds an extracted document to the batch being gathered.</summary>
    /// <param name="extraction">The document's extraction, its graph ready to write.</param>
    /// <param name="path">Its file.</param>
    public void Add(DocumentExtraction extraction, string path)
    {
        foreach (var diagnostic in extraction.Diagnostics)
        {
            _logger.ExtractionDiagnostic(DocumentNames.ForDisplay(diagnostic.Document), diagnostic.Line, diagnostic.Message);
        }

        _pending.Add(extraction, path);
    }

    /// <summary>Hands the batch being gathered to the writer if it is due (full, or open past its window).</summary>
    /// <param name="cancellationToken">Passed on to what is done for each document of the batch before.</param>
    /// <returns>A task that completes when the batch, if due, is handed over (after the one before it is written).</returns>
    /// <exception cref="Exception">The batch written before failed on the store: see <see cref="WriteBehind.WaitAsync"/>.</exception>
    public async Task WriteIfDueAsync(CancellationToken cancellationToken)
    {
        if (_pending.IsDue)
        {
            await _writes.StartAsync(_pending.Take(), WrittenAsync, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reports a skipped document and drops what an earlier version of it contributed, so no stale evidence stays; that
    /// removal waits for the batch in flight, which comes before it in file order.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="path">Its file.</param>
    /// <param name="reason">Why it is skipped.</param>
    /// <param name="exception">The error behind it, if any.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the document is reported and its old version removed.</returns>
    public async Task SkipAsync(string document, string path, string reason, Exception? exception, CancellationToken cancellationToken)
    {
        if (_stored.ContainsKey(document))
        {
            await _writes.WaitAsync(WrittenAsync, cancellationToken).ConfigureAwait(false);
        }

        await SkipNowAsync(document, path, reason, exception, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes what is gathered and waits for every batch, telling about each document.</summary>
    /// <param name="cancellationToken">Passed on to what is done for each document; the writes themselves run to their end.</param>
    /// <returns>A task that completes when every document handed over is written or refused.</returns>
    /// <exception cref="Exception">The store failed: see <see cref="WriteBehind.WaitAsync"/>.</exception>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writes.StartAsync(_pending.Take(), WrittenAsync, cancellationToken).ConfigureAwait(false);
        await _writes.WaitAsync(WrittenAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the batch in flight, if the run ends without <see cref="FlushAsync"/>, so no write outlives it.</summary>
    /// <returns>A task that completes when nothing is being written.</returns>
    public ValueTask DisposeAsync() => _writes.DisposeAsync();

    private async Task WrittenAsync(WrittenDocument written, CancellationToken cancellationToken)
    {
        var ((extraction, path), refusal) = written;
        if (refusal is not null)
        {
            await SkipNowAsync(extraction.Graph.Document, path, $"{refusal.GetType().Name}: {refusal.Message}", refusal, cancellationToken).ConfigureAwait(false);
            return;
        }

        _logger.DocumentIngested(DocumentNames.ForDisplay(extraction.Graph.Document), extraction.Graph.Entities.Count, extraction.Graph.Relationships.Count);
        Diagnostics += extraction.Diagnostics.Count;
        Ingested++;
    }

    private async Task SkipNowAsync(string document, string path, string reason, Exception? exception, CancellationToken cancellationToken)
    {
        _logger.DocumentSkipped(DocumentNames.ForDisplay(document), reason, exception);
        Skipped.Add(new SkippedDocument(document, path, reason));
        if (_stored.Remove(document))
        {
            await _store.RemoveDocumentAsync(Source, document, cancellationToken).ConfigureAwait(false);
        }
    }
}
