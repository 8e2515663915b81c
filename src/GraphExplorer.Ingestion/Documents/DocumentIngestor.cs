using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// Ingests a folder of .md and .txt documents into the graph store: new and changed documents (by SHA-256 of
/// their bytes) are extracted and written, each replacing its own evidence; unchanged ones are left alone;
/// documents gone from the folder are removed. A bad document is reported with its reason and skipped.
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
    /// <summary>Ingests a folder, recursively, in ordinal order of the documents' relative paths.</summary>
    /// <param name="folder">The folder to read.</param>
    /// <param name="progress">Told as each document starts; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run between documents or inside a write (which then leaves the previous state).</param>
    /// <returns>The summary: documents seen, ingested, unchanged, removed and skipped, and the graph's size after.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="folder"/> or a folder inside it cannot be read; nothing is removed from the store then.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>
    /// A document that cannot be read or extracted is skipped; a store that fails (locked, full, unreachable) ends the
    /// run with the store's exception, keeping the documents written before it.
    /// </remarks>
    public async Task<IngestionSummary> IngestAsync(string folder, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The folder to ingest, '{root}', does not exist.");
        }

        var started = timeProvider.GetTimestamp();
        var limits = options.Value;
        var reader = new DocumentReader(limits.MaxDocumentBytes, limits.MaxLineLength);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var stored = (await store.GetDocumentsAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.Document, d => d.ContentHash, StringComparer.Ordinal);
        var files = DocumentFolder.Enumerate(root);
        logger.IngestionStarted(files.Count, root);

        int ingested = 0, unchanged = 0, diagnostics = 0;
        var skipped = new List<SkippedDocument>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (document, path) = files[i];
            progress?.Report(new IngestionProgress(i + 1, files.Count, document));
            DocumentExtraction? extraction = null;
            try
            {
                var reading = await reader.ReadAsync(path, document, stored.GetValueOrDefault(document), cancellationToken).ConfigureAwait(false);
                if (reading.SkipReason is { } reason)
                {
                    await SkipAsync(document, path, reason, null, stored, skipped, cancellationToken).ConfigureAwait(false);
                }
                else if (reading.Source is { } source)
                {
                    extraction = LogDiagnostics(asyncExtractor is null
                        ? extractor.Extract(source)
                        : await asyncExtractor.ExtractAsync(source, cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    logger.DocumentUnchanged(document);
                    unchanged++;
                }
            }
            catch (DocumentExtractionException ex)
            {
                // Extraction could not finish (the model failed): report it, and keep what the store holds for the document.
                logger.DocumentSkipped(document, ex.Message, ex);
                skipped.Add(new SkippedDocument(document, path, ex.Message));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await SkipAsync(document, path, $"{ex.GetType().Name}: {ex.Message}", ex, stored, skipped, cancellationToken).ConfigureAwait(false);
            }

            if (extraction is not null && await TryWriteAsync(extraction, path, stored, skipped, cancellationToken).ConfigureAwait(false))
            {
                diagnostics += extraction.Diagnostics.Count;
                ingested++;
            }
        }

        var removed = 0;
        var present = files.Select(f => f.Document).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in stored.Keys.Where(d => !present.Contains(d)).Order(StringComparer.Ordinal))
        {
            await store.RemoveDocumentAsync(gone, cancellationToken).ConfigureAwait(false);
            logger.DocumentRemoved(gone);
            removed++;
        }

        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var summary = new IngestionSummary(
            root, files.Count, ingested, unchanged, removed, skipped, diagnostics, statistics, timeProvider.GetElapsedTime(started));
        logger.IngestionCompleted(
            root,
            summary.Elapsed,
            summary.DocumentsSeen,
            ingested,
            unchanged,
            removed,
            skipped.Count,
            statistics.Entities,
            statistics.Edges,
            string.Join(", ", statistics.EdgesByType.Select(p => $"{p.Key.ToWireName()} {p.Value}")));
        return summary;
    }

    private DocumentExtraction LogDiagnostics(DocumentExtraction extraction)
    {
        foreach (var diagnostic in extraction.Diagnostics)
        {
            logger.ExtractionDiagnostic(diagnostic.Document, diagnostic.Line, diagnostic.Message);
        }

        return extraction;
    }

    /// <summary>
    /// Writes a document's graph. A malformed graph is the document's fault and skips it; any other failure is the
    /// store's (locked, full, unreachable) and ends the run, leaving what was written: a re-run resumes from there.
    /// </summary>
    private async Task<bool> TryWriteAsync(
        DocumentExtraction extraction,
        string path,
        Dictionary<string, string> stored,
        List<SkippedDocument> skipped,
        CancellationToken cancellationToken)
    {
        var document = extraction.Graph.Document;
        try
        {
            await store.WriteDocumentAsync(extraction.Graph, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            await SkipAsync(document, path, $"{ex.GetType().Name}: {ex.Message}", ex, stored, skipped, cancellationToken).ConfigureAwait(false);
            return false;
        }

        logger.DocumentIngested(document, extraction.Graph.Entities.Count, extraction.Graph.Relationships.Count);
        return true;
    }

    /// <summary>Reports a skipped document and drops what an earlier version of it contributed, so no stale evidence stays.</summary>
    private async Task SkipAsync(
        string document,
        string path,
        string reason,
        Exception? exception,
        Dictionary<string, string> stored,
        List<SkippedDocument> skipped,
        CancellationToken cancellationToken)
    {
        logger.DocumentSkipped(document, reason, exception);
        skipped.Add(new SkippedDocument(document, path, reason));
        if (stored.Remove(document))
        {
            await store.RemoveDocumentAsync(document, cancellationToken).ConfigureAwait(false);
        }
    }
}
