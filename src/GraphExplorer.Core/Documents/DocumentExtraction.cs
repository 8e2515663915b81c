namespace GraphExplorer.Core.Documents;

/// <summary>What extraction read out of one document.</summary>
/// <param name="Graph">The entities and relationships, ready for <see cref="Storage.IGraphStore.WriteDocumentAsync"/>.</param>
/// <param name="Diagnostics">What could not be used, with line numbers.</param>
public sealed record DocumentExtraction(DocumentGraph Graph, IReadOnlyList<ExtractionDiagnostic> Diagnostics);
