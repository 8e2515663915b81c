using GraphExplorer.Core.Documents;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>An extracted document waiting to be written.</summary>
/// <param name="Extraction">The document's extraction, its graph ready to write.</param>
/// <param name="Path">The document's file, for skip reports.</param>
internal sealed record PendingDocument(DocumentExtraction Extraction, string Path);
