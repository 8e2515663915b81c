namespace GraphExplorer.Core.Traversals;

/// <summary>A named traversal in the catalogue.</summary>
/// <param name="Name">The name the CLI and HTTP API take, e.g. <c>dependents-of</c>.</param>
/// <param name="Description">One line saying what it answers.</param>
/// <param name="Kind">The algorithm behind it.</param>
/// <param name="Steps">For <see cref="TraversalKind.Reach"/> and <see cref="TraversalKind.DependencyRanking"/>: the edges it follows.</param>
/// <param name="Parameters">The parameters it takes.</param>
/// <param name="DefaultDepth">The depth used when none is given.</param>
/// <param name="MaxDepth">The largest depth accepted.</param>
public sealed record TraversalDefinition(
    string Name,
    string Description,
    TraversalKind Kind,
    IReadOnlyList<TraversalStep> Steps,
    IReadOnlyList<TraversalParameter> Parameters,
    int DefaultDepth,
    int MaxDepth)
{
    /// <summary>
    /// Whether rows say how they depend on the start entity (<see cref="Dependence"/>, from the path's first edge) and are
    /// listed grouped by it: <c>dependents-of</c> and <c>dependencies-of</c>.
    /// </summary>
    public bool GroupsByDependence { get; init; }

    /// <summary>Whether the traversal takes a start entity.</summary>
    public bool TakesEntity => Parameters.Any(p => p.Name == TraversalParameterNames.Entity);

    /// <summary>Whether the traversal takes a second entity (<c>--to</c>).</summary>
    public bool TakesTarget => Parameters.Any(p => p.Name == TraversalParameterNames.To);
}
