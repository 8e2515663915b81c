namespace GraphExplorer.Extraction.Documents;

/// <summary>What a Markdown line is, as far as extraction cares.</summary>
internal enum MarkdownLineKind
{
    /// <summary>Empty or white space.</summary>
    Blank,

    /// <summary>An ATX heading (<c># ...</c>).</summary>
    Heading,

    /// <summary>A bullet or numbered list item.</summary>
    ListItem,

    /// <summary>A table row (<c>|a|b|</c>).</summary>
    TableRow,

    /// <summary>A table's alignment row (<c>|:--|--:|</c>).</summary>
    TableSeparator,

    /// <summary>Running text (a block quote's text included).</summary>
    Paragraph,

    /// <summary>Inside or delimiting a fenced code block, raw HTML, a thematic break or front matter: not prose.</summary>
    Skipped,
}
