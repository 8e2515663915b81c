using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// The one place rows are ordered, cut and explained, whatever engine found them: in <see cref="TraversalRowOrder"/>'s
/// order (count, hops, dependence, name), the first <c>limit</c>; then names and evidence read for the rows kept only, each path
/// step carrying the items of an <see cref="EvidenceWindow"/> and its total, within <see cref="EvidenceWindow.MaxPerAnswer"/>.
/// </summary>
public static class TraversalRows
{
    /// <summary>Orders and cuts <paramref name="paths"/>, then explains the rows kept.</summary>
    /// <param name="source">Where names and evidence are read.</param>
    /// <param name="definition">The traversal (whether its rows group by dependence).</param>
    /// <param name="paths">The answers found.</param>
    /// <param name="limit">The most rows.</param>
    /// <param name="window">The evidence each path step carries.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The rows.</returns>
    public static async Task<IReadOnlyList<TraversalRow>> ExplainAsync(
        ITraversalRowSource source, TraversalDefinition definition, IReadOnlyList<FoundPath> paths, int limit, EvidenceWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(paths);

        // Order and cut first (TraversalRowOrder, shared by every engine), so evidence is read only for the rows returned.
        var answers = await source.GetEntitiesAsync(paths.Select(p => p.Entity).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        Dependence? DependenceOf(FoundPath p) => TraversalRowOrder.DependenceOf(definition, p.Edges.Count > 0 ? p.Edges[0].Type : null);
        var kept = TraversalRowOrder.CutAndOrder(
            paths,
            p => new RowOrderKey(
                p.Count,
                p.Count is null ? p.Edges.Count : 0,
                DependenceOf(p),
                answers.TryGetValue(p.Entity, out var e) ? e.Name : p.Entity.Value,
                p.Entity.Value),
            limit);

        var edges = kept.SelectMany(p => p.Edges).Distinct().ToArray();
        var keys = edges.SelectMany(e => new[] { e.Source, e.Target }).Where(k => !answers.ContainsKey(k)).Distinct().ToArray();
        var entities = keys.Length == 0
            ? answers
            : answers.Concat(await source.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false)).ToDictionary();
        var evidence = edges.Length == 0
            ? new Dictionary<GraphEdge, EdgeEvidence>()
            : (await source.GetEvidenceAsync(edges, window, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Edge);

        string NameOf(EntityKey key) => entities.TryGetValue(key, out var e) ? e.Name : key.Value;

        var rows = kept
            .Select(p => new TraversalRow(
                Summarize(p.Entity, entities),
                p.Count is null ? p.Edges.Count : 0,
                p.Edges.Select(e => evidence.TryGetValue(e, out var found)
                    ? new PathStep(NameOf(e.Source), e.Type.ToWireName(), NameOf(e.Target), found.Items, e.Source.Value, e.Target.Value, found.Count)
                    : new PathStep(NameOf(e.Source), e.Type.ToWireName(), NameOf(e.Target), [], e.Source.Value, e.Target.Value, 0)).ToArray(),
                p.Count,
                DependenceOf(p)))
            .ToArray();
        return Bound(rows, window);
    }

    /// <summary>
    /// Holds rows to the evidence bounds: each step at most <see cref="EvidenceWindow.Limit"/> items, the whole
    /// answer at most <see cref="EvidenceWindow.MaxPerAnswer"/> (later steps then carry fewer, their totals unchanged).
    /// </summary>
    /// <param name="rows">The rows, in answer order.</param>
    /// <param name="window">The per-step window.</param>
    /// <returns>The rows within the bounds.</returns>
    public static IReadOnlyList<TraversalRow> Bound(IReadOnlyList<TraversalRow> rows, EvidenceWindow window)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var budget = EvidenceWindow.MaxPerAnswer;
        var bounded = new TraversalRow[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var steps = new PathStep[row.Path.Count];
            for (var s = 0; s < steps.Length; s++)
            {
                var step = row.Path[s];
                var take = Math.Min(Math.Min(window.Limit, budget), step.Evidence.Count);
                budget -= take;
                steps[s] = take == step.Evidence.Count ? step : step with { Evidence = step.Evidence.Take(take).ToArray() };
            }

            bounded[i] = row with { Path = steps };
        }

        return bounded;
    }

    private static EntitySummary Summarize(EntityKey key, IReadOnlyDictionary<EntityKey, Entity> entities) =>
        entities.TryGetValue(key, out var entity)
            ? new EntitySummary(key.Value, entity.Name, entity.Type.ToString())
            : new EntitySummary(key.Value, key.Value, string.Empty);
}
