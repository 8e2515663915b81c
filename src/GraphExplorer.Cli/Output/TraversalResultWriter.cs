using System.Globalization;
using System.Text;
using GraphExplorer.Core.Relationships;
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

        builder.Append(CultureInfo.InvariantCulture, $" (depth {parameters.Depth}, limit {parameters.Limit}): {result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")}");
        var byDependence = result.Rows.Where(r => r.Dependence is not null).GroupBy(r => r.Dependence!.Value).ToArray();
        if (byDependence.Length > 0)
        {
            builder.Append(" (").AppendJoin(", ", byDependence.Select(g => $"{DependenceLabel(g.Key)} {g.Count()}")).Append(')');
        }

        builder.AppendLine();

        var index = 0;
        foreach (var row in result.Rows)
        {
            index++;
            builder.AppendLine()
                .Append(CultureInfo.InvariantCulture, $"{index,3}. {row.Entity.Name} ({row.Entity.Type})")
                .Append(row.Count is { } count ? $"  {count} dependents" : $"  {row.Hops} hop{(row.Hops == 1 ? "" : "s")}")
                .Append(row.Dependence is { } dependence ? $"  [{DependenceLabel(dependence)}]" : string.Empty)
                .AppendLine();
            foreach (var step in row.Path)
            {
                builder.Append("       ").Append(step.Source).Append(" -[").Append(step.Type).Append("]-> ").Append(step.Target)
                    .Append(CultureInfo.InvariantCulture, $"   ({step.EvidenceCount} mention{(step.EvidenceCount == 1 ? "" : "s")})")
                    .AppendLine();
                // A page of the evidence traversal shows every quote it carries; other answers a few per edge.
                foreach (var evidence in step.Evidence.Take(result.Parameters.Offset is null ? QuotesPerEdge : int.MaxValue))
                {
                    builder.Append("         \"").Append(EvidenceText.Shorten(evidence.Quote, QuoteLength, step.Source, step.Target)).Append("\" ")
                        .Append(evidence.Document).Append(':').Append(evidence.Line)
                        .Append(evidence.Basis == EvidenceBasis.Llm ? "  " + evidence.BasisLabel() : string.Empty)
                        .AppendLine();
                }
            }
        }

        await writer.WriteAsync(builder, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The JSON's wire name of a dependence: <c>compute</c>, <c>built-on</c>, <c>developed</c>.</summary>
    private static string DependenceLabel(Dependence dependence) => dependence switch
    {
        Dependence.Compute => "compute",
        Dependence.BuiltOn => "built-on",
        _ => "developed",
    };
}
