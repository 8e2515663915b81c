namespace GraphExplorer.Core.Curation;

/// <summary>
/// A store whose every committed write (documents and decisions alike) raises a version number:
/// <see cref="CuratedGraphStore"/> then resolves the decisions once per version instead of on every read.
/// </summary>
public interface IVersionedStore
{
    /// <summary>Reads the version of the committed state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version; it only grows.</returns>
    Task<long> GetStoreVersionAsync(CancellationToken cancellationToken = default);
}
