using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Documents;

/// <summary>
/// Everything one document contributes to the graph. A store writes it as one unit: it replaces whatever
/// the same document contributed before, so re-ingesting is idempotent and a changed document replaces its
/// own evidence.
/// </summary>
/// <param name="Document">The document's path relative to its source folder (forward slashes).</param>
/// <param name="ContentHash">The SHA-256 of the document's bytes, lower-case hex.</param>
/// <param name="Entities">The entities the document mentions (aliases as seen in this document).</param>
/// <param name="Relationships">The relationships it states, each with this document's evidence only.</param>
public sealed record DocumentGraph(
    string Document,
    string ContentHash,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships)
{
    /// <summary>The source (folder) the document belongs to; (source, path) identifies it in a store.</summary>
    /// <value>The default value is <see cref="SourceNames.Default"/>.</value>
    public string Source { get; init; } = SourceNames.Default;

    /// <summary>The document's text, kept by the store so that evidence can be read in context.</summary>
    /// <value>The default value is <see langword="null"/>: no text is kept.</value>
    public string? Text { get; init; }

    /// <summary>The <c>date:</c> of the document's front matter as written.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Date { get; init; }
}
