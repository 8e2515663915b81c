using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Traversals;

/// <summary>Explains rows from any <see cref="IGraphStore"/>: full evidence read, then cut to the window here.</summary>
/// <param name="store">The store.</param>
public sealed class StoreRowSource(IGraphStore store) : ITraversalRowSource
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken) =>
        store.GetEntitiesAsync(keys, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<EdgeEvidence>> GetEvidenceAsync(
        IReadOnlyCollection<GraphEdge> edges, EvidenceWindow window, CancellationToken cancellationToken)
    {
        var relationships = await store.GetRelationshipsAsync(edges, cancellationToken).ConfigureAwait(false);
        return relationships.Select(r => new EdgeEvidence(r.Edge, window.Apply(r.Evidence), r.Evidence.Count)).ToArray();
    }
}
