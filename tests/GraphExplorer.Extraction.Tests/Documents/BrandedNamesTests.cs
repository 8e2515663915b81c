using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Documents;

/// <summary>A brand the document established (a company's stem, a versioned name's Chinese part) written onto a Latin name.</summary>
public sealed class BrandedNamesTests
{
    [Fact]
    public void Extract_CompanyStemWrittenOntoALatinWord_OneProductName()
    {
        var edges = Edges("枢岫科技推出了枢岫Flow。\n\n榫卯工作台与枢岫Flow在制造业上争夺同一批客户。");

        Assert.Contains("枢岫科技 DEVELOPS 枢岫Flow", edges);
        Assert.True(HasCompetition(edges, "榫卯工作台", "枢岫Flow"));
        Assert.DoesNotContain(edges, e => e.Contains(" Flow", StringComparison.Ordinal) || e.StartsWith("Flow", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_VersionedNamesChinesePartWrittenOntoALatinWord_OneProductName()
    {
        var edges = Edges("枢岫-Agent 14B是默认模型。\n\n枢岫Flow由枢岫-Agent 14B驱动。");

        Assert.Contains("枢岫Flow BUILT_ON 枢岫-Agent 14B", edges);
    }

    [Fact]
    public void Extract_LatinWordAfterAnUnestablishedChineseWord_LatinNameAlone()
    {
        var edges = Edges("新版Sonar由Llama 3.3驱动。");

        Assert.DoesNotContain(edges, e => e.StartsWith("新版", StringComparison.Ordinal));
    }
}
