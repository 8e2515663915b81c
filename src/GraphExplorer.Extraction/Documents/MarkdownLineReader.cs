namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Splits a Markdown document into classified lines, lazily and in one pass: fenced code, raw HTML, thematic breaks
/// and YAML front matter are marked skipped; list markers, heading hashes and quote markers are stripped.
/// </summary>
internal static class MarkdownLineReader
{
    /// <summary>Reads the lines of a document.</summary>
    /// <param name="text">The document's text.</param>
    /// <returns>The lines in order, numbered from 1.</returns>
    public static IEnumerable<MarkdownLine> Read(string text)
    {
        var number = 0;
        var position = 0;
        var inFence = false;
        var inFrontMatter = false;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var lineEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
            var line = text.AsSpan(position, lineEnd - position);
            number++;
            var trimmed = line.Trim();

            if (number == 1 && trimmed.SequenceEqual("---"))
            {
                inFrontMatter = true;
                yield return Skipped(number);
            }
            else if (inFrontMatter)
            {
                inFrontMatter = !trimmed.SequenceEqual("---");
                yield return Skipped(number);
            }
            else if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
                yield return Skipped(number);
            }
            else if (inFence)
            {
                yield return Skipped(number);
            }
            else
            {
                yield return Classify(number, line);
            }

            if (end >= text.Length)
            {
                yield break;
            }

            position = end + 1;
        }
    }

    private static MarkdownLine Skipped(int number) => new(number, MarkdownLineKind.Skipped, -1, 0, string.Empty);

    private static MarkdownLine Classify(int number, ReadOnlySpan<char> line)
    {
        var indent = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t' or '\u3000'; i++)
        {
            indent += line[i] == '\t' ? 4 : 1;
        }

        var rest = line[i..].TrimEnd();
        if (rest.IsEmpty)
        {
            return new MarkdownLine(number, MarkdownLineKind.Blank, -1, 0, string.Empty);
        }

        if (rest[0] == '#')
        {
            var level = 0;
            while (level < rest.Length && rest[level] == '#')
            {
                level++;
            }

            if (level <= 6 && (level == rest.Length || rest[level] == ' '))
            {
                return new MarkdownLine(number, MarkdownLineKind.Heading, -1, level, rest[level..].Trim().ToString());
            }
        }

        if (rest[0] == '<' || IsThematicBreak(rest))
        {
            return Skipped(number);
        }

        if (rest[0] == '|')
        {
            return new MarkdownLine(number, IsTableSeparator(rest) ? MarkdownLineKind.TableSeparator : MarkdownLineKind.TableRow, -1, 0, rest.ToString());
        }

        if (rest[0] == '>')
        {
            return new MarkdownLine(number, MarkdownLineKind.Paragraph, -1, 0, rest.TrimStart('>').Trim().ToString());
        }

        var markerLength = ListMarkerLength(rest);
        return markerLength > 0
            ? new MarkdownLine(number, MarkdownLineKind.ListItem, indent, 0, rest[markerLength..].Trim().ToString())
            : new MarkdownLine(number, MarkdownLineKind.Paragraph, -1, 0, rest.ToString());
    }

    private static int ListMarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 2 && rest[0] is '-' or '*' or '+' or '•' or '·' && rest[1] == ' ')
        {
            return 2;
        }

        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 4 && digits + 1 < rest.Length && rest[digits] is '.' or ')' && rest[digits + 1] == ' '
            ? digits + 2
            : 0;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 3 || rest[0] is not ('-' or '*' or '_'))
        {
            return false;
        }

        foreach (var c in rest)
        {
            if (c != rest[0] && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTableSeparator(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (c is not ('|' or '-' or ':' or ' '))
            {
                return false;
            }
        }

        return rest.Contains('-');
    }
}
