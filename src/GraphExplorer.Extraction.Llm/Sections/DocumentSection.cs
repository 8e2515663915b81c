namespace GraphExplorer.Extraction.Llm.Sections;

/// <summary>A part of a document sent to the model as one request: its headings, then its body lines.</summary>
/// <param name="Index">The 0-based position of the section in its document.</param>
/// <param name="Lines">The heading chain above the body, then the body, each with its absolute line number.</param>
internal sealed record DocumentSection(int Index, IReadOnlyList<NumberedLine> Lines)
{
    /// <summary>The first body line's number (for reports).</summary>
    public int FirstLine => Lines.Count == 0 ? 0 : Lines[0].Number;

    /// <summary>The last line's number (for reports).</summary>
    public int LastLine => Lines.Count == 0 ? 0 : Lines[^1].Number;

    /// <summary>Finds a line of the section by its absolute number.</summary>
    /// <param name="number">The line number.</param>
    /// <param name="text">The line's text when the section holds it.</param>
    /// <returns><see langword="true"/> when the line is in the section.</returns>
    public bool TryGetLine(int number, out string text)
    {
        foreach (var line in Lines)
        {
            if (line.Number == number)
            {
                text = line.Text;
                return true;
            }
        }

        text = string.Empty;
        return false;
    }
}
