using GraphExplorer.Bench.Measurement;

namespace GraphExplorer.Bench.Graphs;

/// <summary>A synthetic graph loaded into a fresh embedded store, and the latency of the named traversals over it.</summary>
/// <param name="Entities">Entities in the store.</param>
/// <param name="Edges">Edges in the store.</param>
/// <param name="Load">Time to write the graph into the store.</param>
/// <param name="DependentsOf"><c>dependents-of</c> (depth 4, limit 100) from entities that have dependents.</param>
/// <param name="PathBetween"><c>path-between</c> (depth 4) between entities that have edges.</param>
/// <param name="MostDependedOn"><c>most-depended-on</c> (depth 4, limit 20) over the whole graph.</param>
/// <param name="MeanDependents">Rows <c>dependents-of</c> returned, on average.</param>
/// <param name="PathsFound">The share of <c>path-between</c> runs that found a path, from 0 to 1.</param>
public sealed record GraphMeasurement(
    int Entities,
    int Edges,
    TimeSpan Load,
    LatencySummary DependentsOf,
    LatencySummary PathBetween,
    LatencySummary MostDependedOn,
    double MeanDependents,
    double PathsFound)
{
    /// <summary>Processor time the load took (all threads).</summary>
    public TimeSpan LoadCpu { get; init; }

    /// <summary>Time of the first traversal, which builds the in-memory read model.</summary>
    public TimeSpan ModelBuild { get; init; }

    /// <summary>Time of the first <c>most-depended-on</c> at this store version (later ones reuse its ranking).</summary>
    public TimeSpan MostDependedOnFirst { get; init; }

    /// <summary>The floor: the bare CSR breadth-first walk of <c>dependents-of</c> from the same starts.</summary>
    public LatencySummary Floor { get; init; } = new(0, 0, 0, 0);
}
