using GraphExplorer.Core.Documents;

namespace GraphExplorer.Core.Storage;

/// <summary>Conveniences over <see cref="IGraphStore"/>.</summary>
public static class GraphStoreExtensions
{
    /// <summary>Removes a document of the <see cref="SourceNames.Default"/> source.</summary>
    /// <param name="store">The store.</param>
    /// <param name="document">The document's path.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the document was in the store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public static Task<bool> RemoveDocumentAsync(this IGraphStore store, string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.RemoveDocumentAsync(SourceNames.Default, document, cancellationToken);
    }
}
