namespace GraphExplorer.Bench;

/// <summary>The units figures are reported in.</summary>
public static class Units
{
    /// <summary>One MB as the bench counts it: 2^20 bytes (a MiB), for corpora, throughput and memory alike.</summary>
    public const long BytesPerMegabyte = 1024 * 1024;
}
