using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Chinese names by suffix and by position before built-on verbs, and the descriptions that are not names.</summary>
public sealed class ChineseNameBoundaryTests
{
    private static List<Mention> Find(string line) => new MentionFinder(EntityCatalogue.None).Find(line);

    [Theory]
    [InlineData("星衡数智发布了新模型。", "星衡数智")]
    [InlineData("远岚机器人推出了一款巡检机器人。", "远岚机器人")]
    [InlineData("启途汽车完成了B轮融资。", "启途汽车")]
    public void Find_CompanySuffix_DiscoveredCompany(string line, string name)
    {
        var mention = Find(line).Find(m => m.Surface == name);

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Theory]
    [InlineData("客服机器人已经很常见。", "客服机器人")]
    [InlineData("心理疗愈机器人推出了新版本。", "心理疗愈机器人")]
    [InlineData("它收购了一家灵巧手初创公司。", "灵巧手初创")]
    public void Find_DescriptionBeforeSuffix_IsNoName(string line, string description)
    {
        Assert.DoesNotContain(Find(line), m => m.Surface.Contains(description, StringComparison.Ordinal) || description.Contains(m.Surface, StringComparison.Ordinal) && m.Surface.Length > 2);
    }

    [Fact]
    public void Find_ObjectEndingInCount_IsNoName()
    {
        Assert.DoesNotContain(Find("远岚机器人收购了杭州一家传感器厂商。"), m => m.Surface.StartsWith("杭州", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("晨曦助手基于Qwen2.5构建。", "晨曦助手 BUILT_ON Qwen2.5")]
    [InlineData("晨曦助手是基于Qwen2.5的对话应用。", "晨曦助手 BUILT_ON Qwen2.5")]
    [InlineData("晨曦助手接入了DeepSeek-V3。", "晨曦助手 BUILT_ON DeepSeek-V3")]
    public void Extract_SubjectOfBuiltOnVerb_NewNameBuiltOnBase(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_ComparisonWordBeforeBuiltOn_NotASubject()
    {
        Assert.DoesNotContain(Edges("相比基于点云的Point-E，新模型更快。"), e => e.StartsWith("相比", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("英伟达为星岚智行提供算力。", "NVIDIA SUPPLIES_COMPUTE_TO 星岚智行")]
    [InlineData("阿里云向星岚智行交付了一批GPU服务器。", "Alibaba Cloud SUPPLIES_COMPUTE_TO 星岚智行")]
    public void Extract_RecipientBetweenForAndSupplyVerb_NewCompany(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Theory]
    [InlineData("珀映科技的渲染跑在芸算云上：芸算云为珀映科技提供了约八百张L20，同时也向星岚科技出租推理算力。", "芸算云 SUPPLIES_COMPUTE_TO 星岚科技")]
    [InlineData("澜算云向腾讯出租了两千张GPU。", "澜算云 SUPPLIES_COMPUTE_TO Tencent")]
    public void Extract_SupplierBeforeForAndSupplyVerb_NewCompany(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("珀映科技 SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SupplierWithoutCatalogue_FoundBeforeFor()
    {
        var graph = new DocumentExtractor(GraphExplorer.Extraction.Catalogue.EntityCatalogue.None).Extract(new GraphExplorer.Core.Documents.DocumentSource("note.md", "h", "英伟达为拓穹智行提供算力。"));

        Assert.Contains("英伟达 SUPPLIES_COMPUTE_TO 拓穹智行", Edges(graph.Graph));
    }

    [Fact]
    public void Extract_CustomersBetweenForAndSupplyVerb_NoCompany()
    {
        var graph = Extract("珀映科技旗下的珀映直播间按小时向中小商家出租虚拟主播。");

        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("商家", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("该公司今年向澈音交付了一千张L40S。")]
    [InlineData("同时也向硅基智能出租推理算力。")]
    public void Extract_TimeWordsOrAdverbsBeforeFor_NoSupplierName(string sentence)
    {
        Assert.DoesNotContain(Edges(sentence), e => e.Contains("今年", StringComparison.Ordinal) || e.Contains("同时", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("星衡数智成立于2023年，获得了英伟达的投资。", "NVIDIA INVESTS_IN 星衡数智")]
    [InlineData("星衡数智总部位于杭州，获得了英伟达的投资。", "NVIDIA INVESTS_IN 星衡数智")]
    public void Extract_SuffixNameBeforeFoundingWords_Company(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Theory]
    [InlineData("澈岭是一家只有四十人的杭州语音公司。", "杭州语音")]
    [InlineData("上海芯片公司发布了新品。", "上海芯片")]
    public void Find_PlaceAndFieldBeforeSuffix_IsNoName(string line, string description)
    {
        Assert.DoesNotContain(Find(line), m => m.Surface.Contains(description, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_PlaceBeforeLatinCompany_IsNoName()
    {
        Assert.DoesNotContain(Find("马来西亚YTL集团旗下的YTL AI Labs发布了本土模型ILMU。"), m => m.Surface == "马来西亚");
    }

    [Fact]
    public void Extract_GlossedShortNameDescribedAsCompany_DevelopsItsModel()
    {
        var edges = Edges("澈岭（Cheling）是一家只有四十人的杭州语音公司，澈岭的澈岭-TTS 2.1很强。");

        Assert.Contains("澈岭 DEVELOPS 澈岭-TTS 2.1", edges);
    }

    [Theory]
    [InlineData("百度推出了代码托管平台Gitee。", "代码托管平台")]
    [InlineData("百度推出了AI作画平台“星画”。", "AI作画平台")]
    public void Find_DescriptionBeforeLatinOrQuotedName_IsNoName(string line, string description)
    {
        var mentions = Find(line);

        Assert.DoesNotContain(mentions, m => m.Surface.Contains(description, StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.End == line.Length - 1 || line[m.End] is '”' or '。');
    }

    [Theory]
    [InlineData("百度推出的AI作画平台`文心一格`。", "Baidu DEVELOPS 文心一格")]
    [InlineData("网易推出了AI音乐创作平台“网易天音”。", "NetEase DEVELOPS 网易天音")]
    public void Extract_QuotedNameHoldingKnownName_IsItsOwnName(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(edges, e => e.Contains("ERNIE", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_QuotedKnownNameWithOneCharacterMore_StaysTheKnownName()
    {
        Assert.Contains(new MentionFinder(EntityCatalogue.Default).Find("所谓“英伟达税”让很多公司头疼。"), m => m.IsCatalogued && m.Name == "NVIDIA");
    }

    [Fact]
    public void Find_ForInsideAnotherWord_NoRecipient()
    {
        Assert.DoesNotContain(Find("作为一家公司提供算力的厂商。"), m => m.Surface.StartsWith("一家", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_KnownCompanyWithDivisionEnding_AnotherCompany()
    {
        var mention = new MentionFinder(EntityCatalogue.Default).Find("小米汽车与理想竞争。").Find(m => m.Surface == "小米汽车");

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Fact]
    public void Find_KnownCompanyWithLegalForm_StaysTheCompany()
    {
        Assert.Contains(new MentionFinder(EntityCatalogue.Default).Find("小米集团发布了财报。"), m => m.IsCatalogued && m.Name == "Xiaomi");
    }
}
