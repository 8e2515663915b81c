using GraphExplorer.Extraction.Llm.Reporting;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes what the model did after the ingest summary (nothing for <c>--extractor rules</c>).</summary>
internal static class LlmReportWriter
{
    public static async Task WriteAsync(LlmExtractionReport? report, TextWriter writer, CancellationToken cancellationToken)
    {
        if (report is not null)
        {
            await writer.WriteAsync(report.ToText().AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }
}
