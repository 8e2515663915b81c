namespace GraphExplorer.Core.Documents;

/// <summary>A document's text as the store kept it when it was ingested.</summary>
/// <param name="Source">The source (folder) it came from.</param>
/// <param name="Path">Its path relative to that folder.</param>
/// <param name="ContentHash">The SHA-256 of its bytes when it was ingested.</param>
/// <param name="Date">The <c>date:</c> of its front matter as written, or <see langword="null"/>.</param>
/// <param name="Text">Its text (decoded; line numbers in evidence count its lines from 1).</param>
public sealed record DocumentText(string Source, string Path, string ContentHash, string? Date, string Text)
{
    /// <summary>
    /// Splits text into lines the way evidence counts them: at <c>\n</c>, a trailing <c>\r</c> dropped; the newline
    /// that ends the last line does not start another.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines; one empty line for empty text.</returns>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = (text.Length > 0 && text[^1] == '\n' ? text[..^1] : text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        return lines;
    }

    /// <summary>Counts the lines of text as <see cref="SplitLines"/> splits them, without making them into strings.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>SplitLines(text).Count</c>: 1 for empty text.</returns>
    public static int CountLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().Count('\n') + (text.Length > 0 && text[^1] == '\n' ? 0 : 1);
    }
}
