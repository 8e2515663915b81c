using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class SuppliesComputeCueTests
{
    [Theory]
    [InlineData("英伟达为OpenAI提供算力。", "NVIDIA SUPPLIES_COMPUTE_TO OpenAI")]
    [InlineData("Anthropic使用谷歌云提供的GPU训练模型。", "Google Cloud SUPPLIES_COMPUTE_TO Anthropic")]
    [InlineData("字节跳动依托火山引擎的算力训练大模型。", "Volcano Engine SUPPLIES_COMPUTE_TO ByteDance")]
    [InlineData("NVIDIA supplies GPUs to Meta.", "NVIDIA SUPPLIES_COMPUTE_TO Meta")]
    public void Extract_ComputeCue_SupplierToConsumer(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_RentsChipsFromACloud_TheCloudSuppliesNotTheChip()
    {
        var edges = Edges("Halyard Systems rents H100 clusters from Pellucid Compute.");

        Assert.Contains("Pellucid Compute SUPPLIES_COMPUTE_TO Halyard Systems", edges);
        Assert.DoesNotContain("Pellucid Compute DEVELOPS H100", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("H100 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TrainedOnTopOfAModel_ABaseNotCompute()
    {
        var edges = Edges("Kestrel Labs trains Kestrel-2 on top of Mistral Large.");

        Assert.Contains("Kestrel-2 BUILT_ON Mistral Large", edges);
        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ComputeForACommunity_NoSupplyEdge()
    {
        var edges = Edges("Stability AI为开源社区提供算力及资金支持。");

        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ProvideWithoutCompute_NoSupplyEdge()
    {
        var edges = Edges("微软为OpenAI提供了销售渠道。");

        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }
}
