namespace GraphExplorer.Core.Documents;

/// <summary>
/// Reads entities and relationships out of a document's text when that needs I/O (a language model, say). Ingestion
/// awaits it per document instead of the pure <see cref="IDocumentExtractor"/> when one is registered.
/// </summary>
public interface IAsyncDocumentExtractor
{
    /// <summary>Extracts a document.</summary>
    /// <param name="source">The document's path, hash and text.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The document's graph, with every edge's evidence from this document, and any diagnostics.</returns>
    /// <exception cref="DocumentExtractionException">Extraction could not finish; the document's stored state should be kept.</exception>
    Task<DocumentExtraction> ExtractAsync(DocumentSource source, CancellationToken cancellationToken);
}
