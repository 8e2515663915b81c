using System.Diagnostics;
using GraphExplorer.Bench.Measurement;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Bench.Graphs;

/// <summary>
/// The floor a traversal engine can approach: the bare depth-bounded breadth-first walk of <c>dependents-of</c> over
/// int arrays (CSR), no names, no paths, no evidence, nothing allocated per step. Engines are reported as ratios to it.
/// </summary>
internal sealed class CsrFloor
{
    private readonly Dictionary<EntityKey, int> _index = [];
    private readonly int[] _offsets;
    private readonly int[] _targets;

    private CsrFloor(Dictionary<EntityKey, int> index, int[] offsets, int[] targets)
    {
        _index = index;
        _offsets = offsets;
        _targets = targets;
    }

    /// <summary>Reads the base-to-dependent moves of the whole graph into arrays.</summary>
    public static async Task<CsrFloor> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var index = new Dictionary<EntityKey, int>();
        var moves = new List<(int From, int To)>();
        int Number(EntityKey key) => index.TryGetValue(key, out var n) ? n : index[key] = index.Count;
        var steps = TraversalCatalogue.DependentSteps;
        await foreach (var edge in store.ReadAllEdgesAsync(steps.Select(s => s.Type).ToArray(), cancellationToken).ConfigureAwait(false))
        {
            foreach (var step in steps.Where(s => s.Type == edge.Type))
            {
                var from = step.Direction == EdgeDirection.Incoming ? edge.Target : edge.Source;
                moves.Add((Number(from), Number(edge.Other(from))));
            }
        }

        var offsets = new int[index.Count + 1];
        foreach (var (from, _) in moves)
        {
            offsets[from + 1]++;
        }

        for (var i = 0; i < index.Count; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var targets = new int[moves.Count];
        var fill = offsets[..^1];
        foreach (var (from, to) in moves)
        {
            targets[fill[from]++] = to;
        }

        return new CsrFloor(index, offsets, targets);
    }

    /// <summary>Times the walk from each start.</summary>
    public LatencySummary Time(IReadOnlyList<string> starts, int depth)
    {
        var visited = new int[_offsets.Length];
        var frontier = new int[_offsets.Length];
        var next = new int[_offsets.Length];
        var recorder = new LatencyRecorder();
        var mark = 0;
        foreach (var start in starts)
        {
            var began = Stopwatch.GetTimestamp();
            if (_index.TryGetValue(new EntityKey(start), out var root))
            {
                visited[root] = ++mark;
                frontier[0] = root;
                var count = 1;
                for (var hop = 0; hop < depth && count > 0; hop++)
                {
                    var nextCount = 0;
                    for (var f = 0; f < count; f++)
                    {
                        for (var m = _offsets[frontier[f]]; m < _offsets[frontier[f] + 1]; m++)
                        {
                            if (visited[_targets[m]] != mark)
                            {
                                visited[_targets[m]] = mark;
                                next[nextCount++] = _targets[m];
                            }
                        }
                    }

                    (frontier, next, count) = (next, frontier, nextCount);
                }
            }

            recorder.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        return recorder.Summarize();
    }
}
