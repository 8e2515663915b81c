using System.Globalization;
using System.Text;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes a traversal's rows for people: one block per row with its path and evidence quotes.</summary>
internal static class TraversalResultWriter
{
    private const int QuotesPerEdge = 2;
    private const int QuoteLength = 120;

    public static async Task WriteAsync(TraversalResult result, TextWriter writer, CancellationToken cancellationToken)
    {
        var parameters = result.Parameters;
        var builder = new StringBuilder();
        builder.Append(result.Traversal);
        if (parameters.Entity is not null)
        {
            builder.Append(' ').Append(parameters.Entity);
        }

        if (parameters.To is not null)
        {
            builder.Append(" --to ").Append(parameters.To);
        }

        builder.Append(CultureInfo.InvariantCulture, $" (depth {parameters.Depth}, limit {parameters.Limit}): {result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")}")
            .AppendLine();

        var index = 0;
        foreach (var row in result.Rows)
        {
            index++;
            builder.AppendLine()
                .Append(CultureInfo.InvariantCulture, $"{index,3}. {row.Entity.Name} ({row.Entity.Type})")
                .Append(row.Count is { } count ? $"  {count} dependents" : $"  {row.Hops} hop{(row.Hops == 1 ? "" : "s")}")
                .AppendLine();
            foreach (var step in row.Path)
            {
                builder.Append("       ").Append(step.Source).Append(" -[").Append(step.Type).Append("]-> ").Append(step.Target)
                    .Append(CultureInfo.InvariantCulture, $"   ({step.EvidenceCount} mention{(step.EvidenceCount == 1 ? "" : "s")})")
                    .AppendLine();
                // A page of the evidence traversal shows every quote it carries; other answers a few per edge.
                foreach (var evidence in step.Evidence.Take(result.Parameters.Offset is null ? QuotesPerEdge : int.MaxValue))
                {
                    builder.Append("         \"").Append(Shorten(evidence.Quote)).Append("\" ")
                        .Append(evidence.Document).Append(':').Append(evidence.Line).AppendLine();
                }
            }
        }

        await writer.WriteAsync(builder, cancellationToken).ConfigureAwait(false);
    }

    private static string Shorten(string quote)
    {
        var text = quote.ReplaceLineEndings(" ").Trim();
        return text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength - 1), "…");
    }
}
