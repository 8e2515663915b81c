using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class SuppliesComputeCueTests
{
    [Theory]
    [InlineData("Rimal Compute signed a deal to supply 4,000 H200 GPUs to Saffana AI.", "Rimal Compute SUPPLIES_COMPUTE_TO Saffana AI")]
    [InlineData("Stourbay Data Centers rents GB200 NVL72 capacity to Mistral AI.", "Stourbay Data Centers SUPPLIES_COMPUTE_TO Mistral AI")]
    [InlineData("Yotta Data Services今年从英伟达采购了八千张B200。", "NVIDIA SUPPLIES_COMPUTE_TO Yotta Data Services")]
    [InlineData("HeyGen's Avatar IV model is served on AWS.", "AWS SUPPLIES_COMPUTE_TO HeyGen")]
    public void Extract_GivingToOrBuyingFrom_SupplierToBuyer(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
        var (supplier, buyer) = (expected.Split(" SUPPLIES_COMPUTE_TO ")[0], expected.Split(" SUPPLIES_COMPUTE_TO ")[1]);
        Assert.DoesNotContain($"{buyer} SUPPLIES_COMPUTE_TO {supplier}", edges);
    }

    [Fact]
    public void Extract_ClauseWithUnnamedOrganisationSubject_NoEarlierClauseSubject()
    {
        var graph = new DocumentExtractor(GraphExplorer.Extraction.Catalogue.EntityCatalogue.None).Extract(new GraphExplorer.Core.Documents.DocumentSource("note.md", "h", "问津科技则租用了GPU集群进行训练，火山引擎也为秘塔科技提供算力。"));

        Assert.DoesNotContain(Edges(graph.Graph), e => e.StartsWith("问津科技 SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ClauseOpenedByAFeature_SentenceSubject()
    {
        Assert.Contains("砚码助手 BUILT_ON DeepSeek-V3", Edges("砚码助手运行在砚码-Coder 32B之上，同时也接入了DeepSeek-V3。"));
    }

    [Theory]
    [InlineData("SB Intuitions发布了日语模型Sarashina2，训练所用的GPU集群由SoftBank提供。", "SoftBank Group SUPPLIES_COMPUTE_TO SB Intuitions")]
    [InlineData("G42随之把模型和应用迁到微软的Azure上。", "Microsoft SUPPLIES_COMPUTE_TO G42")]
    public void Extract_ComputeGivenByOrMovedTo_SupplierToUser(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_ProductIntroducedAsTheCompanys_TheCompanySupplies()
    {
        var edges = Edges("芯湃微电子（Xinpai Micro）是一家做端侧NPU的无锡公司，旗下的XP-N3已经向荣耀小批量供货。");

        Assert.Contains("芯湃微电子 SUPPLIES_COMPUTE_TO Honor", edges);
        Assert.DoesNotContain("XP-N3 SUPPLIES_COMPUTE_TO Honor", edges);
    }

    [Fact]
    public void Extract_TrainingOnRentedCompute_TheRenterTrains()
    {
        var edges = Edges("砚码科技租用了腾讯云约一千张GPU训练砚码-Coder 32B，为期十八个月。");

        Assert.Contains("砚码科技 DEVELOPS 砚码-Coder 32B", edges);
        Assert.DoesNotContain("Tencent Cloud DEVELOPS 砚码-Coder 32B", edges);
    }

    [Fact]
    public void Extract_CompanyAnaphorOpeningSentence_PreviousSentenceSubject()
    {
        var edges = Edges("Pennart Autonomy built Pennart Pilot on its Pennart-World 1.2 model, which was fine-tuned from NVIDIA's Cosmos. The company rents H100 clusters from Crusoe.");

        Assert.Contains("Crusoe SUPPLIES_COMPUTE_TO Pennart Autonomy", edges);
    }

    [Theory]
    [InlineData("芯岭科技今年向沃川汽车交付了十万片芯岭M5。", "芯岭科技 SUPPLIES_COMPUTE_TO 沃川汽车")]
    [InlineData("工业富联今年向xAI交付了数千台GB200 NVL72整机柜。", "Foxconn Industrial Internet SUPPLIES_COMPUTE_TO xAI")]
    public void Extract_ChipsOrRacksDelivered_Supply(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_RentsFrom_LenderSupplies()
    {
        Assert.Contains("Lambda SUPPLIES_COMPUTE_TO Larkspur Learning", Edges("Larkspur Learning rents its training GPUs from Lambda."));
    }

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

    [Theory]
    [InlineData("Lambda rents GPUs to Dunmoor AI for the training runs.", "Lambda SUPPLIES_COMPUTE_TO Dunmoor AI")]
    [InlineData("析岚科技跑在火山引擎上。", "Volcano Engine SUPPLIES_COMPUTE_TO 析岚科技")]
    public void Extract_RentsToOrRunsOnACloud_TheCloudSupplies(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("SUPPLIES_COMPUTE_TO Lambda", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wrenmoor Glass 2 runs on Qualcomm's Snapdragon AR1 Gen 1.", "Wrenmoor Glass 2 BUILT_ON Snapdragon AR1 Gen 1")]
    [InlineData("该公司的“青桠”操作系统运行在英伟达Jetson Thor之上。", null)]
    public void Extract_DeviceRunsOnAChipNamedWithItsMaker_BuiltOnTheChipNotSuppliedByTheMaker(string sentence, string? builtOn)
    {
        var edges = Edges(sentence);

        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
        if (builtOn is not null)
        {
            Assert.Contains(builtOn, edges);
        }
    }

    [Fact]
    public void Extract_CompanyRunsOnAChipNamedWithItsMaker_TheMakerSupplies()
    {
        var edges = Edges("字节跳动的训练集群跑在英伟达H100上。");

        Assert.Contains("NVIDIA SUPPLIES_COMPUTE_TO ByteDance", edges);
    }

    [Fact]
    public void Extract_NewCompanyRentsACloudsCompute_TheCloudSuppliesIt()
    {
        var edges = Edges("星澜租用了华为云的昇腾算力。");

        Assert.Contains("Huawei Cloud SUPPLIES_COMPUTE_TO 星澜", edges);
        Assert.DoesNotContain("Huawei Cloud DEVELOPS Ascend", edges);
    }

    [Fact]
    public void Extract_ChipClusterSomeoneHolds_NotDevelopedByTheHolder()
    {
        var edges = Edges("岚禾科技租用了析岚智药闲置的A800集群做微调。");

        Assert.DoesNotContain(edges, e => e.Contains("DEVELOPS A800", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CoreWeave则为Character.AI之外的多家海外陪伴应用提供推理集群。")]
    [InlineData("CoreWeave向Character.AI以外的多家公司出租GPU。")]
    public void Extract_CustomerSetApart_NotTheCustomer(string sentence)
    {
        var edges = Edges(sentence);

        Assert.DoesNotContain("CoreWeave SUPPLIES_COMPUTE_TO Character.AI", edges);
    }

    [Fact]
    public void Extract_ChipRentedFromItsOwner_TheOwnerSupplies()
    {
        var edges = Edges("澜算是一家贵阳的智算服务商。晟碳科技租用了澜算的昇腾910B集群。");

        Assert.Contains("澜算 SUPPLIES_COMPUTE_TO 晟碳科技", edges);
        Assert.DoesNotContain("Ascend 910B SUPPLIES_COMPUTE_TO 晟碳科技", edges);
    }

    [Fact]
    public void Extract_ForInsideTheSuppliersName_NoRecipientNamedWithIt()
    {
        var edges = Edges("华为为国家电网提供了训练所需的昇腾910B集群。");

        Assert.DoesNotContain(edges, e => e.Contains("为国家电网", StringComparison.Ordinal) || e.EndsWith("DEVELOPS Ascend 910B", StringComparison.Ordinal) && !e.StartsWith("Huawei", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Glowhearth Compute, a Porto neocloud whose GPUs are supplied by NVIDIA, rents them out.", "NVIDIA SUPPLIES_COMPUTE_TO Glowhearth Compute")]
    [InlineData("NVIDIA is shipping ten thousand Blackwell GPUs to Deutsche Telekom.", "NVIDIA SUPPLIES_COMPUTE_TO Deutsche Telekom")]
    [InlineData("Cindergrove Compute, a Leeds neocloud that buys its H200s from NVIDIA, rents them out.", "NVIDIA SUPPLIES_COMPUTE_TO Cindergrove Compute")]
    public void Extract_HardwareSuppliedShippedOrBought_SupplierToTheBuyer(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_GoodsBoughtFromASeller_NoAcquisition()
    {
        Assert.DoesNotContain(Edges("Cindergrove Compute buys its H200s from NVIDIA."), e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CompanyBoughtFromItsFounders_StillAnAcquisition()
    {
        Assert.Contains("Fernwick Labs INVESTS_IN Pellamy", Edges("Fernwick Labs bought Pellamy from its founders."));
    }
}
