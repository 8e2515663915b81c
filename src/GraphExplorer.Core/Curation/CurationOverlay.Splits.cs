using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// Splits: an alias leaves its entity and becomes one of its own. Which evidence moves with it is decided per evidence
/// item from its quote (<see cref="SplitRule"/>); an extracted edge whose evidence goes both ways shows as two edges.
/// </summary>
public sealed partial class CurationOverlay
{
    private readonly Dictionary<EntityKey, SplitChild> _splitChildren = [];
    private readonly Dictionary<EntityKey, List<(string Alias, EntityKey Child)>> _splitsBySource = [];
    private readonly Dictionary<EntityKey, HashSet<string>> _stayingNames = [];
    private readonly Dictionary<GraphEdge, GraphEdge[]> _routes = [];

    /// <summary>Whether some alias was split off (reads then route evidence by its quote).</summary>
    public bool HasSplits => _splitChildren.Count > 0;

    /// <summary>The entities splits created, by key (absorbed ones included).</summary>
    public IEnumerable<EntityKey> SplitKeys => _splitChildren.Keys;

    /// <summary>The entity a split created, as extraction would have written it: the alias as name, the type its entity had then.</summary>
    /// <param name="key">A key.</param>
    /// <returns>The entity, or <see langword="null"/> when no split created it.</returns>
    public Entity? SplitEntity(EntityKey key) =>
        _splitChildren.TryGetValue(key, out var child) ? new Entity(key, child.Alias, child.Type, [child.Alias]) : null;

    /// <summary>The extracted keys whose edges may show on a curated entity: its members and, for a split-off member, the entity it left.</summary>
    /// <param name="key">A curated key.</param>
    /// <returns>The keys.</returns>
    public IReadOnlyList<EntityKey> Sources(EntityKey key)
    {
        var members = Members(key);
        return !HasSplits ? members : [.. members.Concat(members.SelectMany(m => _splitChildren.TryGetValue(m, out var c) ? c.Sources : [])).Distinct()];
    }

    /// <summary>Maps an extracted edge onto the curated edges it shows as (two when a split takes part of its evidence).</summary>
    /// <param name="edge">The extracted edge.</param>
    /// <returns>The curated edges; none when rejected or looped.</returns>
    public IEnumerable<GraphEdge> MapEdges(GraphEdge edge) =>
        _routes.TryGetValue(edge, out var routed) ? routed.Select(MapEdge).OfType<GraphEdge>().Distinct() : MapEdge(edge) is { } mapped ? [mapped] : [];

    /// <summary>The curated edge one evidence item of an extracted edge supports.</summary>
    /// <param name="edge">The extracted edge.</param>
    /// <param name="evidence">One of its evidence items.</param>
    /// <returns>The curated edge, or <see langword="null"/> when rejected or looped.</returns>
    public GraphEdge? MapEvidence(GraphEdge edge, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return MapEdge(HasSplits ? Route(edge, evidence.Quote) : edge);
    }

    private GraphEdge Route(GraphEdge edge, string quote)
    {
        var (source, target) = (RouteEnd(edge.Source, quote), RouteEnd(edge.Target, quote));
        return source == edge.Source && target == edge.Target ? edge : CurationDecision.CanonicalEdge(source, edge.Type, target);
    }

    private EntityKey RouteEnd(EntityKey key, string quote)
    {
        if (!_splitsBySource.TryGetValue(key, out var splits))
        {
            return key;
        }

        var alias = SplitRule.MovesWith(quote, [.. splits.Select(s => s.Alias)], _stayingNames[key]);
        return alias is null ? key : splits.First(s => s.Alias == alias).Child;
    }

    private void ResolveSplit(EntityKey key, CurationDecision decision, IReadOnlyDictionary<EntityKey, Entity> existing)
    {
        var alias = EntityNames.Normalize(decision.Value);
        var child = decision.Other ?? EntityKey.FromName(decision.Value ?? "?");
        var members = Members(key);
        var state = _states.GetValueOrDefault(key);
        var names = members.Select(m => existing.GetValueOrDefault(m) ?? SplitEntity(m)).OfType<Entity>()
            .SelectMany(e => e.Aliases.Prepend(e.Name)).Concat(state?.Added ?? []).Select(EntityNames.Normalize).ToHashSet(StringComparer.Ordinal);
        var name = EntityNames.Normalize(state?.Name ?? existing.GetValueOrDefault(key)?.Name ?? SplitEntity(key)?.Name);
        string? problem = existing.ContainsKey(child) || _splitChildren.ContainsKey(child)
            ? $"There is an entity '{child.Value}' already; merge or remove the alias instead."
            : !names.Contains(alias) || state?.Removed.Contains(alias) == true ? $"'{decision.Value}' is not an alias of '{key.Value}' now."
            : alias == name ? $"'{decision.Value}' is the canonical name of '{key.Value}'; rename it first."
            : null;
        if (problem is not null)
        {
            _problems[decision.Id] = problem;
            return;
        }

        var type = state?.Type ?? (existing.GetValueOrDefault(key) ?? SplitEntity(key))?.Type ?? EntityType.Company;
        var sources = members.Where(existing.ContainsKey).ToArray();
        _splitChildren[child] = new SplitChild(decision.Value ?? alias, type, sources);
        foreach (var source in sources)
        {
            if (!_splitsBySource.TryGetValue(source, out var list))
            {
                _splitsBySource[source] = list = [];
                _stayingNames[source] = [];
            }

            list.Add((alias, child));
            _stayingNames[source].UnionWith(names);
        }

        var parent = State(key);
        parent.Removed.Add(alias);
        parent.Added.RemoveAll(a => EntityNames.Normalize(a) == alias);
        Index(decision.Value, child);
    }

    /// <summary>Takes the split aliases out of the names that stay, then reads the edges of the entities split from to see where their evidence goes.</summary>
    private async Task RouteSplitsAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        if (!HasSplits)
        {
            return;
        }

        foreach (var (source, splits) in _splitsBySource)
        {
            _stayingNames[source].ExceptWith(splits.Select(s => s.Alias));
        }

        var edges = await store.GetEdgesAsync(_splitsBySource.Keys, EdgeDirection.Both, RelationshipTypes.All, cancellationToken).ConfigureAwait(false);
        var relationships = edges.Count == 0 ? [] : await store.GetRelationshipsAsync(edges, cancellationToken).ConfigureAwait(false);
        foreach (var relationship in relationships)
        {
            var routed = relationship.Evidence.Select(e => Route(relationship.Edge, e.Quote)).Distinct().ToArray();
            if (routed is not [var only] || only != relationship.Edge)
            {
                _routes[relationship.Edge] = routed;
            }
        }
    }

    /// <summary>An entity a split created.</summary>
    /// <param name="Alias">The alias as the analyst wrote it: the new entity's name.</param>
    /// <param name="Type">The type its entity had when it was split off.</param>
    /// <param name="Sources">The extracted keys it was split from.</param>
    private sealed record SplitChild(string Alias, EntityType Type, IReadOnlyList<EntityKey> Sources);
}
