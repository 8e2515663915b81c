namespace GraphExplorer.Core.Documents;

/// <summary>A document the store has ingested.</summary>
/// <param name="Document">The document's path relative to its source folder.</param>
/// <param name="ContentHash">The SHA-256 of its bytes when it was ingested.</param>
public sealed record DocumentRecord(string Document, string ContentHash)
{
    /// <summary>The source (folder) the document belongs to.</summary>
    /// <value>The default value is <see cref="SourceNames.Default"/>.</value>
    public string Source { get; init; } = SourceNames.Default;
}
