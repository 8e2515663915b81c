using System.Text.Json;
using System.Xml.Linq;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Export;
using GraphExplorer.Testing;
using GraphExplorer.Testing.Stores;
using static GraphExplorer.Core.Relationships.RelationshipType;

namespace GraphExplorer.Core.Tests.Export;

public sealed class GraphExporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<string> ExportAsync(GraphExportFormat format)
    {
        var store = new InMemoryGraphStore();
        await store.WriteDocumentAsync(
            new DocumentGraphBuilder("notes/a.md")
                .Entity("NVIDIA", EntityType.Company, "英伟达")
                .Edge("OpenAI", BuiltOn, "NVIDIA", quote: "OpenAI 依托英伟达的 GPU, it's \"fast\"")
                .Edge("OpenAI", CompetesWith, "Anthropic")
                .Build(),
            Token);
        var writer = new StringWriter();

        await new GraphExporter(store).ExportAsync(format, writer, Token);

        return writer.ToString();
    }

    [Fact]
    public async Task ExportAsync_JsonLines_WritesEntitiesThenRelationsByName()
    {
        var text = await ExportAsync(GraphExportFormat.JsonLines);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["entity", "entity", "entity", "relation", "relation"], lines.Select(l => l.GetProperty("kind").GetString()));
        var nvidia = lines.Single(l => l.GetProperty("kind").GetString() == "entity" && l.GetProperty("name").GetString() == "NVIDIA");
        Assert.Equal(["NVIDIA", "英伟达"], nvidia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var builtOn = lines.Single(l => l.GetProperty("kind").GetString() == "relation" && l.GetProperty("type").GetString() == "BUILT_ON");
        Assert.Equal("OpenAI", builtOn.GetProperty("source").GetString());
        Assert.Equal("NVIDIA", builtOn.GetProperty("target").GetString());
        var evidence = builtOn.GetProperty("evidence")[0];
        Assert.Equal("notes/a.md", evidence.GetProperty("doc").GetString());
        Assert.Equal(1, evidence.GetProperty("line").GetInt32());
        Assert.Equal("OpenAI 依托英伟达的 GPU, it's \"fast\"", evidence.GetProperty("quote").GetString());
        Assert.Contains("英伟达", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_GraphMl_IsValidGraphMlWithNodesAndEdges()
    {
        var text = await ExportAsync(GraphExportFormat.GraphMl);

        var document = XDocument.Parse(text);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodes = document.Descendants(ns + "node").Select(n => (string?)n.Attribute("id")).ToArray();
        var edges = document.Descendants(ns + "edge").ToArray();
        Assert.Equal(["anthropic", "nvidia", "openai"], nodes);
        Assert.Equal(2, edges.Length);
        Assert.All(edges, e => Assert.Contains((string?)e.Attribute("source"), nodes));
        Assert.Contains(edges, e => e.Elements(ns + "data").Any(d => (string?)d.Attribute("key") == "relationship" && d.Value == "BUILT_ON"));
    }

    [Fact]
    public async Task ExportAsync_Cypher_MergesEveryEntityAndEdgeWithEscapedLiterals()
    {
        var text = await ExportAsync(GraphExportFormat.Cypher);

        var statements = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, statements.Count(s => s.StartsWith("MERGE (e:Entity {key: ", StringComparison.Ordinal)));
        Assert.Single(statements, s => s.Contains("MERGE (s)-[r:BUILT_ON]->(t)", StringComparison.Ordinal));
        Assert.Single(statements, s => s.Contains("MERGE (s)-[r:COMPETES_WITH]->(t)", StringComparison.Ordinal));
        Assert.Contains(@"'OpenAI 依托英伟达的 GPU, it\'s ""fast""'", text, StringComparison.Ordinal);
        Assert.All(statements, s => Assert.EndsWith(";", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines", @"'two\nlines'")]
    [InlineData("'}) DETACH DELETE n //", @"'\'}) DETACH DELETE n //'")]
    public void Literal_HostileText_StaysInsideTheString(string value, string expected)
    {
        Assert.Equal(expected, CypherExportWriter.Literal(value));
    }

    [Theory]
    [InlineData("jsonl", GraphExportFormat.JsonLines)]
    [InlineData("GraphML", GraphExportFormat.GraphMl)]
    [InlineData(" cypher ", GraphExportFormat.Cypher)]
    public void TryParse_KnownNames_Parse(string name, GraphExportFormat expected)
    {
        Assert.True(GraphExportFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }
}
