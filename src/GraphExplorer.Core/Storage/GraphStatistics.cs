using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Storage;

/// <summary>The size of the graph in a store.</summary>
/// <param name="Documents">Documents ingested.</param>
/// <param name="Entities">Entity nodes.</param>
/// <param name="EntitiesByType">Entity nodes per type.</param>
/// <param name="EdgesByType">Edges per relationship type (every type present, zero when none).</param>
/// <param name="Evidence">Evidence rows over all edges.</param>
public sealed record GraphStatistics(
    int Documents,
    int Entities,
    IReadOnlyDictionary<EntityType, int> EntitiesByType,
    IReadOnlyDictionary<RelationshipType, int> EdgesByType,
    int Evidence)
{
    /// <summary>Edges over all types.</summary>
    public int Edges => EdgesByType.Values.Sum();
}
