namespace GraphExplorer.Ingestion.Documents;

/// <summary>Reads the YAML front matter at the top of a document (between <c>---</c> lines), as far as ingestion needs it.</summary>
internal static class FrontMatter
{
    private const int MaxLines = 200;

    /// <summary>The <c>date:</c> of the front matter as written (quotes removed), or <see langword="null"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <returns>The date text.</returns>
    public static string? Date(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.Trim() != "---")
        {
            return null;
        }

        for (var i = 0; i < MaxLines && reader.ReadLine() is { } line; i++)
        {
            var trimmed = line.Trim();
            if (trimmed is "---" or "...")
            {
                return null;
            }

            if (line.StartsWith("date:", StringComparison.Ordinal))
            {
                var value = line["date:".Length..].Trim().Trim('"', '\'').Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }
}
