using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>What <see cref="TraversalRows"/> reads to explain found paths: entity names and the evidence of the edges kept.</summary>
public interface ITraversalRowSource
{
    /// <summary>Gets entities by key.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entities found, by key; unknown keys are absent.</returns>
    Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken);

    /// <summary>Gets the evidence of the given edges, cut to <paramref name="window"/>, with each edge's total.</summary>
    /// <param name="edges">The edges; symmetric ones in either orientation.</param>
    /// <param name="window">Which items to return per edge.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edges that exist (in canonical orientation), each with its items in the window and its total.</returns>
    Task<IReadOnlyList<EdgeEvidence>> GetEvidenceAsync(IReadOnlyCollection<GraphEdge> edges, EvidenceWindow window, CancellationToken cancellationToken);
}
