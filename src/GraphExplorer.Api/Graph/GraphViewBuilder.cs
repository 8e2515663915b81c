using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Api.Graph;

/// <summary>Reads bounded drawable views of the graph from the store.</summary>
/// <param name="store">The store.</param>
public sealed class GraphViewBuilder(IGraphStore store)
{
    /// <summary>The most nodes in a neighbourhood view.</summary>
    public const int MaxNeighbourhoodNodes = 300;

    /// <summary>The most nodes in the whole-graph view.</summary>
    public const int MaxGraphNodes = 2000;

    /// <summary>The most edges in any view.</summary>
    public const int MaxEdges = 5000;

    /// <summary>Everything within <paramref name="depth"/> hops of <paramref name="center"/>, any type, either direction.</summary>
    /// <param name="center">The centre entity.</param>
    /// <param name="depth">Hops to follow.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The nodes reached and every edge among them, within the bounds.</returns>
    public async Task<GraphView> NeighbourhoodAsync(Entity center, int depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(center);
        var reached = new HashSet<EntityKey> { center.Key };
        var frontier = new List<EntityKey> { center.Key };
        var truncated = false;
        for (var hop = 0; hop < depth && frontier.Count > 0 && !truncated; hop++)
        {
            var edges = await store.GetEdgesAsync(frontier, EdgeDirection.Both, RelationshipTypes.All, cancellationToken).ConfigureAwait(false);
            var next = new List<EntityKey>();
            foreach (var key in edges.SelectMany(e => new[] { e.Source, e.Target }))
            {
                if (reached.Count >= MaxNeighbourhoodNodes)
                {
                    truncated |= !reached.Contains(key);
                    continue;
                }

                if (reached.Add(key))
                {
                    next.Add(key);
                }
            }

            frontier = next;
        }

        // Every edge among the reached nodes, not only the ones walked, so the drawing shows how they connect.
        var among = (await store.GetEdgesAsync(reached, EdgeDirection.Outgoing, RelationshipTypes.All, cancellationToken).ConfigureAwait(false))
            .Where(e => reached.Contains(e.Target))
            .Distinct()
            .ToArray();
        var entities = await store.GetEntitiesAsync(reached, cancellationToken).ConfigureAwait(false);
        return Build(center.Key.Value, depth, entities.Values, among, truncated);
    }

    /// <summary>The whole graph, within the bounds: for the market map.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The nodes and the edges among them.</returns>
    public async Task<GraphView> WholeGraphAsync(CancellationToken cancellationToken = default)
    {
        var entities = new List<Entity>();
        var truncated = false;
        await foreach (var entity in store.ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entities.Count == MaxGraphNodes)
            {
                truncated = true;
                break;
            }

            entities.Add(entity);
        }

        var keys = entities.Select(e => e.Key).ToHashSet();
        var edges = new List<GraphEdge>();
        await foreach (var edge in store.ReadAllEdgesAsync(RelationshipTypes.All, cancellationToken).ConfigureAwait(false))
        {
            if (keys.Contains(edge.Source) && keys.Contains(edge.Target))
            {
                edges.Add(edge);
            }
        }

        return Build(null, 0, entities, edges, truncated);
    }

    private static GraphView Build(string? center, int depth, IEnumerable<Entity> entities, IReadOnlyCollection<GraphEdge> edges, bool truncated) =>
        new(
            center,
            depth,
            entities
                .OrderBy(e => e.Key.Value, StringComparer.Ordinal)
                .Select(e => new GraphNode(e.Key.Value, e.Name, e.Type, e.Layer, e.Category))
                .ToArray(),
            edges
                .Take(MaxEdges)
                .Select(e => new GraphViewEdge(e.Source.Value, e.Type.ToWireName(), e.Target.Value))
                .ToArray(),
            truncated || edges.Count > MaxEdges);
}
