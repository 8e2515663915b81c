namespace GraphExplorer.Core.Documents;

/// <summary>A document the store has ingested.</summary>
/// <param name="Document">The document's path relative to the ingested folder.</param>
/// <param name="ContentHash">The SHA-256 of its bytes when it was ingested.</param>
public sealed record DocumentRecord(string Document, string ContentHash);
