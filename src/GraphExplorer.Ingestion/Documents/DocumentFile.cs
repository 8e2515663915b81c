namespace GraphExplorer.Ingestion.Documents;

/// <summary>A file found in the folder: a document to read, or one refused with the reason (a link not followed, a bad name).</summary>
/// <param name="Document">Its path relative to the folder (forward slashes): the document's id in its source.</param>
/// <param name="Path">Its full path.</param>
/// <param name="Refused">Why it is not read, or <see langword="null"/> to read it.</param>
internal sealed record DocumentFile(string Document, string Path, string? Refused = null);
