using System.Text.Json;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Core.Tests.Curation;

public sealed class CurationDecisionTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Create_SameContentAndTime_GivesTheSameIdAndOtherTimeAnother()
    {
        var first = CurationDecision.Create(CurationKind.Merge, new EntityKey("azure"), new EntityKey("microsoft-azure"), null, null, "ana", null, At);

        var again = CurationDecision.Create(CurationKind.Merge, new EntityKey("azure"), new EntityKey("microsoft-azure"), null, null, "ana", null, At);
        var later = CurationDecision.Create(CurationKind.Merge, new EntityKey("azure"), new EntityKey("microsoft-azure"), null, null, "ana", null, At.AddSeconds(1));

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, later.Id);
        Assert.Matches("^c[0-9a-f]{12}$", first.Id);
    }

    [Fact]
    public void Serialize_RejectEdge_RoundTripsWithWireNames()
    {
        var decision = CurationDecision.Create(
            CurationKind.RejectEdge, new EntityKey("microsoft"), new EntityKey("ian-goodfellow"), RelationshipType.InvestsIn, null, "ana", "a person", At);

        var json = GraphJson.Serialize(decision);
        var back = JsonSerializer.Deserialize(json, GraphJson.TypeInfo<CurationDecision>());

        Assert.Contains("\"kind\":\"reject-edge\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"INVESTS_IN\"", json, StringComparison.Ordinal);
        Assert.Equal(decision, back);
    }

    [Theory]
    [InlineData(CurationKind.Merge, null, null, null, "other")]
    [InlineData(CurationKind.RejectEdge, "openai", null, null, "note")]
    [InlineData(CurationKind.AddEdge, "openai", null, null, "note")]
    [InlineData(CurationKind.Retype, null, "Planet", null, "value")]
    [InlineData(CurationKind.Retype, null, "7", null, "value")]
    [InlineData(CurationKind.Rename, null, " ", null, "value")]
    [InlineData(CurationKind.AddEdge, "microsoft", null, "self", "other")]
    public void Validate_MissingOrWrongField_NamesIt(CurationKind kind, string? other, string? value, string? note, string field)
    {
        var decision = new CurationDecision(
            "c1", kind, new EntityKey("microsoft"), other is null ? null : new EntityKey(other), kind.IsEdgeKind() ? RelationshipType.InvestsIn : null, value, "ana", At, note);

        Assert.StartsWith($"'{field}'", decision.Validate(), StringComparison.Ordinal);
    }
}
