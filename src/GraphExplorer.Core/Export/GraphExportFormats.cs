namespace GraphExplorer.Core.Export;

/// <summary>Maps export formats to and from the names the CLI and HTTP API take.</summary>
public static class GraphExportFormats
{
    /// <summary>The accepted names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["jsonl", "graphml", "cypher"];

    /// <summary>Parses a format name (case-insensitive).</summary>
    /// <param name="name">The name: <c>jsonl</c>, <c>graphml</c> or <c>cypher</c>.</param>
    /// <param name="format">The format, when known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? name, out GraphExportFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "jsonl":
                format = GraphExportFormat.JsonLines;
                return true;
            case "graphml":
                format = GraphExportFormat.GraphMl;
                return true;
            case "cypher":
                format = GraphExportFormat.Cypher;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The MIME type of a format's output.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The content type.</returns>
    public static string ContentType(this GraphExportFormat format) => format switch
    {
        GraphExportFormat.JsonLines => "application/x-ndjson",
        GraphExportFormat.GraphMl => "application/graphml+xml",
        _ => "text/plain",
    };
}
