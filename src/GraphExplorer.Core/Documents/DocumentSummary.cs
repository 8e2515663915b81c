namespace GraphExplorer.Core.Documents;

/// <summary>A document as the store lists it.</summary>
/// <param name="Source">The source (folder) it came from.</param>
/// <param name="Path">Its path relative to that folder.</param>
/// <param name="ContentHash">The SHA-256 of its bytes when it was ingested.</param>
/// <param name="Date">The <c>date:</c> of its front matter as written, or <see langword="null"/>.</param>
/// <param name="Entities">The entities it mentions.</param>
/// <param name="Edges">The relationships (edges) it gives evidence for.</param>
/// <param name="Lines">Its number of lines.</param>
public sealed record DocumentSummary(string Source, string Path, string ContentHash, string? Date, int Entities, int Edges, int Lines);
