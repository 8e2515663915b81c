using GraphExplorer.Core.Export;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Testing;

/// <summary>The whole graph a store holds, as its JSON Lines export: equal text means equal graphs.</summary>
public static class GraphSnapshot
{
    /// <summary>Exports the store as JSON Lines (entities by key, then relations with their evidence, in store order).</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The export's text.</returns>
    public static async Task<string> ExportAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        await using var writer = new StringWriter();
        await new GraphExporter(store).ExportAsync(GraphExportFormat.JsonLines, writer, cancellationToken);
        return writer.ToString();
    }

    /// <summary>The lines of an export, sorted ordinally, so exports compare whatever order a store reads in.</summary>
    /// <param name="export">A JSON Lines export.</param>
    /// <returns>Its non-empty lines, sorted.</returns>
    public static IReadOnlyList<string> SortedLines(string export) =>
        [.. export.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];
}
