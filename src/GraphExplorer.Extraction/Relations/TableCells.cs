namespace GraphExplorer.Extraction.Relations;

/// <summary>The cells of a Markdown table row, as spans of the row's text between its <c>|</c> bars.</summary>
internal static class TableCells
{
    /// <summary>The cells' spans, the empty text before a leading bar and after a trailing one left out.</summary>
    /// <param name="row">The row.</param>
    /// <returns>One span per cell, in order.</returns>
    public static List<(int Start, int End)> Split(string row)
    {
        var cells = new List<(int Start, int End)>();
        var start = 0;
        var leading = row.AsSpan().TrimStart().StartsWith("|");
        for (var i = 0; i <= row.Length; i++)
        {
            if (i == row.Length || (row[i] == '|' && (i == 0 || row[i - 1] != '\\')))
            {
                cells.Add((start, i));
                start = i + 1;
            }
        }

        if (leading && cells.Count > 0)
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && row.AsSpan(cells[^1].Start, cells[^1].End - cells[^1].Start).IsWhiteSpace())
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }
}
