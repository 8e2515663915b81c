using GraphExplorer.Api.Answers;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Api.Endpoints;

/// <summary>What the traversal handlers need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="traversals">Runs traversals.</param>
/// <param name="logger">Logs answers.</param>
/// <param name="answers">Answers already given at the store's current version.</param>
public sealed class TraversalServices(ITraversalService traversals, ILogger<TraversalServices> logger, AnswerCache answers)
{
    /// <summary>Answers already given at the store's current version.</summary>
    public AnswerCache Answers { get; } = answers;

    /// <summary>Runs traversals.</summary>
    public ITraversalService Traversals { get; } = traversals;

    /// <summary>Logs answers.</summary>
    public ILogger<TraversalServices> Logger { get; } = logger;
}
