using System.Text;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes the traversal catalogue for people.</summary>
internal static class TraversalCatalogueWriter
{
    public static async Task WriteAsync(TraversalCatalogue catalogue, TextWriter writer, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var traversal in catalogue.All)
        {
            var usage = new StringBuilder(traversal.Name);
            foreach (var p in traversal.Parameters)
            {
                usage.Append(' ').Append(p.Name switch
                {
                    TraversalParameterNames.Entity => "<entity>",
                    _ when p.Required => $"--{p.Name} <{p.Name}>",
                    _ => $"[--{p.Name} N]",
                });
            }

            builder.AppendLine(usage.ToString());
            builder.Append("    ").AppendLine(traversal.Description);
            var defaults = traversal.Parameters.Where(p => p.DefaultValue is not null).Select(p => $"{p.Name} {p.DefaultValue}").ToArray();
            if (defaults.Length > 0)
            {
                builder.Append("    defaults: ").Append(string.Join(", ", defaults)).Append("; max depth ").Append(traversal.MaxDepth).AppendLine();
            }
        }

        await writer.WriteAsync(builder, cancellationToken).ConfigureAwait(false);
    }
}
