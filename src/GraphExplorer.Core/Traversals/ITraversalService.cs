namespace GraphExplorer.Core.Traversals;

/// <summary>Runs named traversals over a store.</summary>
public interface ITraversalService
{
    /// <summary>Runs a traversal.</summary>
    /// <param name="request">The traversal and its parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows, each with its path and evidence.</returns>
    /// <exception cref="UnknownTraversalException">The traversal is not in the catalogue.</exception>
    /// <exception cref="EntityNotFoundException">An entity parameter names no entity; the exception carries suggestions.</exception>
    /// <exception cref="TraversalException">A parameter is missing or out of range.</exception>
    Task<TraversalResult> ExecuteAsync(TraversalRequest request, CancellationToken cancellationToken = default);
}
