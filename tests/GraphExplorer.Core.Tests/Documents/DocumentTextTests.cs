using GraphExplorer.Core.Documents;

namespace GraphExplorer.Core.Tests.Documents;

/// <summary>Lines are counted exactly as they are split: at <c>\n</c>, the newline ending the last line starting none.</summary>
public sealed class DocumentTextTests
{
    public static TheoryData<string> Texts => new()
    {
        string.Empty,
        "\n",
        "\n\n",
        "one",
        "one\n",
        "one\r\n",
        "one\ntwo",
        "one\r\ntwo\r\n",
        "one\n\n\nfour\n",
        "\r",
        "no newline but a \r in the middle",
        "英伟达\n月之暗面\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void CountLines_AnyText_EqualsTheNumberOfSplitLines(string text) =>
        Assert.Equal(DocumentText.SplitLines(text).Count, DocumentText.CountLines(text));
}
