namespace GraphExplorer.Core.Documents;

/// <summary>Reads entities and relationships out of a document's text. Pure: no I/O, no state between documents.</summary>
public interface IDocumentExtractor
{
    /// <summary>Extracts a document.</summary>
    /// <param name="source">The document's path, hash and text.</param>
    /// <returns>The document's graph, with every edge's evidence from this document, and any diagnostics.</returns>
    DocumentExtraction Extract(DocumentSource source);
}
