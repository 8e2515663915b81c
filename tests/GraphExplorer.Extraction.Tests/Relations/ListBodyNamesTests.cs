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
}
