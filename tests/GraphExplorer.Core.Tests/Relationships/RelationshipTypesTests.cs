using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Tests.Relationships;

public sealed class RelationshipTypesTests
{
    [Fact]
    public void TryParse_EveryWireName_RoundTrips()
    {
        foreach (var type in RelationshipTypes.All)
        {
            Assert.True(RelationshipTypes.TryParse(type.ToWireName().ToLowerInvariant(), out var parsed));
            Assert.Equal(type, parsed);
        }
    }

    [Fact]
    public void TryParse_UnknownName_ReturnsFalse()
    {
        Assert.False(RelationshipTypes.TryParse("LIKES", out _));
    }

    [Fact]
    public void Create_SymmetricEdgeGivenBothWays_HasOneOrientation()
    {
        var a = new EntityKey("b-corp");
        var b = new EntityKey("a-corp");

        var first = Relationship.Create(a, RelationshipType.CompetesWith, b, []);
        var second = Relationship.Create(b, RelationshipType.CompetesWith, a, []);

        Assert.Equal(first.Edge, second.Edge);
        Assert.Equal("a-corp", first.Source.Value);
    }

    [Fact]
    public void Create_DirectedEdge_KeepsDirection()
    {
        var edge = Relationship.Create(new EntityKey("z"), RelationshipType.BuiltOn, new EntityKey("a"), []).Edge;

        Assert.Equal("z", edge.Source.Value);
        Assert.Equal("a", edge.Target.Value);
    }
}
