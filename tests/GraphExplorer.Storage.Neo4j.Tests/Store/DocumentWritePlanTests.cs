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
}
