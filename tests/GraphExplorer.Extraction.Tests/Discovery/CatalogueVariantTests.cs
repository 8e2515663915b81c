using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Catalogue names written with more after them, or with a verb inside an alias.</summary>
public sealed class CatalogueVariantTests
{
    [Theory]
    [InlineData("阿里巴巴投资了月之暗面。", "Alibaba INVESTS_IN Moonshot AI")]
    [InlineData("腾讯投资了智谱AI和MiniMax。", "Tencent INVESTS_IN Zhipu AI")]
    public void Extract_AliasEndingInVerb_ReadAsTheVerb(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_InvestmentArmAsSubject_StaysTheArm()
    {
        var edges = Edges("腾讯投资是国内最活跃的战略投资机构之一。");

        Assert.DoesNotContain(edges, e => e.StartsWith("Tencent ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HyphenatedCapitalisedWord_AnotherName()
    {
        var edges = Edges("|Company|Models|\n|--|--|\n|Baidu|ERNIE-Layout/ERNIE-Search|");

        Assert.Contains("Baidu DEVELOPS ERNIE-Layout", edges);
        Assert.Contains("Baidu DEVELOPS ERNIE-Search", edges);
    }

    [Theory]
    [InlineData("- **Perplexity：** Perplexity Pro、Comet", "Perplexity DEVELOPS Perplexity Pro")]
    [InlineData("- **CoreWeave：** CoreWeave Cloud", "CoreWeave DEVELOPS CoreWeave Cloud")]
    public void Extract_EditionWordAfterName_ProductOfIt(string item, string expected)
    {
        var edges = Edges(item);

        Assert.Contains(expected, edges);
    }
}
