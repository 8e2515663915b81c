using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>What one ingestion run did, and the size of the graph after it.</summary>
/// <param name="Folder">The folder's full path.</param>
/// <param name="DocumentsSeen">The .md and .txt files found.</param>
/// <param name="Ingested">Documents extracted and written (new or changed).</param>
/// <param name="Unchanged">Documents whose content hash matched the store's, left as they were.</param>
/// <param name="Removed">Documents in the store but no longer in the folder, removed with their evidence.</param>
/// <param name="Skipped">Documents that could not be ingested, with the reason.</param>
/// <param name="Diagnostics">Extraction diagnostics over the ingested documents.</param>
/// <param name="Statistics">The store's counts after the run (entities, edges per type).</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record IngestionSummary(
    string Folder,
    int DocumentsSeen,
    int Ingested,
    int Unchanged,
    int Removed,
    IReadOnlyList<SkippedDocument> Skipped,
    int Diagnostics,
    GraphStatistics Statistics,
    TimeSpan Elapsed)
{
    /// <summary>The source (folder) the documents went to.</summary>
    /// <value>The default value is <see cref="Core.Documents.SourceNames.Default"/>.</value>
    public string Source { get; init; } = Core.Documents.SourceNames.Default;

    /// <summary>Whether any document was skipped: the worker's and the CLI's exit code say so.</summary>
    public bool HasSkipped => Skipped.Count > 0;
}
