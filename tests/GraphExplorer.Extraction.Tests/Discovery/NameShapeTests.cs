using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>
/// Names the ninth pass reads from their shape and position (no catalogue): diacritics, dates and adjectives that are
/// none, quoted names, sellers after 从, descriptions before 公司.
/// </summary>
public sealed class NameShapeTests
{
    private static MentionFinder CreateSut() => new(EntityCatalogue.None);

    private static Mention? Find(string line, string surface) => CreateSut().Find(line).Find(m => m.Surface == surface);

    [Fact]
    public void Find_LatinLettersWithDiacritics_PartOfTheName()
    {
        Assert.NotNull(Find("Microsoft competes with Schrödinger for battery customers.", "Schrödinger"));
    }

    [Theory]
    [InlineData("Ferrowick launched it to general availability in April 2024.", "April 2024")]
    [InlineData("Ferrowick, the Cologne-based start-up, raised money.", "Cologne-based")]
    [InlineData("Ferrowick, an NVIDIA-backed start-up, raised money.", "NVIDIA-backed")]
    public void Find_DateOrHyphenatedAdjective_IsNoName(string line, string surface)
    {
        Assert.Null(Find(line, surface));
    }

    [Fact]
    public void Find_QuotedNameOfSixCharacters_IsAName()
    {
        Assert.NotNull(Find("岩泓的「岩泓终端卫士」面向中小企业。", "岩泓终端卫士"));
    }

    [Fact]
    public void Find_QuotedNameEndingInAProductWord_IsTypedAProduct()
    {
        Assert.Equal(EntityType.Product, Find("“岩泓助手”由岩泓-7B驱动。", "岩泓助手")?.Type);
    }

    [Theory]
    [InlineData("昙岫算力今年从英伟达采购了六百张H20。", "英伟达")]
    [InlineData("该公司从汀芮芯科租用了一批服务器。", "汀芮芯科")]
    public void Find_RunBetween从AndABuyingVerb_IsASellerCompany(string line, string seller)
    {
        var mention = Find(line, seller);

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Company, mention.Type);
    }

    [Theory]
    [InlineData("我们从市场采购了GPU。", "市场")]
    [InlineData("他们从去年开始采购。", "去年开始")]
    public void Find_CommonWordsBetween从AndABuyingVerb_IsNoName(string line, string words)
    {
        Assert.Null(Find(line, words));
    }

    [Theory]
    [InlineData("译岫科技是一家深圳的同声传译公司。", "同声传译")]
    [InlineData("书岫是一家总部在杭州的作文批改公司。", "作文批改")]
    public void Find_CountedDescriptionBeforeACompanyNoun_IsNoName(string line, string words)
    {
        Assert.DoesNotContain(CreateSut().Find(line), m => m.Surface.StartsWith(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NameBeforeTheCompanyNounAfterACount_StillAName()
    {
        Assert.NotNull(Find("澜岫智能是一家上海的公司，也是一家做语音的智能公司。", "澜岫智能"));
    }
}
