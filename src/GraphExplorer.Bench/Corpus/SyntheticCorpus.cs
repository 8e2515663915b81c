namespace GraphExplorer.Bench.Corpus;

/// <summary>A synthetic corpus written to disk.</summary>
/// <param name="Folder">The folder holding the files.</param>
/// <param name="Files">The files' full paths, in ordinal order.</param>
/// <param name="Bytes">The total size in bytes.</param>
public sealed record SyntheticCorpus(string Folder, IReadOnlyList<string> Files, long Bytes)
{
    /// <summary>The total size in MiB.</summary>
    public double Megabytes => Bytes / (double)Units.BytesPerMegabyte;
}
