using GraphExplorer.Bench.Graphs;

namespace GraphExplorer.Bench;

/// <summary>Everything a bench run measured.</summary>
/// <param name="ProcessorCount">The cores the run had.</param>
/// <param name="Corpora">One entry per corpus size, smallest first.</param>
/// <param name="Graphs">One entry per graph size, smallest first.</param>
/// <param name="Elapsed">The whole run's duration.</param>
public sealed record BenchReport(int ProcessorCount, IReadOnlyList<CorpusFigures> Corpora, IReadOnlyList<GraphMeasurement> Graphs, TimeSpan Elapsed)
{
    /// <summary>The largest corpus measured: the headline extraction figures.</summary>
    public CorpusFigures? LargestCorpus => Corpora.MaxBy(c => c.Megabytes);

    /// <summary>The largest corpus that was ingested: the headline ingestion figure.</summary>
    public CorpusFigures? LargestIngested => Corpora.Where(c => c.Ingest is not null).MaxBy(c => c.Megabytes);

    /// <summary>The largest graph measured: the headline latency figures.</summary>
    public GraphMeasurement? LargestGraph => Graphs.MaxBy(g => g.Edges);

    /// <summary>The highest peak working set over the corpus phases, in MiB.</summary>
    public double PeakMemoryMegabytes => Corpora.Count == 0 ? 0 : Corpora.Max(c => c.PeakMemoryMegabytes);
}
