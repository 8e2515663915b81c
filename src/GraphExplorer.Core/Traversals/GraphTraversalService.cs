using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Runs the catalogue's traversals over any <see cref="IGraphStore"/> by walking edges a frontier at a time,
/// then reading evidence only for the edges on the answers' paths.
/// </summary>
/// <param name="store">The store to read.</param>
/// <param name="catalogue">The traversal catalogue.</param>
public sealed class GraphTraversalService(IGraphStore store, TraversalCatalogue catalogue) : ITraversalService
{
    /// <inheritdoc />
    public async Task<TraversalResult> ExecuteAsync(TraversalRequest request, CancellationToken cancellationToken = default)
    {
        var resolved = await ResolvedTraversal.ResolveAsync(request, catalogue, store, cancellationToken).ConfigureAwait(false);
        var (definition, start, to, depth, limit) = resolved;
        var paths = definition.Kind switch
        {
            TraversalKind.Reach => await ReachAsync(start!.Key, definition.Steps, depth, limit, cancellationToken).ConfigureAwait(false),
            TraversalKind.ShortestPaths => await ShortestPathsAsync(start!.Key, to!.Key, depth, limit, cancellationToken).ConfigureAwait(false),
            TraversalKind.EdgesBetween => await EdgesBetweenAsync(start!.Key, to!.Key, cancellationToken).ConfigureAwait(false),
            TraversalKind.DependencyRanking => await RankDependedOnAsync(definition.Steps, depth, limit, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Traversal kind {definition.Kind} has no implementation."),
        };

        var rows = await TraversalRows.ExplainAsync(new StoreRowSource(store), definition, paths, resolved.RowLimit, resolved.Evidence, cancellationToken).ConfigureAwait(false);
        return new TraversalResult(definition.Name, resolved.Parameters, rows);
    }

    private async Task<IReadOnlyList<FoundPath>> ReachAsync(
        EntityKey start, IReadOnlyList<TraversalStep> steps, int depth, int limit, CancellationToken cancellationToken)
    {
        var parents = await BreadthFirstAsync(start, steps, depth, stopAt: null, stopAfter: limit, cancellationToken).ConfigureAwait(false);
        return parents.Keys
            .Where(key => key != start)
            .Select(key => new FoundPath(key, FirstPath(parents, start, key), null))
            .ToArray();
    }

    private async Task<IReadOnlyList<FoundPath>> ShortestPathsAsync(
        EntityKey start, EntityKey goal, int depth, int limit, CancellationToken cancellationToken)
    {
        if (start == goal)
        {
            return [];
        }

        var steps = RelationshipTypes.All.Select(t => new TraversalStep(t, EdgeDirection.Both)).ToArray();
        var parents = await BreadthFirstAsync(start, steps, depth, goal, stopAfter: null, cancellationToken).ConfigureAwait(false);
        if (!parents.ContainsKey(goal))
        {
            return [];
        }

        return AllShortestPaths(parents, start, goal, limit)
            .Select(path => new FoundPath(goal, path, null))
            .ToArray();
    }

    private async Task<IReadOnlyList<FoundPath>> EdgesBetweenAsync(EntityKey a, EntityKey b, CancellationToken cancellationToken)
    {
        var edges = await store.GetEdgesAsync([a], EdgeDirection.Both, RelationshipTypes.All, cancellationToken).ConfigureAwait(false);
        return edges
            .Where(e => e.Other(a) == b && e.Source != e.Target)
            .Distinct()
            .OrderBy(e => e.Type)
            .Select(e => new FoundPath(b, [e], null))
            .ToArray();
    }

    private async Task<IReadOnlyList<FoundPath>> RankDependedOnAsync(
        IReadOnlyList<TraversalStep> steps, int depth, int limit, CancellationToken cancellationToken)
    {
        // Edges from a base to its dependents, read once; then a bounded breadth-first count per base.
        const int ExplainingEdges = 10;
        var ranking = new DependencyRanking(steps);
        var types = steps.Select(s => s.Type).Distinct().ToArray();
        await foreach (var edge in store.ReadAllEdgesAsync(types, cancellationToken).ConfigureAwait(false))
        {
            ranking.Add(edge);
        }

        return ranking.Rank(depth, limit, ExplainingEdges, cancellationToken)
            .Select(r => new FoundPath(r.Key, r.Edges, r.Count))
            .ToArray();
    }

    /// <summary>Breadth-first search recording, for each entity reached, every edge that reaches it at its shortest distance.</summary>
    private async Task<Dictionary<EntityKey, List<GraphEdge>>> BreadthFirstAsync(
        EntityKey start,
        IReadOnlyList<TraversalStep> steps,
        int depth,
        EntityKey? stopAt,
        int? stopAfter,
        CancellationToken cancellationToken)
    {
        var parents = new Dictionary<EntityKey, List<GraphEdge>> { [start] = [] };
        var frontier = new HashSet<EntityKey> { start };
        var byDirection = steps.GroupBy(s => s.Direction).Select(g => (Direction: g.Key, Types: g.Select(s => s.Type).ToArray())).ToArray();
        for (var hop = 1; hop <= depth && frontier.Count > 0; hop++)
        {
            var next = new HashSet<EntityKey>();
            foreach (var (direction, types) in byDirection)
            {
                var edges = await store.GetEdgesAsync(frontier, direction, types, cancellationToken).ConfigureAwait(false);
                foreach (var edge in edges.Distinct())
                {
                    foreach (var (from, to) in Moves(edge, direction))
                    {
                        if (!frontier.Contains(from) || from == to)
                        {
                            continue;
                        }

                        if (!parents.TryGetValue(to, out var reachedBy))
                        {
                            parents[to] = [edge];
                            next.Add(to);
                        }
                        else if (next.Contains(to) && !reachedBy.Contains(edge))
                        {
                            reachedBy.Add(edge);
                        }
                    }
                }
            }

            frontier = next;
            if ((stopAt is { } goal && parents.ContainsKey(goal)) || (stopAfter is { } max && parents.Count - 1 >= max))
            {
                break;
            }
        }

        return parents;
    }

    private static IEnumerable<(EntityKey From, EntityKey To)> Moves(GraphEdge edge, EdgeDirection direction)
    {
        if (direction is EdgeDirection.Outgoing or EdgeDirection.Both)
        {
            yield return (edge.Source, edge.Target);
        }

        if (direction is EdgeDirection.Incoming or EdgeDirection.Both)
        {
            yield return (edge.Target, edge.Source);
        }
    }

    private static IReadOnlyList<GraphEdge> FirstPath(Dictionary<EntityKey, List<GraphEdge>> parents, EntityKey start, EntityKey end)
    {
        var path = new List<GraphEdge>();
        var current = end;
        while (current != start)
        {
            var edge = parents[current][0];
            path.Add(edge);
            current = edge.Other(current);
        }

        path.Reverse();
        return path;
    }

    private static IEnumerable<IReadOnlyList<GraphEdge>> AllShortestPaths(
        Dictionary<EntityKey, List<GraphEdge>> parents, EntityKey start, EntityKey end, int limit)
    {
        var found = 0;
        var stack = new Stack<(EntityKey Node, ImmutableTrail Trail)>();
        stack.Push((end, ImmutableTrail.Empty));
        while (stack.Count > 0 && found < limit)
        {
            var (node, trail) = stack.Pop();
            if (node == start)
            {
                found++;
                yield return trail.ToList();
                continue;
            }

            var edges = parents[node];
            for (var i = edges.Count - 1; i >= 0; i--)
            {
                stack.Push((edges[i].Other(node), trail.Prepend(edges[i])));
            }
        }
    }

    /// <summary>A path built from its end backwards without copying: each step shares the rest.</summary>
    private sealed class ImmutableTrail
    {
        public static readonly ImmutableTrail Empty = new(default, null);

        private readonly GraphEdge _head;
        private readonly ImmutableTrail? _tail;

        private ImmutableTrail(GraphEdge head, ImmutableTrail? tail)
        {
            _head = head;
            _tail = tail;
        }

        public ImmutableTrail Prepend(GraphEdge edge) => new(edge, this);

        public List<GraphEdge> ToList()
        {
            var list = new List<GraphEdge>();
            for (var trail = this; trail._tail is not null; trail = trail._tail)
            {
                list.Add(trail._head);
            }

            return list;
        }
    }
}
