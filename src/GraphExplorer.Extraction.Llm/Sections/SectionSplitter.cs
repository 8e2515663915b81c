namespace GraphExplorer.Extraction.Llm.Sections;

/// <summary>
/// Cuts a Markdown document into sections at its headings. Each section repeats the chain of headings above it
/// (so the model knows its context), then holds at most <c>maxBodyLines</c> non-blank lines; a longer run is cut
/// into parts that each repeat the headings. A section with no body is not sent.
/// </summary>
internal static class SectionSplitter
{
    /// <summary>Lines longer than this are not sent (generated or binary content), as the rule extractor skips them.</summary>
    public const int MaxLineLength = DocumentExtractor.MaxLineLength;

    public static IReadOnlyList<DocumentSection> Split(string text, int maxBodyLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBodyLines, 1);
        var sections = new List<DocumentSection>();
        var headings = new List<(int Level, NumberedLine Line)>();
        var body = new List<NumberedLine>();

        void Flush()
        {
            if (body.Count > 0)
            {
                sections.Add(new DocumentSection(sections.Count, [.. headings.Select(h => h.Line), .. body]));
                body.Clear();
            }
        }

        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.Length > MaxLineLength)
            {
                continue;
            }

            var level = HeadingLevel(line);
            if (level > 0)
            {
                Flush();
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, new NumberedLine(number, line)));
                continue;
            }

            body.Add(new NumberedLine(number, line));
            if (body.Count >= maxBodyLines)
            {
                Flush();
            }
        }

        Flush();
        return sections;
    }

    /// <summary>The ATX heading level (1–6) of a line, or 0 when it is not a heading.</summary>
    private static int HeadingLevel(string line)
    {
        var trimmed = line.TrimStart();
        if (line.Length - trimmed.Length > 3)
        {
            return 0;
        }

        var level = 0;
        while (level < trimmed.Length && trimmed[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (level == trimmed.Length || trimmed[level] is ' ' or '\t') ? level : 0;
    }
}
