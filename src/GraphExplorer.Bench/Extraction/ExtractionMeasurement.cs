namespace GraphExplorer.Bench.Extraction;

/// <summary>Extraction of a corpus: the median of several timed passes over it, after warm-up.</summary>
/// <param name="Bytes">The bytes read.</param>
/// <param name="Documents">The documents extracted.</param>
/// <param name="Entities">Entities found, summed over documents.</param>
/// <param name="Relationships">Relationships found, summed over documents.</param>
/// <param name="Elapsed">Wall-clock time of a pass, reading included (the median over <see cref="Passes"/>).</param>
/// <param name="Degree">How many documents were extracted at once.</param>
/// <param name="ProcessorTime">CPU time the process used in a pass (all threads, the GC's included; the median over <see cref="Passes"/>).</param>
public sealed record ExtractionMeasurement(
    long Bytes, int Documents, long Entities, long Relationships, TimeSpan Elapsed, int Degree, TimeSpan ProcessorTime)
{
    /// <summary>How many timed passes the medians are over.</summary>
    /// <value>The default value is 1.</value>
    public int Passes { get; init; } = 1;

    /// <summary>How many untimed warm-up passes ran before the first measurement of the instance that measured (later ones need none).</summary>
    /// <value>The default value is 0.</value>
    public int WarmUpPasses { get; init; }

    /// <summary>Throughput in MiB of UTF-8 per second of wall-clock time.</summary>
    public double MegabytesPerSecond => Bytes / (double)Units.BytesPerMegabyte / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>
    /// Throughput in MiB per CPU-second: what one core does when it has the machine to itself, a steadier figure than
    /// <see cref="MegabytesPerSecond"/> when other processes compete for the cores.
    /// </summary>
    public double MegabytesPerProcessorSecond => Bytes / (double)Units.BytesPerMegabyte / Math.Max(ProcessorTime.TotalSeconds, 1e-9);
}
