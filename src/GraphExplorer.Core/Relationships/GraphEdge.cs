using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Relationships;

/// <summary>An edge's identity, without evidence: what traversals walk.</summary>
/// <param name="Source">The source entity.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Target">The target entity.</param>
public readonly record struct GraphEdge(EntityKey Source, RelationshipType Type, EntityKey Target)
{
    /// <summary>Puts a symmetric edge's endpoints in ordinal key order; leaves directed edges as given.</summary>
    /// <param name="source">The source entity.</param>
    /// <param name="type">The relationship type.</param>
    /// <param name="target">The target entity.</param>
    /// <returns>The endpoints in canonical order.</returns>
    public static (EntityKey Source, EntityKey Target) Orient(EntityKey source, RelationshipType type, EntityKey target) =>
        type.IsSymmetric() && string.CompareOrdinal(source.Value, target.Value) > 0
            ? (target, source)
            : (source, target);

    /// <summary>The endpoint opposite <paramref name="key"/>.</summary>
    /// <param name="key">One endpoint of the edge.</param>
    /// <returns>The other endpoint.</returns>
    public EntityKey Other(EntityKey key) => key == Source ? Target : Source;
}
