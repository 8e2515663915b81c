using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests;

public sealed class DocumentExtractorTests
{
    [Fact]
    public void Extract_SameRelationOnTwoLines_OneEdgeWithBothEvidence()
    {
        const string Text = "OpenAI发布了Sora。\n\n据介绍，Sora由OpenAI开发，可生成视频。";

        var graph = Extract(Text);

        var edge = Assert.Single(graph.Relationships, r => r.Type == RelationshipType.Develops);
        Assert.Equal([1, 3], edge.Evidence.Select(e => e.Line));
        Assert.Equal(2, edge.Support);
        Assert.All(edge.Evidence, e => Assert.Equal("test.md", e.Document));
        Assert.Equal("OpenAI发布了Sora。", edge.Evidence[0].Quote);
        Assert.Equal("据介绍，Sora由OpenAI开发，可生成视频。", edge.Evidence[1].Quote);
        Assert.All(edge.Evidence, e => Assert.Equal(EvidenceBasis.Prose, e.Basis));
    }

    [Fact]
    public void Extract_RelationsPastTheFirstLineChunk_KeepTheirLineNumbers()
    {
        // More lines than one chunk of the line store holds: the rules pass must see each line where the reader put it.
        var filler = string.Concat(Enumerable.Repeat("普通的一行文字。\n", 2500));
        var text = "OpenAI发布了Sora。\n" + filler + "据介绍，Sora由OpenAI开发。\n" + filler + "英伟达发布了H100。";

        var graph = Extract(text);

        var sora = Assert.Single(graph.Relationships, r => r.Target.Value == "sora");
        Assert.Equal([1, 2502], sora.Evidence.Select(e => e.Line));
        var h100 = Assert.Single(graph.Relationships, r => r.Target.Value == "h100");
        Assert.Equal(5003, Assert.Single(h100.Evidence).Line);
    }

    [Fact]
    public void Extract_ThreeSpellingsOfOneCompany_OneNodeWithAliases()
    {
        const string Text = "英伟达发布了H100。\nNVIDIA推出了H200。\nNvidia的A100仍在出货。";

        var graph = Extract(Text);

        var nvidia = Assert.Single(graph.Entities, e => e.Name == "NVIDIA");
        Assert.Equal(["NVIDIA", "英伟达", "Nvidia"], nvidia.Aliases);
        Assert.Equal(3, graph.Relationships.Count(r => r.Source == nvidia.Key));
    }

    [Fact]
    public void Extract_RelatedCompanies_StayDistinct()
    {
        var graph = Extract("阿里云推出了PAI。阿里巴巴发布了通义千问。谷歌DeepMind推出了Gato，谷歌推出了Bard。");

        var edges = Edges(graph);
        Assert.Contains("Alibaba Cloud DEVELOPS PAI", edges);
        Assert.Contains("Alibaba DEVELOPS Qwen", edges);
        Assert.Contains("Google DeepMind DEVELOPS Gato", edges);
        Assert.Contains("Google DEVELOPS Bard", edges);
        Assert.DoesNotContain("Alibaba DEVELOPS PAI", edges);
    }

    [Fact]
    public void Extract_CompetitionStoredOnce_KeyOrder()
    {
        var graph = Extract("Gemini competes with GPT-4. GPT-4 competes with Gemini.");

        var edge = Assert.Single(graph.Relationships);
        Assert.True(string.CompareOrdinal(edge.Source.Value, edge.Target.Value) < 0);
    }

    [Fact]
    public void Extract_BinaryGarbage_NoEdgesAndDiagnostic()
    {
        var garbage = new string(Enumerable.Range(0, 2000).Select(i => (char)(i % 32)).ToArray()) + "\nOpenAI发布了Sora。";

        var extraction = CreateSut().Extract(new DocumentSource("bin.md", "h", garbage));

        Assert.Contains(extraction.Diagnostics, d => d.Line == 1);
        Assert.Single(extraction.Graph.Relationships);
    }

    [Fact]
    public void Extract_HugeLine_SkippedWithDiagnostic()
    {
        var huge = string.Concat(Enumerable.Repeat("OpenAI发布了Sora，", 5_000));

        var extraction = CreateSut().Extract(new DocumentSource("big.md", "h", huge + "\n谷歌发布了Gemini。"));

        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(["google"], extraction.Graph.Relationships.Select(r => r.Source.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("|||\n|--|\n||")]
    [InlineData("**\n`\n（（（（\n“”「」")]
    [InlineData("由由由由由开发开发 获得的投资 基于的")]
    public void Extract_DegenerateText_EmptyGraph(string text)
    {
        var extraction = CreateSut().Extract(new DocumentSource("odd.md", "h", text));

        Assert.Empty(extraction.Graph.Relationships);
    }
}
