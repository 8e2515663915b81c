using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class InvestsInCueTests
{
    [Fact]
    public void Extract_InvestorListsInvestees_OneEdgePerInvestee()
    {
        var edges = Edges("微软先后投资了OpenAI、Mistral AI和Inflection AI。");

        Assert.Contains("Microsoft INVESTS_IN OpenAI", edges);
        Assert.Contains("Microsoft INVESTS_IN Mistral AI", edges);
        Assert.Contains("Microsoft INVESTS_IN Inflection AI", edges);
    }

    [Fact]
    public void Extract_ReceivedInvestment_InvestorsAreSources()
    {
        var edges = Edges("Anthropic获得了亚马逊和谷歌的投资。");

        Assert.Contains("Amazon INVESTS_IN Anthropic", edges);
        Assert.Contains("Google INVESTS_IN Anthropic", edges);
        Assert.DoesNotContain("Anthropic INVESTS_IN Amazon", edges);
    }

    [Fact]
    public void Extract_SentenceOpenedByBareCompanyWord_PreviousSentenceSubject()
    {
        var edges = Edges("Mistral AI成立于2023年，由DeepMind和Meta的前科学家共同组建。公司成立之初，就获得了英伟达和微软等巨头的投资。");

        Assert.Contains("NVIDIA INVESTS_IN Mistral AI", edges);
        Assert.Contains("Microsoft INVESTS_IN Mistral AI", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("INVESTS_IN Meta", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("澈音科技是一家杭州语音公司。该公司的A轮由鹭汀资本领投，米哈游跟投。", "鹭汀资本 INVESTS_IN 澈音科技")]
    [InlineData("澈音科技是一家杭州语音公司。该公司的A轮由鹭汀资本领投，米哈游跟投。", "miHoYo INVESTS_IN 澈音科技")]
    [InlineData("星河科技成立于2023年，其种子轮由澜屿资本领投。", "澜屿资本 INVESTS_IN 星河科技")]
    [InlineData("微软向G42投资15亿美元。", "Microsoft INVESTS_IN G42")]
    [InlineData("NVIDIA invested $50M in Recursion in 2023.", "NVIDIA INVESTS_IN Recursion")]
    [InlineData("Schwarz Group led Aleph Alpha's $500 million Series B.", "Schwarz Group INVESTS_IN Aleph Alpha")]
    public void Extract_RoundOwnedByAnaphorOrInvestmentTowards_InvestorToCompany(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Find_CountBeforeCompanySuffix_IsNoName()
    {
        Assert.DoesNotContain(Edges("澈音科技是一家杭州语音公司，获得了红杉中国的投资。"), e => e.Contains("杭州语音", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LedByInNextClause_InvesteeIsClauseSubject()
    {
        var edges = Edges("月之暗面完成新一轮融资，由红杉资本领投。");

        Assert.Contains("Sequoia Capital INVESTS_IN Moonshot AI", edges);
    }

    [Theory]
    [InlineData("Nvidia invested in Mistral AI last year.", "NVIDIA INVESTS_IN Mistral AI")]
    [InlineData("Anthropic is backed by Amazon.", "Amazon INVESTS_IN Anthropic")]
    [InlineData("红杉资本领投智谱AI的新一轮融资。", "Sequoia Capital INVESTS_IN Zhipu AI")]
    public void Extract_InvestmentCue_InvestorToInvestee(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_AnaphoricCompany_ResolvesToPreviousCompany()
    {
        var edges = Edges("Kimi由月之暗面开发，该公司由阿里巴巴持股。");

        Assert.Contains("Alibaba INVESTS_IN Moonshot AI", edges);
    }

    [Theory]
    [InlineData("蓁岚生物于今年九月战略投资了析岚智药。", "蓁岚生物 INVESTS_IN 析岚智药")]
    [InlineData("衔岚科技去年被星岚智能战略投资。", "星岚智能 INVESTS_IN 衔岚科技")]
    [InlineData("岚川科技的天使轮由鹤岚资本独家投资。", "鹤岚资本 INVESTS_IN 岚川科技")]
    public void Extract_StrategicOrSoleInvestment_InvestsIn(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_ParticipantDescribedAsAnOwnersFund_TheOwnerIsNoParticipant()
    {
        var edges = Edges("Inworld AI raised $50 million in a round led by Lightspeed Venture Partners, with participation from M12, Microsoft's venture fund.");

        Assert.Contains("M12 INVESTS_IN Inworld AI", edges);
        Assert.DoesNotContain("Microsoft INVESTS_IN Inworld AI", edges);
    }

    [Theory]
    [InlineData("科大讯飞收购了做游戏本地化的岫言。", "iFlytek INVESTS_IN 岫言")]
    [InlineData("腾讯投资了做AI陪伴的星伴科技。", "Tencent INVESTS_IN 星伴科技")]
    public void Extract_ObjectAfterADescriptionOfWhatItDoes_IsTheInvestee(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }
}
