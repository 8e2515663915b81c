using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Names read from the part they play as a base, from an edition word, from a size after a descriptive part.</summary>
public sealed class BaseAndEditionNameTests
{
    private static Mention? Find(string line, string surface) => new MentionFinder(EntityCatalogue.None).Find(line).Find(m => m.Surface == surface);

    [Theory]
    [InlineData("“岫风”以澜涛为基础继续训练。", "澜涛")]
    [InlineData("这款应用以澜涛为底座。", "澜涛")]
    [InlineData("岫风由澜涛驱动。", "澜涛")]
    public void Find_RunBetweenABaseOpenerAndItsCloser_IsAModel(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Model, mention.Type);
    }

    [Theory]
    [InlineData("该产品由自研模型驱动。")]
    [InlineData("它在大量数据的基础上训练。")]
    public void Find_GenericRunInABaseFrame_IsNoName(string line)
    {
        Assert.DoesNotContain(new MentionFinder(EntityCatalogue.None).Find(line), m => m.Origin != MentionOrigin.Catalogue);
    }

    [Fact]
    public void Find_DescriptivePartWithASize_IsAModelName()
    {
        var mention = Find("岚栖-Agent 14B作为默认模型。", "岚栖-Agent 14B");

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Model, mention.Type);
    }

    [Fact]
    public void Find_DescriptivePartAlone_IsNoName()
    {
        Assert.Null(Find("文本-Agent是一种形态。", "文本-Agent"));
    }

    [Fact]
    public void Extract_OpenEditionOfACataloguedModel_IsItsOwnBase()
    {
        Assert.Contains("Ferrowick Audio DEVELOPS Brisk-Music 2", Edges("Ferrowick Audio trained Brisk-Music 2 from Stable Audio Open."));
        Assert.Contains(Edges("Brisk-Music 2 is fine-tuned from Stable Audio Open."), e => e.EndsWith("BUILT_ON Stable Audio Open", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SubjectAfterAnOwnerPronounAndItsKind_OpensTheClause()
    {
        var edges = Edges("Ferrowick Audio builds models, and its plug-in Brisk Stems is powered by Brisk-Music 2.");

        Assert.Contains("Brisk Stems BUILT_ON Brisk-Music 2", edges);
    }

    [Theory]
    [InlineData("岫风地图就以岫风-EO 1B为底座。", "岫风地图", "岫风-EO 1B")]
    [InlineData("澜栖浏览器由自研的澜栖-Agent 8B驱动。", "澜栖浏览器", "澜栖-Agent 8B")]
    [InlineData("澜栖调度助手以澜栖-Grid 7B为基础。", "澜栖调度助手", "澜栖-Grid 7B")]
    public void Extract_SubjectBeforeABaseOpenerWithItsCloser_IsBuiltOnTheBase(string line, string product, string model)
    {
        Assert.Contains($"{product} BUILT_ON {model}", Edges(line));
    }

    [Theory]
    [InlineData("我们发现超过八成以Qwen为底座。")]
    [InlineData("该模型由澜栖科技开发。")]
    [InlineData("澜栖地图以年费计价。")]
    public void Find_RunBefore由Or以WithoutABaseCloser_IsNoProduct(string line)
    {
        Assert.DoesNotContain(new MentionFinder(EntityCatalogue.None).Find(line), m => m.Type == EntityType.Product);
    }

    [Theory]
    [InlineData("岫风以自研的澜涛翻译大模型为底座。", "澜涛翻译大模型")]
    [InlineData("“岫风”由自家的澜涛驱动。", "澜涛")]
    public void Find_BaseWithTheOwnersWordBeforeIt_NameWithoutTheWord(string line, string name)
    {
        Assert.NotNull(Find(line, name));
    }
}
