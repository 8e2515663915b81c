using GraphExplorer.Extraction.Documents;

namespace GraphExplorer.Extraction.Tests.Documents;

public sealed class MarkdownLineReaderTests
{
    [Fact]
    public void Read_MixedDocument_ClassifiesAndNumbersLines()
    {
        const string Text = "---\ntags: x\n---\n# 标题\n  - **项**：内容\n|a|b|\n|--|--|\n```\ncode\n```\n正文\r\n";

        var lines = MarkdownLineReader.Read(Text).ToList();

        Assert.Equal(
            [MarkdownLineKind.Skipped, MarkdownLineKind.Skipped, MarkdownLineKind.Skipped, MarkdownLineKind.Heading,
             MarkdownLineKind.ListItem, MarkdownLineKind.TableRow, MarkdownLineKind.TableSeparator,
             MarkdownLineKind.Skipped, MarkdownLineKind.Skipped, MarkdownLineKind.Skipped, MarkdownLineKind.Paragraph, MarkdownLineKind.Blank],
            lines.Select(l => l.Kind));
        Assert.Equal(5, lines[4].Number);
        Assert.Equal(2, lines[4].Indent);
        Assert.Equal("**项**：内容", lines[4].Content);
        Assert.Equal("标题", lines[3].Content);
        Assert.Equal("正文", lines[10].Content);
    }

    [Fact]
    public void Read_NumberedItem_StripsMarker()
    {
        var line = Assert.Single(MarkdownLineReader.Read("12. OpenAI：GPT-4"));

        Assert.Equal(MarkdownLineKind.ListItem, line.Kind);
        Assert.Equal("OpenAI：GPT-4", line.Content);
    }
}
