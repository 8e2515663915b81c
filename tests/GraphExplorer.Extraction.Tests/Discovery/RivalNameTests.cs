using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>The two sides of a rivalry joined by 与, found from the text alone (<c>A与B在…上争夺同一批客户</c>).</summary>
public sealed class RivalNameTests
{
    private static List<string> Surfaces(string line) => [.. new MentionFinder(EntityCatalogue.None).Find(line).Select(m => m.Surface)];

    [Theory]
    [InlineData("澈岭网关与汀桉红队平台在出海企业客户上正面竞争。", "澈岭网关", "汀桉红队平台")]
    [InlineData("澈岭评测平台与汀桉审计在央企的验收项目上争夺同一批客户。", "澈岭评测平台", "汀桉审计")]
    [InlineData("澈岭学术与汀桉搜索直接竞争。", "澈岭学术", "汀桉搜索")]
    public void Find_PairBeforeARivalry_BothAreNames(string line, string first, string second)
    {
        var surfaces = Surfaces(line);

        Assert.Contains(first, surfaces);
        Assert.Contains(second, surfaces);
    }

    [Theory]
    [InlineData("澈岭网关与汀桉红队平台在出海企业客户上正面竞争。", "澈岭网关", "汀桉红队平台")]
    [InlineData("澈岭网关与Vantrell Guard在出海企业客户上正面竞争。", "澈岭网关", "Vantrell Guard")]
    public void Extract_PairBeforeARivalry_Competes(string line, string first, string second)
    {
        Assert.True(HasCompetition(Edges(line), first, second));
    }

    [Theory]
    [InlineData("澈岭网关与汀桉红队平台在出海企业客户上合作。")]
    [InlineData("澈岭网关与汀桉红队平台签署了协议，双方并不竞争。")]
    public void Find_PairWithoutARivalryInItsClause_NoName(string line)
    {
        var surfaces = Surfaces(line);

        Assert.DoesNotContain("澈岭网关", surfaces);
        Assert.DoesNotContain("汀桉红队平台", surfaces);
    }

    [Fact]
    public void Find_RivalAfterAClauseOpening与_NoNameWithoutAPartnerBeforeIt()
    {
        Assert.DoesNotContain("汀桉搜索", Surfaces("澈岭科技推出了新产品，与汀桉搜索争夺同一批客户。"));
    }

    [Fact]
    public void Find_CommonWordsAroundA与_NoName()
    {
        var surfaces = Surfaces("大模型公司与用户在价格上竞争。");

        Assert.DoesNotContain(surfaces, s => s.Contains("用户", StringComparison.Ordinal) || s.Contains("公司", StringComparison.Ordinal));
    }
}
