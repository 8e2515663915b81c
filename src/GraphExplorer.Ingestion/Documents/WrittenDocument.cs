namespace GraphExplorer.Ingestion.Documents;

/// <summary>What became of a document handed to the writer: written and durable, or refused by the store alone.</summary>
/// <param name="Document">The document.</param>
/// <param name="Refusal">
/// <see langword="null"/> when it was committed; otherwise the error that made the store refuse it (it was rolled back,
/// the others of its batch kept).
/// </param>
internal sealed record WrittenDocument(PendingDocument Document, Exception? Refusal);
