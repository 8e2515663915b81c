using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// The analysts' decisions, resolved against what the store holds now: which keys merged into which, the names,
/// types and aliases they set, the edges rejected, confirmed and added. Immutable; built per read by
/// <see cref="CuratedGraphStore"/>, so a decision whose entity is gone is skipped (and reported by
/// <see cref="Problems"/>) while it stays stored, and applies again once the entity is back.
/// </summary>
public sealed partial class CurationOverlay
{
    private readonly Dictionary<EntityKey, EntityKey> _absorbedInto = [];
    private readonly Dictionary<EntityKey, EntityState> _states = [];
    private readonly HashSet<GraphEdge> _rejected = [];
    private readonly Dictionary<GraphEdge, List<Evidence>> _added = [];
    private readonly Dictionary<GraphEdge, List<Evidence>> _confirmed = [];
    private readonly Dictionary<string, EntityKey> _aliasIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    private CurationOverlay(IReadOnlyList<CurationDecision> decisions) => Decisions = decisions;

    /// <summary>An overlay with no decisions: every read passes through unchanged.</summary>
    public static CurationOverlay Empty { get; } = new([]);

    /// <summary>The decisions, in the order they apply.</summary>
    public IReadOnlyList<CurationDecision> Decisions { get; }

    /// <summary>Whether there is nothing to apply.</summary>
    public bool IsEmpty => Decisions.Count == 0;

    /// <summary>Whether some entity absorbed another (reads then merge edges and evidence).</summary>
    public bool HasMerges => _absorbedInto.Count > 0;

    /// <summary>Why a decision does not apply now, by decision id (e.g. its entity is no longer in the store).</summary>
    public IReadOnlyDictionary<string, string> Problems => _problems;

    /// <summary>The edges added by hand, with their curated evidence.</summary>
    public IEnumerable<GraphEdge> AddedEdges => _added.Keys;

    /// <summary>Resolves the decisions against the store.</summary>
    /// <param name="decisions">The stored decisions, in order.</param>
    /// <param name="store">The extracted graph (not curated).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The overlay.</returns>
    public static async Task<CurationOverlay> BuildAsync(
        IReadOnlyList<CurationDecision> decisions, IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(store);
        if (decisions.Count == 0)
        {
            return Empty;
        }

        var referenced = decisions.SelectMany(d => d.Other is { } other ? new[] { d.Entity, other } : [d.Entity]).ToHashSet();
        var existing = await store.GetEntitiesAsync(referenced, cancellationToken).ConfigureAwait(false);
        var overlay = new CurationOverlay(decisions);
        overlay.Resolve(existing);
        await overlay.RouteSplitsAsync(store, cancellationToken).ConfigureAwait(false);
        return overlay;
    }

    /// <summary>The key an entity is shown under: its absorber's (transitively), else its own.</summary>
    /// <param name="key">An extracted entity's key.</param>
    /// <returns>The curated key.</returns>
    public EntityKey Map(EntityKey key)
    {
        while (_absorbedInto.TryGetValue(key, out var into))
        {
            key = into;
        }

        return key;
    }

    /// <summary>Whether the entity was merged into another (so it is not shown on its own).</summary>
    /// <param name="key">An extracted entity's key.</param>
    /// <returns><see langword="true"/> when absorbed.</returns>
    public bool IsAbsorbed(EntityKey key) => _absorbedInto.ContainsKey(key);

    /// <summary>The extracted keys a curated entity stands for: itself and everything it absorbed.</summary>
    /// <param name="key">A curated key.</param>
    /// <returns>The keys, the entity's own first.</returns>
    public IReadOnlyList<EntityKey> Members(EntityKey key) =>
        _absorbedInto.Count == 0 ? [key] : [key, .. _absorbedInto.Keys.Where(k => k != key && Map(k) == key).OrderBy(k => k.Value, StringComparer.Ordinal)];

    /// <summary>The entity an alias or name set by a decision points at.</summary>
    /// <param name="nameOrAlias">What the user typed.</param>
    /// <returns>The curated key, or <see langword="null"/>.</returns>
    public EntityKey? FindCuratedName(string nameOrAlias) =>
        _aliasIndex.TryGetValue(EntityNames.Normalize(nameOrAlias), out var key) ? Map(key) : null;

    /// <summary>Whether a decision removed this alias from the entity.</summary>
    /// <param name="key">A curated key.</param>
    /// <param name="nameOrAlias">The alias.</param>
    /// <returns><see langword="true"/> when removed.</returns>
    public bool IsRemovedAlias(EntityKey key, string nameOrAlias) =>
        _states.TryGetValue(key, out var state) && state.Removed.Contains(EntityNames.Normalize(nameOrAlias));

    /// <summary>Maps an extracted edge onto curated keys.</summary>
    /// <param name="edge">The extracted edge.</param>
    /// <returns>The curated edge, or <see langword="null"/> when it is rejected or became a loop by a merge.</returns>
    /// <remarks>A split may route some of the edge's evidence elsewhere: use <see cref="MapEdges"/> or <see cref="MapEvidence"/>.</remarks>
    public GraphEdge? MapEdge(GraphEdge edge)
    {
        if (IsEmpty)
        {
            return edge;
        }

        var (source, target) = (Map(edge.Source), Map(edge.Target));
        if (source == target)
        {
            return null;
        }

        var mapped = CurationDecision.CanonicalEdge(source, edge.Type, target);
        return _rejected.Contains(mapped) ? null : mapped;
    }

    /// <summary>Whether the curated edge is rejected.</summary>
    /// <param name="edge">A curated edge.</param>
    /// <returns><see langword="true"/> when hidden.</returns>
    public bool IsRejected(GraphEdge edge) => _rejected.Contains(edge);

    /// <summary>The curated evidence of an edge: the notes of the decisions that added it, and of those that confirmed it when it has extracted evidence.</summary>
    /// <param name="edge">A curated edge.</param>
    /// <param name="extracted">Whether the text states it.</param>
    /// <returns>The evidence items.</returns>
    public IReadOnlyList<Evidence> CuratedEvidence(GraphEdge edge, bool extracted)
    {
        IEnumerable<Evidence> added = _added.GetValueOrDefault(edge) ?? [];
        IEnumerable<Evidence> confirmed = extracted ? _confirmed.GetValueOrDefault(edge) ?? [] : [];
        return [.. added.Concat(confirmed).OrderBy(e => e.Document, StringComparer.Ordinal)];
    }

    /// <summary>The name and type a curated entity is shown with (what <see cref="Apply"/> sets), for engines that keep only those.</summary>
    /// <param name="key">A curated key.</param>
    /// <param name="name">The name of the entity under that key as extracted (or as its split made it).</param>
    /// <param name="type">Its type, likewise.</param>
    /// <returns>The curated name and type.</returns>
    public (string Name, EntityType Type) NameAndType(EntityKey key, string name, EntityType type) =>
        _states.TryGetValue(key, out var state) ? (state.Name ?? name, state.Type ?? type) : (name, type);

    /// <summary>Applies names, types and aliases to a curated entity.</summary>
    /// <param name="entity">The extracted entity under the curated key.</param>
    /// <param name="absorbed">The extracted entities it absorbed.</param>
    /// <returns>The curated entity.</returns>
    public Entity Apply(Entity entity, IReadOnlyList<Entity> absorbed)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(absorbed);
        if (IsEmpty)
        {
            return entity;
        }

        var state = _states.GetValueOrDefault(entity.Key);
        var (name, type) = NameAndType(entity.Key, entity.Name, entity.Type);
        var aliases = entity.Aliases.Concat(absorbed.SelectMany(a => a.Aliases.Prepend(a.Name)))
            .Concat(state?.Added ?? [])
            .Append(entity.Name)
            .Append(name)
            .Where(a => state is null || !state.Removed.Contains(EntityNames.Normalize(a)) || EntityNames.Normalize(a) == EntityNames.Normalize(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return entity with
        {
            Name = name,
            Type = type,
            Aliases = aliases,
            Layer = entity.Layer ?? absorbed.Select(a => a.Layer).FirstOrDefault(l => l is not null),
            Category = entity.Category ?? absorbed.Select(a => a.Category).FirstOrDefault(c => c is not null),
        };
    }
}
