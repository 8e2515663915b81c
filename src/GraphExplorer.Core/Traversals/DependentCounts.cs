namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Finds the bases with the most dependents within a number of hops, exactly, without walking every base to the full
/// depth. Each base's count is bounded from above twice: first for all bases at once, by
/// <c>U_k(b) = Σ over b's moves to c of (1 + U_(k-1)(c))</c> (capped at the entity count), and the bases are taken in
/// descending order of that bound; then, after walking a base one hop short, by the entities reached plus the moves
/// leaving the last frontier. A base whose bound is below the current <c>limit</c>-th count cannot enter the ranking
/// and is not walked further; once the first bound falls below it, no later base can, and the search stops. Ties are
/// kept (a bound equal to the threshold is walked), so the result is the ranking the full search gives.
/// </summary>
internal static class DependentCounts
{
    /// <summary>The bases that can be among the first <paramref name="limit"/>, with their exact counts.</summary>
    /// <param name="offsets">Per entity, where its moves start in <paramref name="targets"/>; one more entry than entities.</param>
    /// <param name="targets">The dependents, entity after entity.</param>
    /// <param name="depth">The hops to follow.</param>
    /// <param name="limit">How many bases the ranking keeps.</param>
    /// <param name="keyRank">Per entity, its place in key order (ties in count go to the smaller key).</param>
    /// <param name="cancellationToken">Cancels the count between bases.</param>
    /// <returns>At most <paramref name="limit"/> bases with at least one dependent and their counts: exactly the first of the full ranking.</returns>
    public static List<(int Node, int Count)> Top(
        int[] offsets, int[] targets, int depth, int limit, int[] keyRank, CancellationToken cancellationToken)
    {
        var nodes = offsets.Length - 1;
        var bounds = Bounds(offsets, targets, depth);
        var order = new List<int>();
        for (var node = 0; node < nodes; node++)
        {
            if (offsets[node] != offsets[node + 1])
            {
                order.Add(node);
            }
        }

        order.Sort((a, b) => bounds[b].CompareTo(bounds[a]));

        // The ranking so far, worst first: the fewest dependents, then the largest key.
        var kept = new PriorityQueue<int, (int Count, int Key)>(
            Comparer<(int Count, int Key)>.Create((x, y) => x.Count != y.Count ? x.Count.CompareTo(y.Count) : y.Key.CompareTo(x.Key)));
        var counts = new Dictionary<int, int>();
        var walk = new Walk(nodes);
        foreach (var root in order)
        {
            var threshold = kept.Count == limit && kept.TryPeek(out _, out var worst) ? worst.Count : 0;
            if (bounds[root] < threshold)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var reached = walk.Run(offsets, targets, root, depth, threshold);
            if (reached <= 0 || reached < threshold)
            {
                continue;
            }

            kept.Enqueue(root, (reached, keyRank[root]));
            counts[root] = reached;
            if (kept.Count > limit)
            {
                counts.Remove(kept.Dequeue());
            }
        }

        return counts.Select(c => (c.Key, c.Value)).ToList();
    }

    /// <summary>Per entity, an upper bound on its dependents within <paramref name="depth"/> hops.</summary>
    private static long[] Bounds(int[] offsets, int[] targets, int depth)
    {
        var nodes = offsets.Length - 1;
        var bound = new long[nodes];
        var next = new long[nodes];
        for (var hop = 0; hop < depth; hop++)
        {
            for (var node = 0; node < nodes; node++)
            {
                var sum = 0L;
                for (var m = offsets[node]; m < offsets[node + 1] && sum < nodes; m++)
                {
                    sum += 1 + bound[targets[m]];
                }

                next[node] = Math.Min(sum, nodes);
            }

            (bound, next) = (next, bound);
        }

        return bound;
    }

    /// <summary>One breadth-first walk at a time, with its arrays reused (visits stamped with a walk number).</summary>
    private sealed class Walk(int nodes)
    {
        private readonly int[] _visited = new int[nodes];
        private int[] _frontier = new int[nodes];
        private int[] _next = new int[nodes];
        private int _mark;

        /// <summary>The dependents of <paramref name="root"/> within <paramref name="depth"/> hops, or -1 when a bound shows they are fewer than <paramref name="threshold"/>.</summary>
        public int Run(int[] offsets, int[] targets, int root, int depth, int threshold)
        {
            var visited = _visited;
            var frontier = _frontier;
            var next = _next;
            var mark = ++_mark;
            visited[root] = mark;
            frontier[0] = root;
            int frontierCount = 1, reached = 0;
            for (var hop = 0; hop < depth && frontierCount > 0; hop++)
            {
                if (hop == depth - 1 && threshold > 0)
                {
                    // One hop short: what is reached plus every move out of the frontier bounds the count.
                    long leaving = 0;
                    for (var f = 0; f < frontierCount; f++)
                    {
                        leaving += offsets[frontier[f] + 1] - offsets[frontier[f]];
                    }

                    if (reached + leaving < threshold)
                    {
                        (_frontier, _next) = (frontier, next);
                        return -1;
                    }
                }

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

            (_frontier, _next) = (frontier, next);
            return reached;
        }
    }
}
