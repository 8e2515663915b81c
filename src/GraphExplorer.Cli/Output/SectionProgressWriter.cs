using GraphExplorer.Extraction.Llm.Reporting;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes the model's progress, one line per finished section: <c>  model sections 3/10 (notes/a.md)</c>.</summary>
/// <param name="writer">Where the lines go (stderr).</param>
internal sealed class SectionProgressWriter(TextWriter writer) : IProgress<LlmSectionProgress>
{
    private readonly Lock _gate = new();

    public void Report(LlmSectionProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            writer.WriteLine($"  model sections {value.Done}/{value.Total} ({value.Document})");
        }
    }
}
