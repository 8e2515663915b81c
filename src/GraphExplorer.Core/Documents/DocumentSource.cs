namespace GraphExplorer.Core.Documents;

/// <summary>A document's text as read from disk, ready for extraction.</summary>
/// <param name="Document">The document's path relative to the ingested folder (forward slashes).</param>
/// <param name="ContentHash">The SHA-256 of its bytes, lower-case hex.</param>
/// <param name="Text">Its text, decoded as UTF-8.</param>
public sealed record DocumentSource(string Document, string ContentHash, string Text);
