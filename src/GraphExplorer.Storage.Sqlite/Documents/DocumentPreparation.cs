using GraphExplorer.Core.Documents;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>A document of a batch, prepared for the writer or refused before anything was written.</summary>
/// <param name="Graph">The document as given.</param>
/// <param name="Document">The document checked and prepared; <see langword="null"/> when it was refused.</param>
/// <param name="Refusal">Why the graph is malformed; <see langword="null"/> when it was prepared.</param>
internal sealed record DocumentPreparation(DocumentGraph? Graph, PreparedDocument? Document, ArgumentException? Refusal);
