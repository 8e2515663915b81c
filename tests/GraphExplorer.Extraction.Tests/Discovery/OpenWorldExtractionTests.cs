using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Whole notes extracted without the catalogue: names the text alone gives become nodes, sources and targets, typed from evidence.</summary>
public sealed class OpenWorldExtractionTests
{
    private static DocumentGraph Extract(string markdown) =>
        new DocumentExtractor(EntityCatalogue.None).Extract(new DocumentSource("note.md", "hash", markdown)).Graph;

    [Theory]
    [InlineData("Zephyrix Labs推出了Nimbus-7。", "Zephyrix Labs DEVELOPS Nimbus-7")]
    [InlineData("Thrive Capital invests in Anysphere.", "Thrive Capital INVESTS_IN Anysphere")]
    [InlineData("谷歌投资了星河智能。", "谷歌 INVESTS_IN 星河智能")]
    public void Extract_UnknownNames_AreSourcesAndTargets(string markdown, string edge)
    {
        Assert.Contains(edge, ExtractionFixture.Edges(Extract(markdown)));
    }

    [Fact]
    public void Extract_DiscoveredNames_TypedFromShapeAndRole()
    {
        var graph = Extract("Zephyrix Labs推出了Nimbus-7。\n\n星河智能发布了星河助手App。");

        var types = graph.Entities.ToDictionary(e => e.Name, e => e.Type);
        Assert.Equal(EntityType.Company, types["Zephyrix Labs"]);
        Assert.Equal(EntityType.Model, types["Nimbus-7"]);
        Assert.Equal(EntityType.Company, types["星河智能"]);
    }

    [Fact]
    public void Extract_NameTypedOnOneLine_KeepsThatTypeOnOthers()
    {
        var graph = Extract("Quillmind是一家做写作模型的公司。\n\nQuillmind的Quill-2很受欢迎。");

        Assert.Equal(EntityType.Company, Assert.Single(graph.Entities, e => e.Name == "Quillmind").Type);
    }

    [Fact]
    public void Extract_PersonAfterTitle_IsNoEntity()
    {
        var graph = Extract("OpenAI的CEO Sam Altman宣布了新模型。微软向Ian Goodfellow投资了10亿美元。");

        Assert.DoesNotContain(graph.Entities, e => e.Name is "Sam Altman" or "Ian Goodfellow");
    }

    [Fact]
    public void Extract_SameSentenceOnManyLines_OneEdgeWithOneEvidencePerLine()
    {
        const int lines = 50_000;
        var markdown = string.Join("\n\n", Enumerable.Repeat("OpenAI开发了GPT-4。", lines));

        var graph = new DocumentExtractor(EntityCatalogue.Default).Extract(new DocumentSource("big.md", "hash", markdown)).Graph;

        var edge = Assert.Single(graph.Relationships);
        Assert.Equal(lines, edge.Evidence.Count);
        Assert.Equal(lines, edge.Evidence.Select(e => e.Line).Distinct().Count());
    }
}
