using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Relationships;

/// <summary>
/// One edge of the graph: exactly one per (source, type, target), carrying every mention as evidence.
/// A <see cref="RelationshipType.CompetesWith"/> edge is stored once per pair, source key before target key
/// (<see cref="Create"/> does that).
/// </summary>
/// <param name="Source">The source entity.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Target">The target entity.</param>
/// <param name="Evidence">Every mention of the relationship, ordered by document then line.</param>
public sealed record Relationship(EntityKey Source, RelationshipType Type, EntityKey Target, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>How many distinct mentions support the edge.</summary>
    public int Support => Evidence.Count;

    /// <summary>Creates an edge, putting a symmetric edge's endpoints in key order.</summary>
    /// <param name="source">The source entity.</param>
    /// <param name="type">The relationship type.</param>
    /// <param name="target">The target entity.</param>
    /// <param name="evidence">The mentions.</param>
    /// <returns>The edge in canonical orientation.</returns>
    public static Relationship Create(EntityKey source, RelationshipType type, EntityKey target, IReadOnlyList<Evidence> evidence)
    {
        var (first, second) = GraphEdge.Orient(source, type, target);
        return new Relationship(first, type, second, evidence);
    }

    /// <summary>The edge without its evidence.</summary>
    public GraphEdge Edge => new(Source, Type, Target);
}
