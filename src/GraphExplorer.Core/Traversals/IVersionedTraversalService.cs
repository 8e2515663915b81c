namespace GraphExplorer.Core.Traversals;

/// <summary>
/// A traversal engine whose answers are a function of the request and of a store version that every committed change
/// (a document written or removed, an analyst's decision, by this process or another) raises: an answer given at a
/// version may be reused for the same request while the version stays. Engines without such a version (Neo4j, the
/// generic walk over any store) do not implement it, and their answers are never reused.
/// </summary>
public interface IVersionedTraversalService : ITraversalService
{
    /// <summary>Reads the store version now (cheaply: once per request).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version of the committed state (it only grows), or <see langword="null"/> when this engine's answers cannot be tied to one (do not reuse them).</returns>
    Task<long?> GetAnswerVersionAsync(CancellationToken cancellationToken = default);
}
