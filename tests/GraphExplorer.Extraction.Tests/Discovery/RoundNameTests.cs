using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Chinese names found by the part they play in a round: its company before 的…轮, its investors before 跟投.</summary>
public sealed class RoundNameTests
{
    private static Mention? Find(string line, string surface) => new MentionFinder(EntityCatalogue.None).Find(line).Find(m => m.Surface == surface);

    [Theory]
    [InlineData("棠汐的天使轮由岚栖资本投资。", "棠汐")]
    [InlineData("棠汐B+轮由岚栖资本领投。", "棠汐")]
    public void Find_NameBeforeItsRound_IsACompany(string line, string name)
    {
        var mention = Find(line, name);

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Fact]
    public void Find_AnaphorBeforeItsRound_IsNoName()
    {
        Assert.DoesNotContain(new MentionFinder(EntityCatalogue.None).Find("该公司的A轮由岚栖资本领投。"), m => m.Surface.Contains("公司", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FollowOnInvestorWithAFunctionCharacterInside_InvestsInTheRound()
    {
        var edges = Edges("砾衡科技的B轮由岚栖资本领投，霁能电力跟投。");

        Assert.Contains("岚栖资本 INVESTS_IN 砾衡科技", edges);
        Assert.Contains("霁能电力 INVESTS_IN 砾衡科技", edges);
    }

    [Fact]
    public void Find_AdverbBeforeARoundVerb_IsNoSubject()
    {
        Assert.Null(Find("`岚栖资本`继续跟投`砾衡科技`。", "继续"));
    }

    [Fact]
    public void Extract_TencentMusicFollowsOn_TheMusicCompanyNotTencent()
    {
        var edges = Edges("砾衡科技的A轮由岚栖资本领投，腾讯音乐娱乐跟投。");

        Assert.Contains("Tencent Music Entertainment INVESTS_IN 砾衡科技", edges);
        Assert.DoesNotContain("Tencent INVESTS_IN 砾衡科技", edges);
    }
}
