namespace GraphExplorer.Extraction.Tests.Properties;

/// <summary>A generated document text; printed escaped, so a failing case reads on one line.</summary>
/// <param name="Text">The text.</param>
public sealed record MarkdownText(string Text)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Text);
}
