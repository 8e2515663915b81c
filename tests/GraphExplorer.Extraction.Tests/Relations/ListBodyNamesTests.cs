using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>Names a developer head's list body gives that no catalogue knows.</summary>
public sealed class ListBodyNamesTests
{
    [Theory]
    [InlineData("- **CoreWeave：** Orbit Fabric、Mission Deck", "CoreWeave DEVELOPS Orbit Fabric", "CoreWeave DEVELOPS Mission Deck")]
    [InlineData("- **青禾科技：** 青禾、青禾企业版", "青禾科技 DEVELOPS 青禾", "青禾科技 DEVELOPS 青禾企业版")]
    public void Extract_DeveloperHeadWithNewNames_DevelopsEach(string item, string first, string second)
    {
        var edges = Edges(item);

        Assert.Contains(first, edges);
        Assert.Contains(second, edges);
    }

    [Theory]
    [InlineData("- **Hugging Face:** 营销内容生成、模型共享")]
    [InlineData("- **Copy.ai:** 营销文案")]
    [InlineData("- **Parallax AI：** seed round led by investors")]
    public void Extract_DescriptiveBody_NoProducts(string item)
    {
        var edges = Edges(item);

        Assert.DoesNotContain(edges, e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- **中国联通：** 元景大模型", "China Unicom DEVELOPS 元景大模型")]
    [InlineData("- **作业帮：** 银河大模型和作业帮学习机", "Zuoyebang DEVELOPS 银河大模型")]
    [InlineData("- **上海人工智能实验室：** 风乌", "Shanghai AI Laboratory DEVELOPS 风乌")]
    public void Extract_CompanyHeadWithOneShortNameOrAModelFamily_DevelopsIt(string line, string expected)
    {
        Assert.Contains(expected, Edges(line));
    }

    [Theory]
    [InlineData("- **腾讯：** 暂无")]
    [InlineData("- **优势：** 便宜")]
    [InlineData("- **栎岚资本：** 领投潮岚云算B轮")]
    public void Extract_BodyThatListsNothingOrDescribesAProduct_NoDevelops(string line)
    {
        Assert.DoesNotContain(Edges(line), e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }
}
