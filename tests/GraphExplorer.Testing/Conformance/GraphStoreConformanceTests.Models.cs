using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Testing.Conformance;

/// <content>A language model's evidence: basis Llm with the model's name, kept beside the rules' evidence of the same line.</content>
public abstract partial class GraphStoreConformanceTests
{
    private const string Model = "gpt-4o-mini";

    [Fact]
    public async Task WriteDocument_ModelEvidenceBesideRulesEvidence_ReadsBackEachWithItsBasisAndModel()
    {
        var store = await CreateSutAsync();

        await store.WriteDocumentAsync(HybridDocument(), Ct);

        var expected = new[] { (3, EvidenceBasis.Llm, (string?)Model), (3, EvidenceBasis.Prose, null), (4, EvidenceBasis.Llm, Model) };
        var all = Assert.Single(await ToListAsync(store.ReadAllRelationshipsAsync(Ct)));
        Assert.Equal(expected, all.Evidence.Select(e => (e.Line, e.Basis, e.Model)));
        var edge = new GraphEdge(EntityKey.FromName("Microsoft"), RelationshipType.InvestsIn, EntityKey.FromName("OpenAI"));
        var read = Assert.Single(await store.GetRelationshipsAsync([edge], Ct));
        Assert.Equal(expected, read.Evidence.Select(e => (e.Line, e.Basis, e.Model)));
        var step = Assert.Single((await CreateTraversalService(store).ExecuteAsync(new("investors-of", "OpenAI", Evidence: 10), Ct)).Rows).Path[0];
        Assert.Equal(expected, step.Evidence.Select(e => (e.Line, e.Basis, e.Model)));
        Assert.Equal(3, step.EvidenceCount);
    }

    [Fact]
    public async Task WriteDocument_ModelEvidenceTwice_ChangesNothing()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(HybridDocument(), Ct);
        var before = (await ToListAsync(store.ReadAllRelationshipsAsync(Ct))).SelectMany(r => r.Evidence).ToArray();

        await store.WriteDocumentAsync(HybridDocument(), Ct);

        Assert.Equal(before, (await ToListAsync(store.ReadAllRelationshipsAsync(Ct))).SelectMany(r => r.Evidence));
        Assert.Equal(3, (await store.GetStatisticsAsync(Ct)).Evidence);
    }

    /// <summary>Microsoft INVESTS_IN OpenAI: line 3 found by the rules and by the model in the same words, line 4 by the model alone.</summary>
    private static DocumentGraph HybridDocument()
    {
        const string quote = "微软向 OpenAI 投资了 130 亿美元";
        return new DocumentGraph(
            "h.md",
            "hash-h",
            [new Entity(EntityKey.FromName("Microsoft"), "Microsoft", EntityType.Company, ["Microsoft", "微软"]), new Entity(EntityKey.FromName("OpenAI"), "OpenAI", EntityType.Company, ["OpenAI"])],
            [
                new Relationship(
                    EntityKey.FromName("Microsoft"),
                    RelationshipType.InvestsIn,
                    EntityKey.FromName("OpenAI"),
                    [
                        new Evidence("h.md", 3, quote, EvidenceBasis.Prose),
                        new Evidence("h.md", 3, quote, EvidenceBasis.Llm, Model: Model),
                        new Evidence("h.md", 4, "Microsoft backs OpenAI", EvidenceBasis.Llm, Model: Model),
                    ]),
            ]);
    }
}
