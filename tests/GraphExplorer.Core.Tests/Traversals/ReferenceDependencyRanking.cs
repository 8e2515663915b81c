using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

/// <summary>
/// The ranking as it was counted before the walks ran as bit lanes: one breadth-first walk per base, visits stamped
/// with the base's number. Kept as the reference <see cref="DependencyRanking"/> must agree with.
/// </summary>
internal sealed class ReferenceDependencyRanking
{
    private readonly Dictionary<EntityKey, int> _index = [];
    private readonly List<EntityKey> _keys = [];
    private readonly List<GraphEdge> _edges = [];
    private readonly List<(int From, int To, int Edge)> _moves = [];
    private readonly IReadOnlyList<TraversalStep> _steps;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="steps">The steps that lead from a base to its dependents.</param>
    public ReferenceDependencyRanking(IReadOnlyList<TraversalStep> steps) => _steps = steps;

    /// <summary>Adds an edge read from the store: one move per step it matches.</summary>
    /// <param name="edge">The edge.</param>
    public void Add(GraphEdge edge)
    {
        foreach (var step in _steps)
        {
            if (step.Type != edge.Type)
            {
                continue;
            }

            var from = step.Direction == EdgeDirection.Incoming ? edge.Target : edge.Source;
            _moves.Add((IndexOf(from), IndexOf(edge.Other(from)), _edges.Count));
        }

        _edges.Add(edge);
    }

    /// <summary>Ranks the bases by their dependents within <paramref name="depth"/> hops.</summary>
    /// <param name="depth">The hops to follow.</param>
    /// <param name="limit">The most bases to return.</param>
    /// <param name="explainingEdges">How many of a base's direct edges explain its row.</param>
    /// <param name="cancellationToken">Cancels the count between bases.</param>
    /// <returns>The bases with at least one dependent, most depended-on first (then by key), each with its count and first direct edges by dependent key.</returns>
    public IReadOnlyList<(EntityKey Key, int Count, IReadOnlyList<GraphEdge> Edges)> Rank(
        int depth, int limit, int explainingEdges, CancellationToken cancellationToken)
    {
        // Moves grouped by their base, in the order they were read (a stable counting sort).
        var count = _keys.Count;
        var offsets = new int[count + 1];
        foreach (var move in _moves)
        {
            offsets[move.From + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var targets = new int[_moves.Count];
        var edges = new int[_moves.Count];
        var fill = offsets[..^1];
        foreach (var (from, to, edge) in _moves)
        {
            targets[fill[from]] = to;
            edges[fill[from]++] = edge;
        }

        var counts = new List<(int Node, int Count)>();
        var visited = new int[count];
        var frontier = new int[count];
        var next = new int[count];
        for (var root = 0; root < count; root++)
        {
            if (offsets[root] == offsets[root + 1])
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var mark = root + 1;
            visited[root] = mark;
            frontier[0] = root;
            int frontierCount = 1, reached = 0;
            for (var hop = 0; hop < depth && frontierCount > 0; hop++)
            {
                var nextCount = 0;
                for (var f = 0; f < frontierCount; f++)
                {
                    var node = frontier[f];
                    for (var m = offsets[node]; m < offsets[node + 1]; m++)
                    {
                        var dependent = targets[m];
                        if (visited[dependent] != mark)
                        {
                            visited[dependent] = mark;
                            next[nextCount++] = dependent;
                        }
                    }
                }

                reached += nextCount;
                (frontier, next) = (next, frontier);
                frontierCount = nextCount;
            }

            if (reached > 0)
            {
                counts.Add((root, reached));
            }
        }

        return counts
            .OrderByDescending(c => c.Count)
            .ThenBy(c => _keys[c.Node].Value, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => (_keys[c.Node], c.Count, Explain(c.Node, offsets, edges, explainingEdges)))
            .ToArray();
    }

    private IReadOnlyList<GraphEdge> Explain(int node, int[] offsets, int[] edges, int take)
    {
        var key = _keys[node];
        return edges[offsets[node]..offsets[node + 1]]
            .Select(e => _edges[e])
            .OrderBy(e => e.Other(key).Value, StringComparer.Ordinal)
            .Take(take)
            .ToArray();
    }

    private int IndexOf(EntityKey key)
    {
        if (!_index.TryGetValue(key, out var index))
        {
            index = _keys.Count;
            _index[key] = index;
            _keys.Add(key);
        }

        return index;
    }
}
