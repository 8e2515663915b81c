using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;

namespace GraphExplorer.Storage.Sqlite.Traversals;

/// <summary>
/// Every shortest path between two entities over any relationship in either direction, by breadth-first search from
/// both ends (the smaller frontier grows first) until they meet. The paths, and their order, are those of the one-way
/// search: the entities on shortest paths are found layer by layer from the meeting point, each entity's edges back
/// towards the start sorted as the SQL walk read them (source, type name, target), then enumerated depth first from
/// the goal as <see cref="GraphTraversalService"/> does.
/// </summary>
internal static class BidirectionalShortestPaths
{
    /// <summary>Finds up to <paramref name="limit"/> shortest paths of at most <paramref name="depth"/> edges.</summary>
    /// <param name="model">The graph.</param>
    /// <param name="start">The start entity's number.</param>
    /// <param name="goal">The goal entity's number.</param>
    /// <param name="depth">The longest path accepted.</param>
    /// <param name="limit">The most paths.</param>
    /// <returns>The paths, each ending at the goal; none when the goal is the start or not within reach.</returns>
    public static IReadOnlyList<FoundPath> Run(GraphReadModel model, int start, int goal, int depth, int limit)
    {
        if (start == goal)
        {
            return [];
        }

        var fromStart = new Dictionary<int, int> { [start] = 0 };
        var fromGoal = new Dictionary<int, int> { [goal] = 0 };
        List<int> startFrontier = [start], goalFrontier = [goal];
        int a = 0, b = 0;
        var met = false;
        while (!met && a + b < depth && startFrontier.Count > 0 && goalFrontier.Count > 0)
        {
            var growStart = startFrontier.Count <= goalFrontier.Count;
            var (distances, others, frontier) = growStart ? (fromStart, fromGoal, startFrontier) : (fromGoal, fromStart, goalFrontier);
            var hop = (growStart ? ++a : ++b);
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (neighbor, _) in Neighbors(model, node))
                {
                    if (distances.TryAdd(neighbor, hop))
                    {
                        next.Add(neighbor);
                        met |= others.ContainsKey(neighbor);
                    }
                }
            }

            if (growStart)
            {
                startFrontier = next;
            }
            else
            {
                goalFrontier = next;
            }
        }

        return met ? Enumerate(model, Layers(model, fromStart, fromGoal, a, b), start, goal, limit) : [];
    }

    /// <summary>The entities on shortest paths, by distance from the start (length <c>a + b</c>).</summary>
    private static List<HashSet<int>> Layers(GraphReadModel model, Dictionary<int, int> fromStart, Dictionary<int, int> fromGoal, int a, int b)
    {
        var length = a + b;
        var layers = Enumerable.Range(0, length + 1).Select(_ => new HashSet<int>()).ToList();

        // Where both searches reached: distance i from the start and length - i from the goal.
        foreach (var (node, i) in fromStart)
        {
            if (i >= length - b && fromGoal.TryGetValue(node, out var j) && i + j == length)
            {
                layers[i].Add(node);
            }
        }

        // Towards the start: neighbours one step closer to it; towards the goal: neighbours one step closer to the goal.
        for (var i = length - b - 1; i >= 0; i--)
        {
            foreach (var node in layers[i + 1])
            {
                foreach (var (neighbor, _) in Neighbors(model, node))
                {
                    if (fromStart.TryGetValue(neighbor, out var d) && d == i)
                    {
                        layers[i].Add(neighbor);
                    }
                }
            }
        }

        for (var i = a + 1; i <= length; i++)
        {
            foreach (var node in layers[i - 1])
            {
                foreach (var (neighbor, _) in Neighbors(model, node))
                {
                    if (fromGoal.TryGetValue(neighbor, out var d) && d == length - i)
                    {
                        layers[i].Add(neighbor);
                    }
                }
            }
        }

        return layers;
    }

    private static List<FoundPath> Enumerate(GraphReadModel model, List<HashSet<int>> layers, int start, int goal, int limit)
    {
        // Each entity's edges back to the previous layer, ordered as the SQL walk read them.
        var parents = new Dictionary<int, List<(int Source, int TypeRank, int Target)>>();
        for (var i = 1; i < layers.Count; i++)
        {
            foreach (var node in layers[i])
            {
                var edges = new HashSet<(int Source, int TypeRank, int Target)>();
                foreach (var (neighbor, edge) in Neighbors(model, node))
                {
                    if (layers[i - 1].Contains(neighbor))
                    {
                        edges.Add(edge);
                    }
                }

                parents[node] = [.. edges.Order()];
            }
        }

        var found = new List<FoundPath>();
        var stack = new Stack<(int Node, Trail? Trail)>();
        stack.Push((goal, null));
        while (stack.Count > 0 && found.Count < limit)
        {
            var (node, trail) = stack.Pop();
            if (node == start)
            {
                found.Add(new FoundPath(model.Keys[goal], Trail.ToEdges(model, trail), null));
                continue;
            }

            var edges = parents[node];
            for (var i = edges.Count - 1; i >= 0; i--)
            {
                var edge = edges[i];
                stack.Push((edge.Source == node ? edge.Target : edge.Source, new Trail(edge, trail)));
            }
        }

        return found;
    }

    /// <summary>Every neighbour of <paramref name="node"/> over any type and direction, with the edge (source, type rank, target); self-loops left out.</summary>
    private static IEnumerable<(int Neighbor, (int Source, int TypeRank, int Target) Edge)> Neighbors(GraphReadModel model, int node)
    {
        for (var rank = 0; rank < GraphReadModel.WireOrder.Length; rank++)
        {
            var type = GraphReadModel.WireOrder[rank];
            foreach (var target in model.Rows(type, outgoing: true).Of(node).ToArray())
            {
                if (target != node)
                {
                    yield return (target, (node, rank, target));
                }
            }

            foreach (var source in model.Rows(type, outgoing: false).Of(node).ToArray())
            {
                if (source != node)
                {
                    yield return (source, (source, rank, node));
                }
            }
        }
    }

    /// <summary>A path built from the goal backwards, each step sharing the rest.</summary>
    private sealed record Trail((int Source, int TypeRank, int Target) Edge, Trail? Rest)
    {
        public static IReadOnlyList<GraphEdge> ToEdges(GraphReadModel model, Trail? trail)
        {
            var edges = new List<GraphEdge>();
            for (var t = trail; t is not null; t = t.Rest)
            {
                edges.Add(new GraphEdge(model.Keys[t.Edge.Source], GraphReadModel.WireOrder[t.Edge.TypeRank], model.Keys[t.Edge.Target]));
            }

            return edges;
        }
    }
}
