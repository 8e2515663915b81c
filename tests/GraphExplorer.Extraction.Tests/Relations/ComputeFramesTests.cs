using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class ComputeFramesTests
{
    [Theory]
    [InlineData("字节跳动采购了英伟达的A100。", "NVIDIA SUPPLIES_COMPUTE_TO ByteDance")]
    [InlineData("Stable Diffusion 的训练共使用了 256 张 Nvidia A100，耗时 15 万小时。", "NVIDIA SUPPLIES_COMPUTE_TO Stable Diffusion")]
    [InlineData("Anthropic租用了谷歌云的GPU集群。", "Google Cloud SUPPLIES_COMPUTE_TO Anthropic")]
    [InlineData("Meta bought 350,000 NVIDIA H100 GPUs for its clusters.", "NVIDIA SUPPLIES_COMPUTE_TO Meta")]
    public void Extract_BuyerUsesSuppliersHardware_SupplierToBuyer(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_RunsOnCloudCompany_SupplyWithLineAndQuote()
    {
        const string note = "# Notes\n\nOpenAI runs on Microsoft's cloud. It is growing fast.";

        CueEvidence.AssertStated(note, "Microsoft SUPPLIES_COMPUTE_TO OpenAI", 3, "OpenAI runs on Microsoft's cloud.");
    }

    [Fact]
    public void Extract_TrainedModelOnCloud_BothMakerAndSupplier()
    {
        var edges = Edges("OpenAI trained GPT-4 on Microsoft's supercomputers.");

        Assert.Contains("OpenAI DEVELOPS GPT-4", edges);
        Assert.Contains("Microsoft SUPPLIES_COMPUTE_TO OpenAI", edges);
    }

    [Fact]
    public void Extract_ChineseTrainedOnSuppliersChips_SupplierToModel()
    {
        var edges = Edges("Claude在谷歌的TPU上训练。");

        Assert.Contains("Google SUPPLIES_COMPUTE_TO Claude", edges);
    }

    [Fact]
    public void Extract_RunsOnModel_BuiltOnNotSupply()
    {
        var edges = Edges("Perplexity runs on Llama.");

        Assert.Contains("Perplexity BUILT_ON Llama", edges);
        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("幻方的模型用了大量GPU（除了字节外，最大的英伟达算力方了）。", "NVIDIA SUPPLIES_COMPUTE_TO High-Flyer")]
    [InlineData("幻方的模型用了大量GPU（除了字节外，最大的英伟达算力方了）。", "NVIDIA SUPPLIES_COMPUTE_TO ByteDance")]
    [InlineData("Meta is NVIDIA's largest customer for GPUs.", "NVIDIA SUPPLIES_COMPUTE_TO Meta")]
    public void Extract_CustomerOfSupplier_SupplierToCustomer(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_CustomerWithoutCompute_NoSupplyEdge()
    {
        var edges = Edges("Meta is Salesforce's largest customer.");

        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("英伟达向字节跳动交付了一万张H800训练卡。", "NVIDIA SUPPLIES_COMPUTE_TO ByteDance")]
    [InlineData("NVIDIA provides GPU clusters to Anthropic.", "NVIDIA SUPPLIES_COMPUTE_TO Anthropic")]
    [InlineData("AWS provides Anthropic with compute.", "AWS SUPPLIES_COMPUTE_TO Anthropic")]
    public void Extract_SupplierDelivers_SupplierToBuyer(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_ChipMentionedElsewhereInLine_NotTheChipsMaker()
    {
        var edges = Edges("寒武纪的思元590在某些应用场景下接近NVIDIA的A100 90%的性能。");

        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("铖岳科技把Bohrium部署在阿里云上。", "Alibaba Cloud SUPPLIES_COMPUTE_TO 铖岳科技")]
    [InlineData("铖岳科技把全部服务部署在华为云。", "Huawei Cloud SUPPLIES_COMPUTE_TO 铖岳科技")]
    public void Extract_CompanyPutsItsProductOnACloud_CloudSuppliesTheCompany(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain("Alibaba Cloud SUPPLIES_COMPUTE_TO Bohrium", edges);
    }

    [Fact]
    public void Extract_CompanyAnaphorAfterAQuotedProduct_StandsForTheCompany()
    {
        var edges = Edges("铖岳科技是一家苏州的工业模型公司；“铖岳助手”由铖岳-Indus 34B驱动。该公司的训练集群租用了阿里云的GPU。");

        Assert.Contains("Alibaba Cloud SUPPLIES_COMPUTE_TO 铖岳科技", edges);
        Assert.DoesNotContain("Alibaba Cloud SUPPLIES_COMPUTE_TO 铖岳助手", edges);
    }
}
