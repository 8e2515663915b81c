using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes one progress line per document, synchronously so lines keep their order: <c>[3/5] notes/a.md</c>.</summary>
/// <param name="writer">Where the lines go (stderr).</param>
internal sealed class ProgressLineWriter(TextWriter writer) : IProgress<IngestionProgress>
{
    public void Report(IngestionProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteLine($"[{value.Index}/{value.Total}] {DocumentNames.ForDisplay(value.Document)}");
    }
}
