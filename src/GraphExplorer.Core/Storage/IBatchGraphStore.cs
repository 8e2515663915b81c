using GraphExplorer.Core.Documents;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// A graph store that can also write many documents in one transaction (the embedded store): one commit for the
/// batch, while each document stays all or nothing. Ingestion uses it when the store offers it; other stores
/// (Neo4j) are written one document per transaction.
/// </summary>
public interface IBatchGraphStore : IGraphStore
{
    /// <summary>
    /// Writes the documents in one transaction, each as <see cref="IGraphStore.WriteDocumentAsync"/> would: a document
    /// that cannot be written is rolled back alone and returned; the others commit together. A crash or a store
    /// failure before the commit leaves the state of the last commit.
    /// </summary>
    /// <param name="documents">The documents, written in this order.</param>
    /// <param name="cancellationToken">Cancels the batch; nothing of it is committed then.</param>
    /// <returns>The documents rolled back, each with the reason; empty when all were written.</returns>
    Task<IReadOnlyList<DocumentWriteFailure>> WriteDocumentsAsync(IReadOnlyList<DocumentGraph> documents, CancellationToken cancellationToken = default);
}
