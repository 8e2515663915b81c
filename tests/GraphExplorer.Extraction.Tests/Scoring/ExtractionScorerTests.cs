using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Scoring;

namespace GraphExplorer.Extraction.Tests.Scoring;

public sealed class ExtractionScorerTests
{
    private static readonly GoldEntity[] GoldEntities =
    [
        new("Acme", EntityType.Company, ["Acme", "艾克米", "Acme Corp"]),
        new("Rocket", EntityType.Model, ["Rocket", "Rocket-2"]),
        new("Beta Labs", EntityType.Company, ["Beta Labs"]),
        new("Gamma", EntityType.Company, ["Gamma"]),
    ];

    private static readonly GoldRelation[] GoldRelations =
    [
        new("a.md", 1, RelationshipType.Develops, "Acme", "Rocket", "艾克米发布Rocket", EvidenceBasis.Prose),
        new("a.md", 2, RelationshipType.Develops, "Acme", "Rocket", "Acme: Rocket-2", EvidenceBasis.Structure),
        new("a.md", 3, RelationshipType.InvestsIn, "Beta Labs", "Acme", "Beta Labs投资Acme", EvidenceBasis.Prose),
        new("b.md", 1, RelationshipType.CompetesWith, "Acme", "Gamma", "Acme与Gamma竞争", EvidenceBasis.Prose),
    ];

    private static Entity Entity(string name, params string[] aliases) =>
        new(EntityKey.FromName(name), name, EntityType.Company, [name, .. aliases]);

    private static Relationship Edge(string source, RelationshipType type, string target) =>
        Relationship.Create(EntityKey.FromName(source), type, EntityKey.FromName(target), [new Evidence("a.md", 9, "q")]);

    private static ScoreReport CreateReport()
    {
        Entity[] entities = [Entity("ACME corp"), Entity("Rocket 2", "Rocket-2"), Entity("Gamma"), Entity("Delta"), Entity("Beta Labs")];
        Relationship[] relationships =
        [
            Edge("ACME corp", RelationshipType.Develops, "Rocket 2"),
            Edge("Gamma", RelationshipType.CompetesWith, "ACME corp"),
            Edge("Delta", RelationshipType.Develops, "Rocket 2"),
        ];
        return ExtractionScorer.Score(entities, relationships, GoldRelations, GoldEntities);
    }

    [Fact]
    public void Score_HandMadeGold_KnownPrecisionAndRecall()
    {
        var report = CreateReport();

        Assert.Equal(3, report.Overall.Predicted);
        Assert.Equal(3, report.Overall.Gold);
        Assert.Equal(2d / 3, report.Overall.Precision, 6);
        Assert.Equal(2d / 3, report.Overall.Recall, 6);
        Assert.Equal(2d / 3, report.Overall.F1, 6);
    }

    [Fact]
    public void Score_PerType_CountsEachType()
    {
        var report = CreateReport();

        Assert.Equal(0.5, report.ByType[RelationshipType.Develops].Precision, 6);
        Assert.Equal(1d, report.ByType[RelationshipType.Develops].Recall, 6);
        Assert.Equal(1d, report.ByType[RelationshipType.CompetesWith].Recall, 6);
        Assert.Equal(0d, report.ByType[RelationshipType.InvestsIn].Recall, 6);
        Assert.Equal(1d, report.ByType[RelationshipType.InvestsIn].Precision, 6);
    }

    [Fact]
    public void Score_MissedAndSpurious_Listed()
    {
        var report = CreateReport();

        var missed = Assert.Single(report.Missed);
        Assert.Equal(("Beta Labs", "Acme", "a.md", 3), (missed.Source, missed.Target, missed.Document, missed.Line));
        var spurious = Assert.Single(report.Spurious);
        Assert.Equal(("Delta", "Rocket 2"), (spurious.Source, spurious.Target));
    }

    [Fact]
    public void Score_CompetitionReversedDirection_Matches()
    {
        var report = CreateReport();

        Assert.Equal(1, report.ByType[RelationshipType.CompetesWith].FoundGold);
    }

    [Fact]
    public void Score_DirectedEdgeReversed_DoesNotMatch()
    {
        Relationship[] relationships = [Edge("Rocket", RelationshipType.Develops, "Acme")];

        var report = ExtractionScorer.Score([Entity("Acme"), Entity("Rocket")], relationships, GoldRelations, GoldEntities);

        Assert.Equal(0, report.Overall.CorrectPredicted);
    }

    [Fact]
    public void ToText_Report_HasTableAndLists()
    {
        var text = CreateReport().ToText();

        Assert.Contains("overall", text, StringComparison.Ordinal);
        Assert.Contains("0.667", text, StringComparison.Ordinal);
        Assert.Contains("Missed (1):", text, StringComparison.Ordinal);
        Assert.Contains("INVESTS_IN", text, StringComparison.Ordinal);
        Assert.Contains("Spurious (1):", text, StringComparison.Ordinal);
        Assert.Contains("Delta -> Rocket 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRelations_JsonLines_ParsesWireNames()
    {
        const string Jsonl = """
            {"doc": "x.txt", "line": 4, "type": "SUPPLIES_COMPUTE_TO", "source": "A", "target": "B", "quote": "q", "basis": "prose"}

            {"doc": "x.txt", "line": 5, "type": "BUILT_ON", "source": "C", "target": "D", "quote": "r", "basis": "structure"}
            """;

        var relations = GoldData.ReadRelations(new StringReader(Jsonl));

        Assert.Equal([RelationshipType.SuppliesComputeTo, RelationshipType.BuiltOn], relations.Select(r => r.Type));
        Assert.Equal(EvidenceBasis.Structure, relations[1].Basis);
        Assert.Equal(4, relations[0].Line);
    }
}
