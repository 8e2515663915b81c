namespace GraphExplorer.Bench.Ingestion;

/// <summary>One ingestion of a corpus into a fresh embedded store.</summary>
/// <param name="Bytes">The corpus size in bytes.</param>
/// <param name="Documents">The documents ingested.</param>
/// <param name="Entities">Entities in the store afterwards.</param>
/// <param name="Edges">Edges in the store afterwards.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
/// <param name="Extracting">The part of <paramref name="Elapsed"/> during which some document was being extracted.</param>
/// <param name="ProcessorTime">CPU time the process used meanwhile (all threads: extraction, the writer, the GC and the JIT's).</param>
public sealed record IngestMeasurement(
    long Bytes, int Documents, long Entities, long Edges, TimeSpan Elapsed, TimeSpan Extracting, TimeSpan ProcessorTime)
{
    /// <summary>Throughput in MiB per second of wall-clock time.</summary>
    public double MegabytesPerSecond => Bytes / (double)Units.BytesPerMegabyte / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>The rest of <see cref="Elapsed"/>: reading, hashing and writing with no extraction running beside them.</summary>
    public TimeSpan Storing => Elapsed - Extracting;
}
