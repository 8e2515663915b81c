using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Bench.Graphs;

/// <summary>The shape of a synthetic graph.</summary>
public sealed record SyntheticGraphOptions
{
    /// <summary>The number of entities.</summary>
    /// <value>The default value is 100,000.</value>
    [Range(2, 100_000_000)]
    public int Entities { get; init; } = 100_000;

    /// <summary>The number of distinct edges.</summary>
    /// <value>The default value is 1,000,000.</value>
    [Range(1, 1_000_000_000)]
    public int Edges { get; init; } = 1_000_000;

    /// <summary>Edges per written batch (one synthetic document each).</summary>
    /// <value>The default value is 20,000.</value>
    [Range(1, 10_000_000)]
    public int EdgesPerDocument { get; init; } = 20_000;

    /// <summary>The random seed: the same seed gives the same graph.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;
}
