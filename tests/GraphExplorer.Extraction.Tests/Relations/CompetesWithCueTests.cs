using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class CompetesWithCueTests
{
    [Theory]
    [InlineData("Claude是GPT-4的主要竞争对手。", "Claude", "GPT-4")]
    [InlineData("Mistral AI与OpenAI竞争企业客户。", "Mistral AI", "OpenAI")]
    [InlineData("Gemini competes with GPT-4 on reasoning.", "Gemini", "GPT-4")]
    [InlineData("豆包直接对标ChatGPT。", "Doubao", "ChatGPT")]
    public void Extract_CompetitionCue_PairCompetes(string sentence, string first, string second)
    {
        var edges = Edges(sentence);

        Assert.True(HasCompetition(edges, first, second), string.Join("; ", edges));
    }

    [Fact]
    public void Extract_CompanyAndModel_DoNotCompete()
    {
        var edges = Edges("OpenAI发布的Sora面临很多竞争。");

        Assert.DoesNotContain(edges, e => e.Contains("COMPETES_WITH", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vivo与小米在折叠屏手机上正面竞争。", "vivo", "Xiaomi")]
    [InlineData("腾讯与阿里巴巴在企业市场竞争激烈。", "Tencent", "Alibaba")]
    [InlineData("vivo则更多与小米争夺同一批中端用户。", "vivo", "Xiaomi")]
    [InlineData("腾讯在国内与阿里巴巴直接竞争。", "Tencent", "Alibaba")]
    public void Extract_PairWithSettingOrAdverbs_PairCompetes(string sentence, string first, string second)
    {
        var edges = Edges(sentence);

        Assert.True(HasCompetition(edges, first, second), string.Join("; ", edges));
    }

    [Theory]
    [InlineData("在端侧大模型上正面", "正面")]
    [InlineData("在海外华人作者群体中直接", "直接")]
    [InlineData("正面", "正面")]
    [InlineData("在", "在")]
    public void WithoutSetting_DropsTheLocativePhrase(string gap, string expected)
    {
        Assert.Equal(expected, GraphExplorer.Extraction.Relations.CompetitorFrame.WithoutSetting(gap));
    }

    [Theory]
    [InlineData("腾讯并不认为自己与阿里巴巴存在竞争关系。")]
    [InlineData("Tencent rivals Alibaba on coding benchmarks.")]
    public void Extract_RivalryDeclinedOrOnBenchmarks_NoCompetition(string sentence)
    {
        var edges = Edges(sentence);

        Assert.False(HasCompetition(edges, "Tencent", "Alibaba"));
    }

    [Theory]
    [InlineData("摩尔线程的MTT S4000直接与英伟达的H20竞争。", "MTT S4000", "H20")]
    [InlineData("壁仞科技的BR104则与寒武纪的思元590争夺同一批推理客户。", "BR104", "Siyuan 590")]
    public void Extract_OwnedProductsAsRivals_TheProductsCompeteNotTheirMakers(string sentence, string first, string second)
    {
        var edges = Edges(sentence);

        Assert.Contains(edges, e => e == $"{first} COMPETES_WITH {second}" || e == $"{second} COMPETES_WITH {first}");
        Assert.DoesNotContain(edges, e => e.Contains("COMPETES_WITH NVIDIA", StringComparison.Ordinal) || e.StartsWith("NVIDIA COMPETES_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SubjectWithAnOwnersApposition_TheOwnerDoesNotCompete()
    {
        var edges = Edges("Talkie, MiniMax's overseas companion app, competes with Character.AI.");

        Assert.DoesNotContain(edges, e => e.Contains("COMPETES_WITH", StringComparison.Ordinal) && e.Contains("MiniMax", StringComparison.Ordinal));
    }
}
