using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Api.Endpoints;

/// <summary>What the traversal handlers need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="traversals">Runs traversals.</param>
/// <param name="logger">Logs answers.</param>
public sealed class TraversalServices(ITraversalService traversals, ILogger<TraversalServices> logger)
{
    /// <summary>Runs traversals.</summary>
    public ITraversalService Traversals { get; } = traversals;

    /// <summary>Logs answers.</summary>
    public ILogger<TraversalServices> Logger { get; } = logger;
}
