namespace GraphExplorer.Extraction.Documents;

/// <summary>One line of a Markdown document, classified.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Kind">What the line is.</param>
/// <param name="Indent">The list item's indentation in columns; -1 for anything that is not a list item.</param>
/// <param name="HeadingLevel">The heading's level (1-6), 0 otherwise.</param>
/// <param name="Content">The line's text without its list marker, heading hashes or quote marker, trimmed.</param>
internal readonly record struct MarkdownLine(int Number, MarkdownLineKind Kind, int Indent, int HeadingLevel, string Content);
