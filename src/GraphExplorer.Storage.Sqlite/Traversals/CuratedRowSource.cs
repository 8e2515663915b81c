using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;

namespace GraphExplorer.Storage.Sqlite.Traversals;

/// <summary>
/// Explains rows found on a curated <see cref="GraphReadModel"/>: curated names and types from the model, evidence
/// through the <see cref="CuratedGraphStore"/> of the reader's snapshot (extracted items moved by merges and splits,
/// curated items of confirmed and added edges), cut to the window as <see cref="StoreRowSource"/> cuts it.
/// </summary>
/// <param name="model">The curated model of the session's version.</param>
/// <param name="curated">The curated store over the session's snapshot, with the model's overlay.</param>
internal sealed class CuratedRowSource(GraphReadModel model, CuratedGraphStore curated) : ITraversalRowSource
{
    private readonly StoreRowSource _evidence = new(curated);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<EntityKey, Entity>(keys.Count);
        foreach (var key in keys)
        {
            if (model.TryGetNode(key, out var node))
            {
                entities[key] = model.EntityOf(node);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<EntityKey, Entity>>(entities);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<EdgeEvidence>> GetEvidenceAsync(IReadOnlyCollection<GraphEdge> edges, EvidenceWindow window, CancellationToken cancellationToken) =>
        _evidence.GetEvidenceAsync(edges, window, cancellationToken);
}
