namespace GraphExplorer.Ingestion.Documents;

/// <summary>A document the run could not ingest; the others went on.</summary>
/// <param name="Document">Its path relative to the folder (forward slashes).</param>
/// <param name="Path">Its full path.</param>
/// <param name="Reason">Why it was skipped, e.g. <c>binary file (contains NUL bytes)</c>.</param>
public sealed record SkippedDocument(string Document, string Path, string Reason);
