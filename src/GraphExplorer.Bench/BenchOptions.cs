using System.ComponentModel.DataAnnotations;
using GraphExplorer.Bench.Graphs;

namespace GraphExplorer.Bench;

/// <summary>What a bench run measures: which corpus and graph sizes, and where it works.</summary>
public sealed record BenchOptions
{
    /// <summary>The corpus sizes of a full run, in MiB: 10 MB, 100 MB and 1 GB.</summary>
    public static IReadOnlyList<int> FullCorpusMegabytes { get; } = [10, 100, 1024];

    /// <summary>The graph sizes of a full run, in edges.</summary>
    public static IReadOnlyList<int> FullGraphEdges { get; } = [10_000, 100_000, 1_000_000, 10_000_000];

    /// <summary>The corpus sizes of a quick run, in MiB.</summary>
    public static IReadOnlyList<int> QuickCorpusMegabytes { get; } = [10];

    /// <summary>The graph sizes of a quick run, in edges.</summary>
    public static IReadOnlyList<int> QuickGraphEdges { get; } = [10_000, 100_000, 1_000_000];

    /// <summary>The default <see cref="EdgesPerEntity"/>: 10, so the 1M-edge graph has 100k entities.</summary>
    public const int DefaultEdgesPerEntity = 10;

    /// <summary>The default <see cref="IngestUpToMegabytes"/>: 100.</summary>
    public const int DefaultIngestUpToMegabytes = 100;

    /// <summary>The folder of seed documents the corpora are built from.</summary>
    [Required]
    public required string SeedsFolder { get; init; }

    /// <summary>The folder corpora and stores are written to; each is deleted once measured.</summary>
    [Required]
    public required string WorkDirectory { get; init; }

    /// <summary>The corpus sizes, in MiB.</summary>
    /// <value>The default value is <see cref="FullCorpusMegabytes"/>.</value>
    public IReadOnlyList<int> CorpusMegabytes { get; init; } = FullCorpusMegabytes;

    /// <summary>The graph sizes, in edges.</summary>
    /// <value>The default value is <see cref="FullGraphEdges"/>.</value>
    public IReadOnlyList<int> GraphEdges { get; init; } = FullGraphEdges;

    /// <summary>Edges per entity in the synthetic graphs.</summary>
    /// <value>The default value is <see cref="DefaultEdgesPerEntity"/>.</value>
    [Range(1, 1_000)]
    public int EdgesPerEntity { get; init; } = DefaultEdgesPerEntity;

    /// <summary>Corpora up to this size are also ingested into a store; larger ones are only extracted.</summary>
    /// <value>The default value is <see cref="DefaultIngestUpToMegabytes"/>.</value>
    [Range(0, int.MaxValue)]
    public int IngestUpToMegabytes { get; init; } = DefaultIngestUpToMegabytes;

    /// <summary>How many times each traversal is timed.</summary>
    /// <value>The default value is <see cref="GraphLatencyOptions"/>' defaults.</value>
    public GraphLatencyOptions Latency { get; init; } = new();

    /// <summary>The seed of corpora, graphs and start entities: the same seed, comparable runs.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;
}
