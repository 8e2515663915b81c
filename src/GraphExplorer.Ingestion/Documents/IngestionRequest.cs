namespace GraphExplorer.Ingestion.Documents;

/// <summary>What to ingest and how.</summary>
/// <param name="Folder">The folder to read, recursively.</param>
public sealed record IngestionRequest(string Folder)
{
    /// <summary>The name of the source the folder's documents go to.</summary>
    /// <value>
    /// The default value is <see langword="null"/>: the source already recorded for this folder, else the folder's
    /// name (made unique, e.g. <c>notes-2</c>). A name of an existing source points that source at this folder.
    /// </value>
    public string? Source { get; init; }

    /// <summary>Whether symbolic links are followed; followed links must stay inside the folder, and cycles are cut.</summary>
    /// <value>The default value is <see langword="false"/>: links are reported and not read.</value>
    public bool FollowSymlinks { get; init; }
}
