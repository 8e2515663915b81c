using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Documents;

/// <summary>A Chinese name the document established on one line is found where another line writes it bare.</summary>
public sealed class EstablishedNamesTests
{
    [Fact]
    public void Extract_NameEstablishedByALabel_FoundBareOnAnotherLine()
    {
        const string Markdown = """
            - **潮岚云算（Chaolan Cloud）：** 潮岚推理平台
            - **栎岚资本：** 领投潮岚云算B轮
            """;

        var edges = Edges(Markdown);

        Assert.Contains("栎岚资本 INVESTS_IN 潮岚云算", edges);
    }

    [Fact]
    public void Extract_NameNeverEstablished_NotFoundBare()
    {
        var edges = Edges("- **栎岚资本：** 领投潮岚云算B轮");

        Assert.DoesNotContain(edges, e => e.Contains("潮岚云算", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoCharacterName_NotSpreadToOtherLines()
    {
        const string Markdown = """
            - **岚禾（Lanhe Bio）：** 岚禾-Fold
            星岚资本投资了岚禾生物。
            """;

        var graph = Extract(Markdown);

        Assert.DoesNotContain(graph.Entities, e => e.Name == "岚禾" && e.Aliases.Contains("岚禾生物"));
    }

    [Fact]
    public void Extract_TwoCharacterNameAloneInATableCell_FoundBareInProse()
    {
        const string Markdown = """
            | 平台 | 运营方 |
            |---|---|
            | 汐岚 | 阿里云 |

            火山方舟与汐岚在企业API市场正面竞争。
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Alibaba Cloud DEVELOPS 汐岚", edges);
        Assert.True(HasCompetition(edges, "Volcano Ark", "汐岚"), string.Join('\n', edges));
    }

    [Fact]
    public void Extract_HeaderCell_NotAName()
    {
        const string Markdown = """
            | 平台 | 运营方 |
            |---|---|
            | 汐岚 | 阿里云 |

            这个平台与阿里云的运营方式不同。
            """;

        var graph = Extract(Markdown);

        Assert.DoesNotContain(graph.Entities, e => e.Name is "平台" or "运营方");
    }
}
