using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Neo4j.Store;

namespace GraphExplorer.Storage.Neo4j.Tests.Store;

public sealed class DocumentWritePlanTests
{
    private static readonly Entity OpenAi = new(new EntityKey("openai"), "OpenAI", EntityType.Company, ["OpenAI"]);
    private static readonly Entity Anthropic = new(new EntityKey("anthropic"), "Anthropic", EntityType.Company, ["Anthropic", "ＡＮＴＨＲＯＰＩＣ"], "模型层");

    [Fact]
    public void Create_RepeatedEdgeAndEvidence_OneRowPerEdgeAndOneEvidencePerDocLineQuote()
    {
        var document = new DocumentGraph(
            "c.md",
            "hash",
            [OpenAi, Anthropic],
            [
                new Relationship(OpenAi.Key, RelationshipType.CompetesWith, Anthropic.Key, [new Evidence("c.md", 1, "rivals"), new Evidence("c.md", 1, "rivals")]),
                new Relationship(Anthropic.Key, RelationshipType.CompetesWith, OpenAi.Key, [new Evidence("c.md", 2, "rivals")]),
            ]);

        var plan = DocumentWritePlan.Create(document);

        var row = Assert.Single(plan.RelationshipRows);
        Assert.Equal(("anthropic", "COMPETES_WITH", "openai"), ((string?)row["source"], (string?)row["type"], (string?)row["target"]));
        var evidence = (List<Dictionary<string, object?>>)row["evidence"]!;
        Assert.Equal([1, 2], evidence.Select(e => (int)e["line"]!));
    }

    [Fact]
    public void Create_Entity_NormalizesNameAndAliasesForLookup()
    {
        var plan = DocumentWritePlan.Create(new DocumentGraph("a.md", "hash", [Anthropic], []));

        var row = Assert.Single(plan.EntityRows);
        Assert.Equal(["anthropic"], (string[])row["normalizedAliases"]!);
        Assert.Equal(["Anthropic", "ＡＮＴＨＲＯＰＩＣ"], (string[])row["aliases"]!);
        Assert.Equal(("Company", "模型层"), ((string?)row["type"], (string?)row["layer"]));
    }

    [Fact]
    public void Create_EdgeToUnlistedEntity_ThrowsNamingIt()
    {
        var document = new DocumentGraph("a.md", "hash", [OpenAi], [Relationship.Create(OpenAi.Key, RelationshipType.BuiltOn, new EntityKey("gpt-4"), [new Evidence("a.md", 1, "q")])]);

        var error = Assert.Throws<ArgumentException>(() => DocumentWritePlan.Create(document));

        Assert.Contains("'gpt-4'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceId_DifferentLineOrQuote_DiffersAndIsStable()
    {
        var id = DocumentWritePlan.EvidenceId(new Evidence("a.md", 1, "q"));

        Assert.Equal(id, DocumentWritePlan.EvidenceId(new Evidence("a.md", 1, "q", EvidenceBasis.Structure)));
        Assert.NotEqual(id, DocumentWritePlan.EvidenceId(new Evidence("a.md", 2, "q")));
        Assert.NotEqual(id, DocumentWritePlan.EvidenceId(new Evidence("b.md", 1, "q")));
        Assert.Equal(32, id.Length);
    }

    [Fact]
    public void Create_RulesAndModelOnTheSameLine_KeepsBothAndNamesTheModel()
    {
        var document = new DocumentGraph(
            "c.md",
            "hash",
            [OpenAi, Anthropic],
            [new Relationship(Anthropic.Key, RelationshipType.CompetesWith, OpenAi.Key, [new Evidence("c.md", 1, "rivals"), new Evidence("c.md", 1, "rivals", EvidenceBasis.Llm, Model: "gpt-4o-mini")])]);

        var plan = DocumentWritePlan.Create(document);

        var evidence = (List<Dictionary<string, object?>>)Assert.Single(plan.RelationshipRows)["evidence"]!;
        Assert.Equal([("prose", ""), ("llm", "gpt-4o-mini")], evidence.Select(e => ((string?)e["basis"], (string?)e["model"])));
        Assert.Equal(2, evidence.Select(e => e["id"]).Distinct().Count());
    }

    [Fact]
    public void ToEvidence_ModelsList_NamesTheModelOfLlmEvidenceOnly()
    {
        using var json = JsonDocument.Parse("""{"docs": ["c.md", "c.md", "c.md"], "lines": [1, 1, 2], "quotes": ["q", "q", "r"], "bases": ["prose", "llm", "llm"], "models": ["", "gpt-4o-mini", ""]}""");
        var root = json.RootElement;

        var evidence = GraphJson.ToEvidence(root.GetProperty("docs"), root.GetProperty("lines"), root.GetProperty("quotes"), root.GetProperty("bases"), root.GetProperty("models"));
        var withoutModels = GraphJson.ToEvidence(root.GetProperty("docs"), root.GetProperty("lines"), root.GetProperty("quotes"), root.GetProperty("bases"));

        Assert.Equal([(1, EvidenceBasis.Llm, (string?)"gpt-4o-mini"), (1, EvidenceBasis.Prose, null), (2, EvidenceBasis.Llm, null)], evidence.Select(e => (e.Line, e.Basis, e.Model)));
        Assert.All(withoutModels, e => Assert.Null(e.Model));
    }

    [Fact]
    public void ToEvidence_Maps_ReadsBasisModelAndSource()
    {
        using var json = JsonDocument.Parse("""[{"doc": "notes//c.md", "line": 3, "quote": "q", "basis": "llm", "model": "gpt-4o-mini"}, {"doc": "c.md", "line": 4, "quote": "r", "basis": "structure", "model": ""}]""");

        var evidence = GraphJson.ToEvidence(json.RootElement);

        Assert.Equal(
            [("notes", "c.md", EvidenceBasis.Llm, (string?)"gpt-4o-mini"), ("default", "c.md", EvidenceBasis.Structure, null)],
            evidence.Select(e => (e.Source, e.Document, e.Basis, e.Model)));
    }
}
