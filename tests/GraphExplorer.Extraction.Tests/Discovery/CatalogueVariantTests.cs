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

    [Theory]
    [InlineData("阿里巴巴的淘宝问问基于Qwen3，能推荐商品。", "淘宝问问 BUILT_ON Qwen3")]
    [InlineData("NPC对话由网易伏羲的“玉言”大模型驱动。", "网易伏羲 DEVELOPS 玉言")]
    public void Extract_WordWrittenOntoAChineseCatalogueName_AnotherName(string line, string expected)
    {
        Assert.Contains(Edges(line), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DeviceWordOntoACatalogueName_OneProduct()
    {
        var mentions = new GraphExplorer.Extraction.Relations.MentionFinder(GraphExplorer.Extraction.Catalogue.EntityCatalogue.Default).Find("作业帮学习机与学而思学习机正面竞争。");

        Assert.Contains(mentions, m => m.Surface == "作业帮学习机" && m.Type == GraphExplorer.Core.Entities.EntityType.Product);
    }

    [Theory]
    [InlineData("英伟达同意在五年内向HUMAIN供应数十万张GPU。", "英伟达同意")]
    [InlineData("芯湃微电子的XP-N3已经向荣耀小批量供货。", "荣耀小批量")]
    [InlineData("讯飞听见由讯飞星火驱动，用户很多。", "讯飞星火驱动")]
    [InlineData("在市场足够大的赛道，争取成为小米华为苹果身后的第三名。", "苹果身后")]
    public void Find_VerbOrPositionAfterAChineseCatalogueName_NameUnchanged(string line, string unexpected)
    {
        var mentions = new GraphExplorer.Extraction.Relations.MentionFinder(GraphExplorer.Extraction.Catalogue.EntityCatalogue.Default).Find(line);

        Assert.DoesNotContain(mentions, m => m.Surface == unexpected);
    }

    [Theory]
    [InlineData("NLLB-200 translates two hundred languages.", "NLLB-200")]
    [InlineData("It is fine-tuned from Qwen3-0.6B.", "Qwen3-0.6B")]
    public void Find_NumberHyphenatedOntoACatalogueName_WholeNameKept(string line, string surface)
    {
        var mentions = new GraphExplorer.Extraction.Relations.MentionFinder(GraphExplorer.Extraction.Catalogue.EntityCatalogue.Default).Find(line);

        Assert.Contains(mentions, m => m.Surface == surface);
    }

    [Theory]
    [InlineData("Sec-Gemini v1 is built on Gemini 2.5 Pro.", "Sec-Gemini v1")]
    [InlineData("The Action-GPT framework was published.", "Action-GPT")]
    public void Find_CapitalisedWordHyphenatedBeforeACatalogueName_AnotherName(string line, string surface)
    {
        var mentions = new GraphExplorer.Extraction.Relations.MentionFinder(GraphExplorer.Extraction.Catalogue.EntityCatalogue.Default).Find(line);

        Assert.Contains(mentions, m => m.Surface == surface && m.Entry is null);
    }

    [Fact]
    public void Extract_HyphenatedVariantBuiltOnTheCatalogueName_TwoEntities()
    {
        Assert.Contains("Sec-Gemini v1 BUILT_ON Gemini 2.5 Pro", Edges("Sec-Gemini v1, an experimental cybersecurity model, is built on Gemini 2.5 Pro."));
    }
}
