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

    [Theory]
    [InlineData("- **ABB：** Genix Copilot", "ABB DEVELOPS Genix Copilot")]
    [InlineData("Siemens built the Siemens Industrial Copilot together with Microsoft.", "Siemens DEVELOPS Siemens Industrial Copilot")]
    [InlineData("Red Hat acquired Neural Magic.", "Red Hat INVESTS_IN Neural Magic")]
    public void Extract_CapitalisedWordsBeforeACatalogueName_AnotherName(string line, string expected)
    {
        var edges = Edges(line);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(edges, e => e.EndsWith(" Copilot", StringComparison.Ordinal) && e.Split(' ').Length == 3);
    }

    [Theory]
    [InlineData("## Why Enterprises Choose Qwen")]
    [InlineData("Using Copilot, teams ship faster.")]
    public void Find_TitleOrOrdinaryWordBeforeACatalogueName_NameUnchanged(string line)
    {
        var mentions = new GraphExplorer.Extraction.Relations.MentionFinder(GraphExplorer.Extraction.Catalogue.EntityCatalogue.Default).Find(line);

        Assert.Contains(mentions, m => m.Surface is "Qwen" or "Copilot");
    }
}
