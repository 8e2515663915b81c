namespace GraphExplorer.Cli.Output;

/// <summary>Shortens an evidence quote for a terminal, keeping what supports the edge visible.</summary>
internal static class EvidenceText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The quote on one line, at most <paramref name="maxLength"/> characters. A Markdown table row keeps the cells that
    /// name either entity (the cells that support the edge), so a long row still shows its evidence.
    /// </summary>
    /// <param name="quote">The quote.</param>
    /// <param name="maxLength">The most characters to show.</param>
    /// <param name="source">The edge's source name.</param>
    /// <param name="target">The edge's target name.</param>
    /// <returns>The shortened text.</returns>
    public static string Shorten(string quote, int maxLength, string source, string target)
    {
        var text = quote.ReplaceLineEndings(" ").Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        if (text.StartsWith('|'))
        {
            var cells = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var naming = cells
                .Where(c => c.Contains(source, StringComparison.OrdinalIgnoreCase) || c.Contains(target, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            if (naming.Length > 0)
            {
                text = Ellipsis + "| " + string.Join(" | ", naming) + " |" + Ellipsis;
                if (text.Length <= maxLength)
                {
                    return text;
                }
            }
        }

        return string.Concat(text.AsSpan(0, maxLength - 1), Ellipsis);
    }
}
