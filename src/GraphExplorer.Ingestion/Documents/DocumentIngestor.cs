using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// Ingests a folder of .md and .txt documents into its source in the graph store: new and changed documents (by
/// SHA-256 of their bytes) are extracted and written with their text, each replacing its own evidence; unchanged
/// ones are left alone; the source's documents gone from the folder are removed, other sources' never. A bad
/// document is reported with its reason and skipped. One run at a time writes a store (its writer lock).
/// </summary>
/// <param name="store">The graph store.</param>
/// <param name="extractor">Reads entities and relationships out of a document's text.</param>
/// <param name="options">The limits documents are held to.</param>
/// <param name="logger">The logger.</param>
/// <param name="timeProvider">Times the run.</param>
/// <param name="asyncExtractor">When registered (e.g. model-assisted extraction), awaited per document instead of <paramref name="extractor"/>.</param>
public sealed class DocumentIngestor(
    IGraphStore store,
    IDocumentExtractor extractor,
    IOptions<IngestionOptions> options,
    ILogger<DocumentIngestor> logger,
    TimeProvider timeProvider,
    IAsyncDocumentExtractor? asyncExtractor = null)
{
    /// <summary>Ingests a folder, recursively, in ordinal order of the documents' relative paths, into its source.</summary>
    /// <param name="folder">The folder to read.</param>
    /// <param name="progress">Told as each document starts; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run between documents or inside a write (which then leaves the previous state).</param>
    /// <returns>The summary: documents seen, ingested, unchanged, removed and skipped, and the graph's size after.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="folder"/> or a folder inside it cannot be read; nothing is removed from the store then.</exception>
    /// <exception cref="GraphStoreBusyException">Another ingestion is writing the store.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public Task<IngestionSummary> IngestAsync(string folder, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken) =>
        IngestAsync(new IngestionRequest(folder), progress, cancellationToken);

    /// <summary>
    /// Ingests a folder into its source, holding the store's writer lock for the whole run: the folder's new and
    /// changed documents are written, its unchanged ones left alone, and only ITS documents that are gone from it
    /// are removed; other sources' documents are untouched.
    /// </summary>
    /// <param name="request">The folder, the source name and whether to follow symbolic links.</param>
    /// <param name="progress">Told as each document starts; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run between documents or inside a write (which then leaves the previous state).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">The folder is empty or the source name is not valid.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a folder inside it cannot be read; nothing is removed from the store then.</exception>
    /// <exception cref="GraphStoreBusyException">Another ingestion is writing the store.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>
    /// A document that cannot be read, extracted or written is skipped; a store that fails (locked, full, unreachable)
    /// ends the run with the store's exception, keeping the documents written before it. On a store that writes
    /// batches (<see cref="IBatchGraphStore"/>) documents are committed many per transaction, bounded by
    /// <see cref="IngestionOptions.WriteBatchDocuments"/>, <see cref="IngestionOptions.WriteBatchBytes"/> and
    /// <see cref="IngestionOptions.WriteBatchWindow"/>, each still all or nothing; a crash keeps the last commit.
    /// </remarks>
    public async Task<IngestionSummary> IngestAsync(IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = CheckFolder(request.Folder);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var writerLock = await store.AcquireWriterLockAsync(cancellationToken).ConfigureAwait(false);
        return await IngestLockedAsync(root, request, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ingests a folder only into a store that has never been written (so <c>seeds/</c> can fill a new store), deciding
    /// that under the writer lock: a store another ingestion is writing, or has written, is left alone.
    /// </summary>
    /// <param name="request">The folder.</param>
    /// <param name="progress">Told as each document starts; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The summary, or <see langword="null"/> when the store was written before or is being written.</returns>
    /// <exception cref="ArgumentException">The folder is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async Task<IngestionSummary?> IngestIntoNewStoreAsync(
        IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = CheckFolder(request.Folder);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        IAsyncDisposable writerLock;
        try
        {
            writerLock = await store.AcquireWriterLockAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GraphStoreBusyException ex)
        {
            logger.StoreBusy(ex.Message);
            return null;
        }

        await using (writerLock.ConfigureAwait(false))
        {
            return await store.HasBeenWrittenAsync(cancellationToken).ConfigureAwait(false)
                ? null
                : await IngestLockedAsync(root, request, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string CheckFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Directory.Exists(root) ? root : throw new DirectoryNotFoundException($"The folder to ingest, '{root}', does not exist.");
    }

    private async Task<IngestionSummary> IngestLockedAsync(
        string root, IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var limits = options.Value;
        var reader = new DocumentReader(limits.MaxDocumentBytes, limits.MaxLineLength);
        var files = DocumentFolder.Enumerate(root, request.FollowSymlinks);
        var source = (await SourceResolver.ResolveAsync(store, root, request.Source, files, cancellationToken).ConfigureAwait(false)).Name;
        var stored = (await store.GetDocumentsAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => string.Equals(d.Source, source, StringComparison.Ordinal))
            .ToDictionary(d => d.Document, d => d.ContentHash, StringComparer.Ordinal);
        logger.IngestionStarted(files.Count, root, source);

        var run = new Run(source, stored, []);
        int ingested = 0, unchanged = 0, diagnostics = 0;
        var pending = new PendingWrites(store, limits, timeProvider);
        var writes = new WriteBehind(store, limits);
        async Task Written(WrittenDocument written, CancellationToken flushToken)
        {
            var ((extraction, path), refusal) = written;
            if (refusal is not null)
            {
                await SkipAsync(extraction.Graph.Document, path, $"{refusal.GetType().Name}: {refusal.Message}", refusal, run, flushToken).ConfigureAwait(false);
                return;
            }

            logger.DocumentIngested(DocumentNames.ForDisplay(extraction.Graph.Document), extraction.Graph.Entities.Count, extraction.Graph.Relationships.Count);
            diagnostics += extraction.Diagnostics.Count;
            ingested++;
        }

        // A skipped document the store holds is removed from it, after the batch in flight (which comes before it).
        async Task SkipInOrderAsync(string document, string path, string reason, Exception? exception, CancellationToken skipToken)
        {
            if (run.Stored.ContainsKey(document))
            {
                await writes.WaitAsync(Written, skipToken).ConfigureAwait(false);
            }

            await SkipAsync(document, path, reason, exception, run, skipToken).ConfigureAwait(false);
        }

        // Files are read and extracted ahead of the writer (several at once with the rules; one ahead with a model,
        // whose calls stay one at a time) and handled strictly in file order, so the result is the same as one by one;
        // each full batch is written in the background (one at a time) while the next is gathered.
        var hashes = files.Select(f => stored.GetValueOrDefault(f.Document)).ToArray();
        var window = asyncExtractor is null ? limits.ExtractionConcurrency : 1;
        var ahead = new ReadAhead<(DocumentReading Reading, DocumentExtraction? Extraction)>(
            files.Count, window, (i, ct) => PrepareAsync(reader, files[i], hashes[i], source, ct), cancellationToken);
        await using (writes.ConfigureAwait(false))
        await using (ahead.ConfigureAwait(false))
        {
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (document, path, _) = files[i];
                    progress?.Report(new IngestionProgress(i + 1, files.Count, document));
                    DocumentExtraction? extraction = null;
                    (string Reason, Exception? Error)? skip = null;
                    try
                    {
                        var (reading, extracted) = await ahead.NextAsync().ConfigureAwait(false);

                        // Read ahead before a cancel: the run stops here all the same, as if its read had been cancelled.
                        cancellationToken.ThrowIfCancellationRequested();
                        if (reading.SkipReason is { } reason)
                        {
                            skip = (reason, null);
                        }
                        else if (extracted is not null)
                        {
                            extraction = LogDiagnostics(extracted);
                        }
                        else
                        {
                            logger.DocumentUnchanged(DocumentNames.ForDisplay(document));
                            unchanged++;
                        }
                    }
                    catch (DocumentExtractionException ex)
                    {
                        // Extraction could not finish (the model failed): report it, and keep what the store holds for the document.
                        logger.DocumentSkipped(DocumentNames.ForDisplay(document), ex.Message, ex);
                        run.Skipped.Add(new SkippedDocument(document, path, ex.Message));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        skip = ($"{ex.GetType().Name}: {ex.Message}", ex);
                    }

                    // Outside the catch: a store that fails while the skip is handled ends the run, it is no reason to skip.
                    if (skip is ({ } skipReason, var skipError))
                    {
                        await SkipInOrderAsync(document, path, skipReason, skipError, cancellationToken).ConfigureAwait(false);
                    }

                    if (extraction is not null)
                    {
                        pending.Add(extraction, path);
                    }

                    if (pending.IsDue)
                    {
                        await writes.StartAsync(pending.Take(), Written, cancellationToken).ConfigureAwait(false);
                    }
                }

                await writes.StartAsync(pending.Take(), Written, cancellationToken).ConfigureAwait(false);
                await writes.WaitAsync(Written, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!pending.IsEmpty || writes.IsWriting)
            {
                // Stopped between or inside reading documents: the ones extracted so far are kept (the batch in flight
                // and the one gathered), as one transaction each would have.
                await writes.StartAsync(pending.Take(), Written, CancellationToken.None).ConfigureAwait(false);
                await writes.WaitAsync(Written, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        var removed = 0;
        var present = files.Select(f => f.Document).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in stored.Keys.Where(d => !present.Contains(d)).Order(StringComparer.Ordinal).ToArray())
        {
            await store.RemoveDocumentAsync(source, gone, cancellationToken).ConfigureAwait(false);
            logger.DocumentRemoved(DocumentNames.ForDisplay(gone));
            removed++;
        }

        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var summary = new IngestionSummary(
            root, files.Count, ingested, unchanged, removed, run.Skipped, diagnostics, statistics, timeProvider.GetElapsedTime(started))
        {
            Source = source,
        };
        logger.IngestionCompleted(
            root,
            summary.Elapsed,
            summary.DocumentsSeen,
            ingested,
            unchanged,
            removed,
            run.Skipped.Count,
            statistics.Entities,
            statistics.Edges,
            string.Join(", ", statistics.EdgesByType.Select(p => $"{p.Key.ToWireName()} {p.Value}")));
        return summary;
    }

    /// <summary>Reads one file and, when it is new or changed and readable, extracts it (run ahead of the writer, on the thread pool).</summary>
    private async Task<(DocumentReading Reading, DocumentExtraction? Extraction)> PrepareAsync(
        DocumentReader reader, DocumentFile file, string? storedHash, string source, CancellationToken cancellationToken)
    {
        var reading = file.Refused is null
            ? await reader.ReadAsync(file.Path, file.Document, storedHash, cancellationToken).ConfigureAwait(false)
            : DocumentReading.Skip(file.Refused);
        if (reading.SkipReason is not null || reading.Source is not { } text)
        {
            return (reading, null);
        }

        var extraction = asyncExtractor is null
            ? extractor.Extract(text)
            : await asyncExtractor.ExtractAsync(text, cancellationToken).ConfigureAwait(false);
        return (reading, extraction with
        {
            Graph = extraction.Graph with { Source = source, Text = text.Text, Date = FrontMatter.Date(text.Text) },
        });
    }

    private DocumentExtraction LogDiagnostics(DocumentExtraction extraction)
    {
        foreach (var diagnostic in extraction.Diagnostics)
        {
            logger.ExtractionDiagnostic(DocumentNames.ForDisplay(diagnostic.Document), diagnostic.Line, diagnostic.Message);
        }

        return extraction;
    }

    /// <summary>Reports a skipped document and drops what an earlier version of it contributed, so no stale evidence stays.</summary>
    private async Task SkipAsync(string document, string path, string reason, Exception? exception, Run run, CancellationToken cancellationToken)
    {
        logger.DocumentSkipped(DocumentNames.ForDisplay(document), reason, exception);
        run.Skipped.Add(new SkippedDocument(document, path, reason));
        if (run.Stored.Remove(document))
        {
            await store.RemoveDocumentAsync(run.Source, document, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The state of one run: its source, the hashes the store holds for it, the documents skipped.</summary>
    private sealed record Run(string Source, Dictionary<string, string> Stored, List<SkippedDocument> Skipped);
}
