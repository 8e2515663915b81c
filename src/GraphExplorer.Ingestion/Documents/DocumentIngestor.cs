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
    /// <param name="cancellationToken">
    /// Stops the run between documents; the documents extracted before it are still written, each whole, so the store is
    /// left in a committed state.
    /// </param>
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
    /// <param name="cancellationToken">
    /// Stops the run between documents; the documents extracted before it are still written, each whole, so the store is
    /// left in a committed state.
    /// </param>
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
    /// <see cref="IngestionOptions.WriteBatchWindow"/>, each still all or nothing; a crash keeps the last commit. A batch is
    /// written in the background while the documents after it are read and extracted; at most one is in flight.
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

        // Files are read and extracted ahead of the writer (several at once with the rules; one ahead with a model,
        // whose calls stay one at a time) and handled strictly in file order, so the result is the same as one by one;
        // each batch is written in the background (one at a time) while the next is gathered.
        var hashes = files.Select(f => stored.GetValueOrDefault(f.Document)).ToArray();
        var window = asyncExtractor is null ? limits.ExtractionConcurrency : 1;
        var ahead = new ReadAhead<(DocumentReading Reading, DocumentExtraction? Extraction)>(
            files.Count, window, (i, ct) => PrepareAsync(reader, files[i], hashes[i], source, ct), cancellationToken);
        var run = new IngestionRun(store, limits, timeProvider, logger, source, stored);
        await using (run.ConfigureAwait(false))
        await using (ahead.ConfigureAwait(false))
        {
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new IngestionProgress(i + 1, files.Count, files[i].Document));
                    await HandleAsync(files[i], ahead, run, cancellationToken).ConfigureAwait(false);
                    await run.WriteIfDueAsync(cancellationToken).ConfigureAwait(false);
                }

                await run.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (run.HasUnwritten)
            {
                // Stopped between or inside reading documents: the ones extracted so far are kept (the batch in flight
                // and the one gathered), as one transaction each would have.
                await run.FlushAsync(CancellationToken.None).ConfigureAwait(false);
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
            root, files.Count, run.Ingested, run.Unchanged, removed, run.Skipped, run.Diagnostics, statistics, timeProvider.GetElapsedTime(started))
        {
            Source = source,
        };
        logger.IngestionCompleted(
            root,
            summary.Elapsed,
            summary.DocumentsSeen,
            run.Ingested,
            run.Unchanged,
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

    /// <summary>Takes the next document's reading and extraction and hands it to the run: counted, skipped or gathered.</summary>
    /// <remarks>A skip waits for the batch in flight; an error of the store there ends the run (it is no reason to skip).</remarks>
    private static async Task HandleAsync(
        DocumentFile file,
        ReadAhead<(DocumentReading Reading, DocumentExtraction? Extraction)> ahead,
        IngestionRun run,
        CancellationToken cancellationToken)
    {
        var (document, path, _) = file;
        (string Reason, Exception? Error)? skip = null;
        DocumentExtraction? extraction = null;
        try
        {
            var (reading, extracted) = await ahead.NextAsync().ConfigureAwait(false);

            // Read ahead before a cancel: the run stops here all the same, as if its read had been cancelled.
            cancellationToken.ThrowIfCancellationRequested();
            if (reading.SkipReason is { } reason)
            {
                skip = (reason, null);
            }
            else if (extracted is null)
            {
                run.CountUnchanged(document);
            }
            else
            {
                extraction = extracted;
            }
        }
        catch (DocumentExtractionException ex)
        {
            // Extraction could not finish (the model failed): report it, and keep what the store holds for the document.
            run.ReportNotExtracted(document, path, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            skip = ($"{ex.GetType().Name}: {ex.Message}", ex);
        }

        // Outside the catch: a store that fails while the document is skipped ends the run, it is no reason to skip it.
        if (skip is ({ } skipReason, var skipError))
        {
            await run.SkipAsync(document, path, skipReason, skipError, cancellationToken).ConfigureAwait(false);
        }
        else if (extraction is not null)
        {
            run.Add(extraction, path);
        }
    }
}
