using System.Runtime.InteropServices;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Counts, for every base, how many entities depend on it within a number of hops, over the whole graph at once:
/// entities are numbered, the base-to-dependent moves kept as flat arrays (CSR), and only the bases that upper bounds
/// cannot rule out of the first <c>limit</c> are walked, to the depth or until a bound rules them out
/// (<see cref="DependentCounts"/>), so a million edges are counted without hashing a key per step or walking every base.
/// </summary>
public sealed class DependencyRanking
{
    private readonly Dictionary<EntityKey, int> _index = [];
    private readonly List<EntityKey> _keys;
    private readonly bool _keysOrdered;
    private readonly List<(int Source, RelationshipType Type, int Target)> _edges = [];
    private readonly List<int> _moveFrom = [];
    private readonly List<int> _moveTo = [];
    private readonly List<int> _moveEdge = [];
    private readonly IReadOnlyList<TraversalStep> _steps;

    /// <summary>Initializes a new instance, for edges added by key.</summary>
    /// <param name="steps">The steps that lead from a base to its dependents.</param>
    public DependencyRanking(IReadOnlyList<TraversalStep> steps)
    {
        _steps = steps;
        _keys = [];
    }

    /// <summary>Initializes a new instance over entities already numbered, for edges added by number.</summary>
    /// <param name="steps">The steps that lead from a base to its dependents.</param>
    /// <param name="keys">The entities' distinct keys by number.</param>
    public DependencyRanking(IReadOnlyList<TraversalStep> steps, IReadOnlyList<EntityKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _steps = steps;
        _keys = [.. keys];
        _keysOrdered = true;
    }

    /// <summary>Adds an edge read from the store: one move per step it matches.</summary>
    /// <param name="edge">The edge.</param>
    /// <exception cref="InvalidOperationException">The ranking was made over numbered entities.</exception>
    public void Add(GraphEdge edge)
    {
        if (_keysOrdered)
        {
            throw new InvalidOperationException("This ranking takes edges by entity number.");
        }

        Add(IndexOf(edge.Source), edge.Type, IndexOf(edge.Target));
    }

    /// <summary>Adds an edge between numbered entities (see the constructor that takes the keys): one move per step it matches.</summary>
    /// <param name="source">The source's number.</param>
    /// <param name="type">The type.</param>
    /// <param name="target">The target's number.</param>
    public void Add(int source, RelationshipType type, int target)
    {
        var matched = false;
        foreach (var step in _steps)
        {
            if (step.Type != type)
            {
                continue;
            }

            var incoming = step.Direction == EdgeDirection.Incoming;
            _moveFrom.Add(incoming ? target : source);
            _moveTo.Add(incoming ? source : target);
            _moveEdge.Add(_edges.Count);
            matched = true;
        }

        if (matched)
        {
            _edges.Add((source, type, target));
        }
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
        // Moves grouped by their base, in the order they were read.
        var count = _keys.Count;
        var (offsets, targets, edges) = CompressedRows.Group(
            count, CollectionsMarshal.AsSpan(_moveFrom), CollectionsMarshal.AsSpan(_moveTo), CollectionsMarshal.AsSpan(_moveEdge));

        var keyRank = Enumerable.Range(0, count).ToArray();
        if (!InOrdinalOrder())
        {
            var byKey = Enumerable.Range(0, count).ToArray();
            Array.Sort(byKey, (a, b) => string.CompareOrdinal(_keys[a].Value, _keys[b].Value));
            for (var i = 0; i < count; i++)
            {
                keyRank[byKey[i]] = i;
            }
        }

        var counts = DependentCounts.Top(offsets, targets, depth, limit, keyRank, cancellationToken);
        return counts
            .OrderByDescending(c => c.Count)
            .ThenBy(c => _keys[c.Node].Value, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => (_keys[c.Node], c.Count, Explain(c.Node, offsets, edges, explainingEdges)))
            .ToArray();
    }

    private IReadOnlyList<GraphEdge> Explain(int node, int[] offsets, int[] edges, int take)
    {
        return edges[offsets[node]..offsets[node + 1]]
            .Select(e => _edges[e])
            .OrderBy(e => _keys[e.Source == node ? e.Target : e.Source].Value, StringComparer.Ordinal)
            .Take(take)
            .Select(e => new GraphEdge(_keys[e.Source], e.Type, _keys[e.Target]))
            .ToArray();
    }

    private bool InOrdinalOrder()
    {
        for (var i = 1; i < _keys.Count; i++)
        {
            if (string.CompareOrdinal(_keys[i - 1].Value, _keys[i].Value) > 0)
            {
                return false;
            }
        }

        return true;
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
