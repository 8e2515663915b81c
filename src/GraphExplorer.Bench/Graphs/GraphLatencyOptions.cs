using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Bench.Graphs;

/// <summary>How many times each traversal is timed over a synthetic graph.</summary>
public sealed record GraphLatencyOptions
{
    /// <summary>Timed <c>dependents-of</c> runs.</summary>
    /// <value>The default value is 200.</value>
    [Range(1, 100_000)]
    public int DependentsRuns { get; init; } = 200;

    /// <summary>Timed <c>path-between</c> runs.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 100_000)]
    public int PathRuns { get; init; } = 100;

    /// <summary>Timed <c>most-depended-on</c> runs (each reads the whole graph).</summary>
    /// <value>The default value is 3.</value>
    [Range(1, 1_000)]
    public int RankingRuns { get; init; } = 3;

    /// <summary>Untimed runs of each traversal first (JIT, SQLite page cache); <c>most-depended-on</c> gets one at most.</summary>
    /// <value>The default value is 5.</value>
    [Range(0, 1_000)]
    public int WarmUpRuns { get; init; } = 5;

    /// <summary>The seed that picks start entities: the same seed, the same starts.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;
}
