using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;

namespace GraphExplorer.Storage.Sqlite.Traversals;

/// <summary>
/// Breadth-first reach over a <see cref="GraphReadModel"/>, visiting edges in the order the SQL walk read them
/// (per direction group in step order; one-way groups entity by entity in frontier order, each entity's edges by type
/// name then neighbour key; two-way groups by source, type, target), so every entity is reached by the same first edge.
/// </summary>
internal static class ReachWalk
{
    /// <summary>The entities within <paramref name="depth"/> hops of <paramref name="start"/>, each with its first path.</summary>
    /// <param name="model">The graph.</param>
    /// <param name="start">The start entity's number.</param>
    /// <param name="steps">The steps to follow.</param>
    /// <param name="depth">The most hops.</param>
    /// <param name="stopAfter">Stop after the hop that reaches this many entities.</param>
    /// <returns>The paths found.</returns>
    public static IReadOnlyList<FoundPath> Run(GraphReadModel model, int start, IReadOnlyList<TraversalStep> steps, int depth, int stopAfter)
    {
        var groups = steps.GroupBy(s => s.Direction)
            .Select(g => (Direction: g.Key, Types: GraphReadModel.WireOrder.Where(t => g.Any(s => s.Type == t)).ToArray()))
            .ToArray();
        var reachedBy = new Dictionary<int, (int From, RelationshipType Type, int To, int Source)>();
        var visited = new HashSet<int> { start };
        var frontier = new List<int> { start };
        var inFrontier = new HashSet<int> { start };
        for (var hop = 1; hop <= depth && frontier.Count > 0; hop++)
        {
            var next = new List<int>();
            void Consider(int from, int to, RelationshipType type, int source, int target)
            {
                if (from != to && visited.Add(to))
                {
                    reachedBy[to] = (from, type, target, source);
                    next.Add(to);
                }
            }

            foreach (var (direction, types) in groups)
            {
                if (direction == EdgeDirection.Both)
                {
                    foreach (var (source, type, target) in TwoWayEdges(model, frontier, types))
                    {
                        if (inFrontier.Contains(source))
                        {
                            Consider(source, target, type, source, target);
                        }

                        if (inFrontier.Contains(target))
                        {
                            Consider(target, source, type, source, target);
                        }
                    }

                    continue;
                }

                var outgoing = direction == EdgeDirection.Outgoing;
                foreach (var node in frontier)
                {
                    foreach (var type in types)
                    {
                        foreach (var other in model.Rows(type, outgoing).Of(node))
                        {
                            Consider(node, other, type, outgoing ? node : other, outgoing ? other : node);
                        }
                    }
                }
            }

            frontier = next;
            inFrontier = [.. next];
            if (visited.Count - 1 >= stopAfter)
            {
                break;
            }
        }

        var paths = new List<FoundPath>(reachedBy.Count);
        foreach (var node in reachedBy.Keys)
        {
            var path = new List<GraphEdge>();
            for (var current = node; current != start;)
            {
                var (from, type, target, source) = reachedBy[current];
                path.Add(new GraphEdge(model.Keys[source], type, model.Keys[target]));
                current = from;
            }

            path.Reverse();
            paths.Add(new FoundPath(model.Keys[node], path, null));
        }

        return paths;
    }

    /// <summary>The distinct edges of <paramref name="types"/> touching the frontier at either end, by source, type name, target.</summary>
    public static IEnumerable<(int Source, RelationshipType Type, int Target)> TwoWayEdges(
        GraphReadModel model, IEnumerable<int> frontier, IReadOnlyList<RelationshipType> types)
    {
        var edges = new HashSet<(int Source, int TypeRank, int Target)>();
        foreach (var node in frontier)
        {
            for (var rank = 0; rank < GraphReadModel.WireOrder.Length; rank++)
            {
                var type = GraphReadModel.WireOrder[rank];
                if (!types.Contains(type))
                {
                    continue;
                }

                foreach (var target in model.Rows(type, outgoing: true).Of(node))
                {
                    edges.Add((node, rank, target));
                }

                foreach (var source in model.Rows(type, outgoing: false).Of(node))
                {
                    edges.Add((source, rank, node));
                }
            }
        }

        return edges.Order().Select(e => (e.Source, GraphReadModel.WireOrder[e.TypeRank], e.Target));
    }
}
