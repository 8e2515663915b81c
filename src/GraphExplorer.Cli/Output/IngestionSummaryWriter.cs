using System.Globalization;
using System.Text;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes what an ingestion run did: documents, entities, edges per type, and every skipped document with its reason.</summary>
internal static class IngestionSummaryWriter
{
    public static async Task WriteAsync(IngestionSummary summary, TextWriter writer, CancellationToken cancellationToken)
    {
        var statistics = summary.Statistics;
        var builder = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Ingested {DocumentNames.ForDisplay(summary.Folder)} as source '{DocumentNames.ForDisplay(summary.Source)}' in {summary.Elapsed.TotalSeconds:0.00} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  documents  {summary.DocumentsSeen} seen: {summary.Ingested} ingested, {summary.Unchanged} unchanged, {summary.Removed} removed, {summary.Skipped.Count} skipped")
            .AppendLine(CultureInfo.InvariantCulture, $"  entities   {statistics.Entities} ({string.Join(", ", statistics.EntitiesByType.Select(p => $"{p.Key} {p.Value}"))})")
            .AppendLine(CultureInfo.InvariantCulture, $"  edges      {statistics.Edges} ({string.Join(", ", statistics.EdgesByType.Select(p => $"{p.Key.ToWireName()} {p.Value}"))})")
            .AppendLine(CultureInfo.InvariantCulture, $"  evidence   {statistics.Evidence}");
        foreach (var skipped in summary.Skipped)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"  skipped    {DocumentNames.ForDisplay(skipped.Path)}: {DocumentNames.ForDisplay(skipped.Reason)}");
        }

        await writer.WriteAsync(builder, cancellationToken).ConfigureAwait(false);
    }
}
