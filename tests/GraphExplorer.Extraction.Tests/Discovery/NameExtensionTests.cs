using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>
/// Catalogue names written with more after them (capitalised words, fund words, model editions), and the shapes that
/// are never names (places, measurements).
/// </summary>
public sealed class NameExtensionTests
{
    private static Mention? Find(EntityCatalogue catalogue, string line, string surface) =>
        new MentionFinder(catalogue).Find(line).Find(m => m.Surface == surface);

    [Theory]
    [InlineData("Adobe Quillpad ships to every subscriber.", "Adobe Quillpad", EntityType.Product)]
    [InlineData("Amazon Industrial Innovation Fund led the round.", "Amazon Industrial Innovation Fund", EntityType.Company)]
    [InlineData("OpenAI Startup Fund led the seed round.", "OpenAI Startup Fund", EntityType.Company)]
    public void Find_CapitalisedWordsAfterCatalogueName_AnotherName(string line, string surface, EntityType type)
    {
        var mention = Find(EntityCatalogue.Default, line, surface);

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
        Assert.Equal(type, mention.Type);
    }

    [Theory]
    [InlineData("It rivals OpenAI's gpt-4o-mini-tts in narration.", "gpt-4o-mini-tts")]
    [InlineData("座舱运行在高通骁龙8295之上。", "骁龙8295")]
    public void Find_ModelNumberOrLowerCaseWordWrittenOntoACatalogueModel_AnotherModel(string line, string surface)
    {
        var mention = Find(EntityCatalogue.Default, line, surface);

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Discovered, mention.Origin);
    }

    [Theory]
    [InlineData("A GPT-4-powered assistant.", "GPT-4")]
    [InlineData("英伟达2024年卖出了大量GPU。", "英伟达")]
    public void Find_DescriptiveWordOrYearAfterName_NameStaysAlone(string line, string surface)
    {
        var mention = Find(EntityCatalogue.Default, line, surface);

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Catalogue, mention.Origin);
    }

    [Theory]
    [InlineData("Google AI researchers wrote it.", "Google")]
    [InlineData("NVIDIA March results beat estimates.", "NVIDIA")]
    [InlineData("We met NVIDIA CEO Jensen Huang.", "NVIDIA")]
    public void Find_DateTitleOrFieldWordAfterName_NameStaysAlone(string line, string surface)
    {
        var mention = Find(EntityCatalogue.Default, line, surface);

        Assert.NotNull(mention);
        Assert.Equal(MentionOrigin.Catalogue, mention.Origin);
    }

    [Fact]
    public void Find_LowerCaseEditionAfterModel_AnotherModel()
    {
        var mention = Find(EntityCatalogue.Default, "Phi-3.5-mini runs on phones.", "Phi-3.5-mini");

        Assert.NotNull(mention);
        Assert.Equal(EntityType.Model, mention.Type);
    }

    [Theory]
    [InlineData("Fernbrook, a Boston startup, raised money.", "Boston")]
    [InlineData("The team moved to Helsinki last year.", "Helsinki")]
    public void Find_Place_IsNoName(string line, string surface)
    {
        Assert.Null(Find(EntityCatalogue.None, line, surface));
    }

    [Theory]
    [InlineData("3nm", true)]
    [InlineData("80GB", true)]
    [InlineData("1.5TB", true)]
    [InlineData("G42", false)]
    [InlineData("DR01", false)]
    [InlineData("7B", false)]
    public void IsMeasurement_NumberWithUnit(string word, bool expected)
    {
        Assert.Equal(expected, LatinNameClassifierProbe.IsMeasurement(word));
    }

    [Fact]
    public void Find_MeasurementInTableCell_IsNoName()
    {
        Assert.Null(Find(EntityCatalogue.None, "| 芯湖微 | XR-7 | 5nm |", "5nm"));
    }

    [Fact]
    public void Extract_MeasurementColumn_NoProduct()
    {
        var edges = GraphExplorer.Extraction.Tests.ExtractionFixture.Edges("| 公司 | 产品 | 制程 |\n|---|---|---|\n| 高通 | Snapdragon 8 Elite | 3nm |");

        Assert.DoesNotContain(edges, e => e.EndsWith("3nm", StringComparison.Ordinal));
    }
}

/// <summary>Access to the classifier's measurement test.</summary>
internal static class LatinNameClassifierProbe
{
    public static bool IsMeasurement(string word) => GraphExplorer.Extraction.Discovery.LatinNameClassifier.IsMeasurement(word);
}
