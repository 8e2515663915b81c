using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Names found from the text alone (no catalogue): the name, its boundaries, how sure, and its type.</summary>
public sealed class NameDiscoveryTests
{
    private static MentionFinder CreateSut() => new(EntityCatalogue.None);

    private static Mention? Find(string line, string surface) => CreateSut().Find(line).Find(m => m.Surface == surface);

    [Theory]
    [InlineData("Thrive Capital invests in Anysphere.", "Thrive Capital")]
    [InlineData("据悉，Lightspeed Venture Partners领投了本轮。", "Lightspeed Venture Partners")]
    [InlineData("Zephyrix Labs推出了Nimbus-7。", "Zephyrix Labs")]
    [InlineData("机器人公司Physical Intelligence完成了融资。", "Physical Intelligence")]
    public void Find_LatinNameWithCompanyEnding_IsDiscoveredCompany(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Theory]
    [InlineData("In October Ferrowick Labs acquired Pellamy.", "Ferrowick Labs")]
    [InlineData("Since March Ferrowick Labs has shipped agents.", "Ferrowick Labs")]
    public void Find_MonthAfterADroppedWord_IsADateNotPartOfTheName(string line, string name)
    {
        Assert.NotNull(Find(line, name));
    }

    [Theory]
    [InlineData("Cerebras supplies compute to G42.", "G42")]
    [InlineData("The cluster runs CoreWeave software.", "CoreWeave")]
    [InlineData("NVIDIA released Llama-3.1-Nemotron-70B last year.", "Llama-3.1-Nemotron-70B")]
    [InlineData("新款机器人DR01已经量产。", "DR01")]
    public void Find_MixedCaseOrDigits_IsDiscoveredWithWholeSpan(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.True(mention.IsKnown);
    }

    [Theory]
    [InlineData("Synthesia raised $180 million in a Series D led by New Enterprise Associates.", "New Enterprise Associates")]
    [InlineData("Parallax AI: seed round led by General Catalyst", "General Catalyst")]
    public void Find_InvestorStartingWithAnOrdinaryWord_WholeName(string line, string name)
    {
        Assert.NotNull(Find(line, name));
    }

    [Theory]
    [InlineData("| BGE-M3 | 智源研究院 | 8,192 | Yes |", "Yes")]
    [InlineData("| text-embedding-3-large | OpenAI | 8,191 | No |", "No")]
    [InlineData("Qualcomm Ventures invested in Korvid Mobile's Series B.", "Series B")]
    public void Find_TableAnswerOrRound_IsNoName(string line, string word)
    {
        Assert.Null(Find(line, word));
    }

    [Theory]
    [InlineData("Crusoe ships H100 GPUs to Glimmerlot.", "H100")]
    [InlineData("AWS rents Trainium2 chips to Anthropic.", "Trainium2")]
    [InlineData("Red Hat released Red Hat AI Inference Server in May.", "Red Hat AI Inference Server")]
    public void Find_ChipBeforeAHardwareNoun_NameWithoutTheNoun(string line, string name)
    {
        Assert.NotNull(Find(line, name));
    }

    [Theory]
    [InlineData("朴川科技发布了朴川P3推理卡。", "朴川P3")]
    [InlineData("瞳岭智能推出了瞳岭 S1眼镜。", "瞳岭 S1")]
    [InlineData("青苇实验室发布了青苇-MoE 30B-A3B。", "青苇-MoE 30B-A3B")]
    public void Find_ChineseBrandBeforeModelCode_OneName(string line, string name)
    {
        Assert.NotNull(Find(line, name));
    }

    [Theory]
    [InlineData("峦能算力是一家贵阳的智算服务商，今年从华为采购了昇腾910B。", "峦能算力")]
    [InlineData("安和科技是一家医疗AI公司，获得了腾讯的投资。", "安和科技")]
    [InlineData("澄言也是一家上海团队，获得了腾讯的投资。", "澄言")]
    public void Find_IntroducedCompanyWithAFunctionCharacterOrAdverb_WholeName(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Fact]
    public void Find_PronounIntroducedAsCompany_IsNoName()
    {
        Assert.DoesNotContain(CreateSut().Find("而这是一家公司，获得了腾讯的投资。"), m => m.Surface.Contains('这'));
    }

    [Fact]
    public void Find_NameIntroducedAsCompany_DiscoveredCompany()
    {
        var mention = Find("椰屿是一家吉隆坡的初创公司，创始团队来自Grab。", "椰屿");

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Fact]
    public void Find_LatinWordBeforeMarketWord_IsNoName()
    {
        Assert.Null(Find("冷杉是一家深圳公司，与英维克在CDU市场争夺同一批客户。", "CDU"));
    }

    [Theory]
    [InlineData("星岚科技推出了第二代P3。", "P3")]
    [InlineData("星岚科技推出了旗舰型X9。", "X9")]
    [InlineData("OpenAI的早期产品GPT-2很有名。", "GPT-2")]
    [InlineData("工业富联则为英伟达代工GB200 NVL72整机柜。", "GB200 NVL72")]
    public void Find_GenerationWordBeforeModelCode_CodeAlone(string line, string name)
    {
        Assert.NotNull(Find(line, name));
    }

    [Theory]
    [InlineData("Zephyrix Labs推出了Nimbus-7。", "Nimbus-7")]
    [InlineData("NVIDIA released Llama-3.1-Nemotron-70B last year.", "Llama-3.1-Nemotron-70B")]
    [InlineData("墨羽科技发布了墨羽-13B。", "墨羽-13B")]
    public void Find_VersionOrSizeShape_IsModel(string line, string name)
    {
        Assert.Equal(EntityType.Model, Find(line, name)?.Type);
    }

    [Theory]
    [InlineData("谷歌投资了星河智能，金额未披露。", "星河智能")]
    [InlineData("领投方为源码资本，跟投方包括北极光创投。", "源码资本")]
    [InlineData("领投方为源码资本，跟投方包括北极光创投。", "北极光创投")]
    [InlineData("北京星河智能科技有限公司今天发布了新品。", "北京星河智能科技")]
    [InlineData("知微实验室开源了知微-7B。", "知微实验室")]
    public void Find_ChineseCompanySuffix_IsDiscoveredCompanyWithItsBoundaries(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Fact]
    public void Find_ChineseNameWithEnglishApposition_IsOneEntityWithTheEnglishAlias()
    {
        var mentions = CreateSut().Find("阶跃星辰（StepFun）发布了Step-2。");

        var mention = Assert.Single(mentions, m => m.Surface == "阶跃星辰");
        Assert.Equal("StepFun", mention.Alias);
        Assert.DoesNotContain(mentions, m => m.Surface == "StepFun");
    }

    [Fact]
    public void Find_StartupApposition_TypesCompany()
    {
        Assert.Equal(EntityType.Company, Find("We met the startup Anysphere in May.", "Anysphere")?.Type);
    }

    [Theory]
    [InlineData("CEO Sam Altman said the model is ready.", "Sam Altman")]
    [InlineData("Ian Goodfellow joined the lab in 2019.", "Ian Goodfellow")]
    [InlineData("The market grew fast.", "The")]
    [InlineData("However, prices fell.", "However")]
    [InlineData("Generative AI is everywhere.", "Generative AI")]
    [InlineData("He pioneered Large-scale pretraining.", "Large-scale")]
    [InlineData("Tarnfield, the San Francisco inference cloud, grew fast.", "San Francisco")]
    [InlineData("Tarnfield raised $600M in March in a round.", "March")]
    public void Find_PeopleAndOrdinaryWords_AreNotNames(string line, string surface)
    {
        Assert.DoesNotContain(CreateSut().Find(line), m => m.Surface.Contains(surface, StringComparison.Ordinal) && m.IsKnown);
    }

    [Theory]
    [InlineData("澜海科技一周前推出了内部测试版本。", "内部测试版本")]
    [InlineData("澜海科技发布了全新的推理服务。", "全新的推理服务")]
    [InlineData("它基于预训练文本-2D图像扩散模型。", "文本-2D")]
    [InlineData("一旦开发出AGI（第五级-AI可以完成工作）。", "第五级-AI")]
    [InlineData("团队在半年内发布了成熟的产品。", "成熟")]
    [InlineData("澜海科技打造了一系列AI-Agent 终端产品。", "AI-Agent")]
    public void Find_DescriptionsShapedLikeNames_AreNotNames(string line, string surface)
    {
        Assert.DoesNotContain(CreateSut().Find(line), m => m.Surface == surface);
    }

    [Theory]
    [InlineData("人工智能公司都在做大模型。")]
    [InlineData("国内大模型公司越来越多。")]
    [InlineData("这家初创公司获得了算力支持。")]
    [InlineData("创始人张伟表示将继续投入。")]
    [InlineData("北京和上海的公司都在招人。")]
    public void Find_GenericTermsPeopleAndPlaces_AreNotChineseNames(string line)
    {
        Assert.DoesNotContain(CreateSut().Find(line), m => m.IsKnown);
    }

    [Fact]
    public void Find_CatalogueNameWithUnlistedVersion_IsADifferentEntity()
    {
        var finder = new MentionFinder(EntityCatalogue.Default);
        Assert.True(EntityCatalogue.Default.TryResolve("Llama", out var llama));

        var mention = Assert.Single(finder.Find("Kestrel-8B is fine-tuned from Llama 7.9 weights."), m => m.Surface.StartsWith("Llama", StringComparison.Ordinal));

        Assert.Equal("Llama 7.9", mention.Surface);
        Assert.NotEqual(llama.Key, mention.Key);
    }

    [Fact]
    public void Find_ScratchReusedAcrossLines_SameMentionsAsFresh()
    {
        var finder = new MentionFinder(EntityCatalogue.Default);
        string[] lines =
        [
            "Zephyrix Labs推出了Nimbus-7，基于“棋类AI”AlphaZero。",
            "阶跃星辰（StepFun）发布了Step-2，见 https://example.com/StepFun 。",
            "英伟达CUDA and Google's Gemini run on TPU v5; 《Gemini报告》 says so.",
            "plain text without names",
        ];
        var scratch = new MentionScratch();

        foreach (var line in lines.Concat(lines.Reverse()))
        {
            var reused = finder.Find(line, scratch).Select(m => (m.Start, m.End, m.Surface, m.Key, m.Origin, m.Type, m.Alias));
            var fresh = finder.Find(line).Select(m => (m.Start, m.End, m.Surface, m.Key, m.Origin, m.Type, m.Alias));

            Assert.Equal(fresh, reused);
        }

        Assert.NotEmpty(finder.Find(lines[0], scratch));
    }

    [Theory]
    [InlineData("米哈游推出了《原神》手游。", "原神")]
    [InlineData("- **网易：** 《逆水寒》手游，NPC对话由大模型驱动", "逆水寒")]
    public void Find_TitleBeforeAProductKind_IsDiscoveredProduct(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Product, mention.Type);
    }

    [Fact]
    public void Find_TitleOfAWork_IsNoName()
    {
        Assert.DoesNotContain(CreateSut().Find("工信部发布了《人工智能发展报告》。"), m => m.Surface.Contains("报告", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_WordHoldingAFunctionCharacter_NotCutThere()
    {
        Assert.DoesNotContain(CreateSut().Find("两年前，向量数据库还被当作大模型的“外挂记忆”。"), m => m.Surface == "量数据库");
    }

    [Fact]
    public void Extract_PlaceBeforeTheSubject_IsNoSubject()
    {
        var edges = ExtractionFixture.Edges("xAI's Colossus cluster in Memphis runs on NVIDIA H100 GPUs.");

        Assert.DoesNotContain(edges, e => e.StartsWith("Memphis", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TableAnswerCells_NoProducts()
    {
        var edges = ExtractionFixture.Edges("| 模型 | 公司 | 开源 |\n|---|---|---|\n| BGE-M3 | 智源研究院 | Yes |\n| text-embedding-3-large | OpenAI | No |");

        Assert.DoesNotContain(edges, e => e.EndsWith(" Yes", StringComparison.Ordinal) || e.EndsWith(" No", StringComparison.Ordinal));
    }
}
