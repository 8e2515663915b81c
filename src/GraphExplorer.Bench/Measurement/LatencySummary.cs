namespace GraphExplorer.Bench.Measurement;

/// <summary>Latency percentiles of one operation.</summary>
/// <param name="Runs">The number of timed runs.</param>
/// <param name="P50">The median, in milliseconds.</param>
/// <param name="P99">The 99th percentile (nearest rank), in milliseconds.</param>
/// <param name="Max">The slowest run, in milliseconds.</param>
public sealed record LatencySummary(int Runs, double P50, double P99, double Max)
{
    /// <summary>Processor milliseconds per run (all threads of the process), when measured; 0 otherwise.</summary>
    public double CpuMean { get; init; }
}
