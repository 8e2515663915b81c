namespace GraphExplorer.Extraction.Llm.Sections;

/// <summary>One line of a document with its absolute 1-based number.</summary>
/// <param name="Number">The line number in the whole document.</param>
/// <param name="Text">The line's text, without its line break.</param>
internal readonly record struct NumberedLine(int Number, string Text);
