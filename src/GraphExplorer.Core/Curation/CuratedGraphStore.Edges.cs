using System.Runtime.CompilerServices;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Curation;

/// <summary>Edges and whole-graph reads under the decisions: merged endpoints, rejected edges hidden, added edges and curated evidence shown.</summary>
public sealed partial class CuratedGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys,
        EdgeDirection direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(types);
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        if (overlay.IsEmpty)
        {
            return await Inner.GetEdgesAsync(keys, direction, types, cancellationToken).ConfigureAwait(false);
        }

        var wanted = keys.Where(k => !overlay.IsAbsorbed(k)).ToHashSet();
        var expanded = wanted.SelectMany(overlay.Sources).ToHashSet();
        var extracted = await Inner.GetEdgesAsync(expanded, direction, types, cancellationToken).ConfigureAwait(false);
        var typeSet = types.ToHashSet();
        var curated = extracted.SelectMany(overlay.MapEdges)
            .Concat(overlay.AddedEdges.Where(e => typeSet.Contains(e.Type)))
            .Where(e => Touches(e, wanted, direction))
            .Distinct();
        return StoreOrder(curated, keys, direction);
    }

    /// <summary>
    /// The edges in the order a store holding the curated graph reads them (as SQLite's index walk does): one way, the
    /// frontier's entities in the order given, each one's edges by type name then the other end's key; both ways, by
    /// source, type name, target. So ties between equally short paths break by keys, not by which entity absorbed
    /// which or when an edge was added, and every engine over the curated graph breaks them alike.
    /// </summary>
    private static GraphEdge[] StoreOrder(IEnumerable<GraphEdge> edges, IReadOnlyCollection<EntityKey> keys, EdgeDirection direction)
    {
        var position = new Dictionary<EntityKey, int>();
        foreach (var key in keys)
        {
            position.TryAdd(key, position.Count);
        }

        var ordered = direction switch
        {
            EdgeDirection.Outgoing => edges.OrderBy(e => position[e.Source]).ThenBy(e => e.Type.ToWireName(), StringComparer.Ordinal).ThenBy(e => e.Target.Value, StringComparer.Ordinal),
            EdgeDirection.Incoming => edges.OrderBy(e => position[e.Target]).ThenBy(e => e.Type.ToWireName(), StringComparer.Ordinal).ThenBy(e => e.Source.Value, StringComparer.Ordinal),
            _ => edges.OrderBy(e => e.Source.Value, StringComparer.Ordinal).ThenBy(e => e.Type.ToWireName(), StringComparer.Ordinal).ThenBy(e => e.Target.Value, StringComparer.Ordinal),
        };
        return [.. ordered];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        if (overlay.IsEmpty)
        {
            return await Inner.GetRelationshipsAsync(edges, cancellationToken).ConfigureAwait(false);
        }

        var wanted = edges.Select(e => CurationDecision.CanonicalEdge(e.Source, e.Type, e.Target))
            .Where(e => !overlay.IsRejected(e) && !overlay.IsAbsorbed(e.Source) && !overlay.IsAbsorbed(e.Target))
            .Distinct()
            .ToArray();
        var candidates = wanted
            .SelectMany(e => overlay.Sources(e.Source).SelectMany(s => overlay.Sources(e.Target).Where(t => t != s).Select(t => CurationDecision.CanonicalEdge(s, e.Type, t))))
            .Distinct()
            .ToArray();
        var extracted = candidates.Length == 0 ? [] : await Inner.GetRelationshipsAsync(candidates, cancellationToken).ConfigureAwait(false);
        var byEdge = Group(overlay, extracted);
        var result = new List<Relationship>();
        foreach (var edge in wanted)
        {
            if (Curate(overlay, edge, byEdge.GetValueOrDefault(edge)) is { } relationship)
            {
                result.Add(relationship);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(
        IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<GraphEdge>();
        await foreach (var edge in Inner.ReadAllEdgesAsync(types, cancellationToken).ConfigureAwait(false))
        {
            foreach (var mapped in overlay.MapEdges(edge))
            {
                if (!(overlay.HasMerges || overlay.HasSplits) || seen.Add(mapped))
                {
                    yield return mapped;
                }
            }
        }

        var typeSet = types.ToHashSet();
        foreach (var added in overlay.AddedEdges.Where(e => typeSet.Contains(e.Type))
            .OrderBy(e => e.Source.Value, StringComparer.Ordinal).ThenBy(e => e.Type.ToWireName(), StringComparer.Ordinal).ThenBy(e => e.Target.Value, StringComparer.Ordinal))
        {
            if (!(overlay.HasMerges || overlay.HasSplits) ? !await ExtractedAsync(added, cancellationToken).ConfigureAwait(false) : seen.Add(added))
            {
                yield return added;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Entity> ReadAllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        var splits = new Queue<EntityKey>(overlay.SplitKeys.Where(k => !overlay.IsAbsorbed(k)).OrderBy(k => k.Value, StringComparer.Ordinal));
        await foreach (var entity in Inner.ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (overlay.IsEmpty)
            {
                yield return entity;
                continue;
            }

            while (splits.TryPeek(out var split) && string.CompareOrdinal(split.Value, entity.Key.Value) < 0)
            {
                yield return await CurateAsync(overlay, splits.Dequeue(), cancellationToken).ConfigureAwait(false);
            }

            if (!overlay.IsAbsorbed(entity.Key))
            {
                yield return overlay.Members(entity.Key).Count == 1
                    ? overlay.Apply(entity, [])
                    : await CurateAsync(overlay, entity.Key, cancellationToken).ConfigureAwait(false);
            }
        }

        while (splits.TryDequeue(out var split))
        {
            yield return await CurateAsync(overlay, split, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Entity> CurateAsync(CurationOverlay overlay, EntityKey key, CancellationToken cancellationToken) =>
        (await EntitiesAsync(overlay, [key], cancellationToken).ConfigureAwait(false))[key];

    /// <inheritdoc />
    /// <remarks>With decisions stored, the relationships are gathered and sorted before the first is returned (merges join edges).</remarks>
    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        if (overlay.IsEmpty)
        {
            await foreach (var relationship in Inner.ReadAllRelationshipsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return relationship;
            }

            yield break;
        }

        var extracted = new List<Relationship>();
        await foreach (var relationship in Inner.ReadAllRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            extracted.Add(relationship);
        }

        var byEdge = Group(overlay, extracted);
        var all = byEdge.Keys.Concat(overlay.AddedEdges).Distinct()
            .OrderBy(e => e.Source.Value, StringComparer.Ordinal).ThenBy(e => e.Type.ToWireName(), StringComparer.Ordinal).ThenBy(e => e.Target.Value, StringComparer.Ordinal);
        foreach (var edge in all)
        {
            if (Curate(overlay, edge, byEdge.GetValueOrDefault(edge)) is { } relationship)
            {
                yield return relationship;
            }
        }
    }

    private static bool Touches(GraphEdge edge, HashSet<EntityKey> keys, EdgeDirection direction) => direction switch
    {
        EdgeDirection.Outgoing => keys.Contains(edge.Source),
        EdgeDirection.Incoming => keys.Contains(edge.Target),
        _ => keys.Contains(edge.Source) || keys.Contains(edge.Target),
    };

    /// <summary>The extracted evidence by curated edge, rejected and looped edges left out.</summary>
    private static Dictionary<GraphEdge, List<Evidence>> Group(CurationOverlay overlay, IEnumerable<Relationship> extracted)
    {
        var byEdge = new Dictionary<GraphEdge, List<Evidence>>();
        foreach (var relationship in extracted)
        {
            foreach (var item in relationship.Evidence)
            {
                if (overlay.MapEvidence(relationship.Edge, item) is { } mapped)
                {
                    if (!byEdge.TryGetValue(mapped, out var evidence))
                    {
                        byEdge[mapped] = evidence = [];
                    }

                    evidence.Add(item);
                }
            }
        }

        return byEdge;
    }

    /// <summary>The curated relationship: extracted evidence (document then line, a stable sort so one edge's order stays the store's), then the curated items; none when it has neither.</summary>
    private static Relationship? Curate(CurationOverlay overlay, GraphEdge edge, List<Evidence>? extracted)
    {
        var text = extracted?.Distinct().OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Line).ToArray() ?? [];
        var curated = overlay.CuratedEvidence(edge, text.Length > 0);
        return text.Length + curated.Count == 0 ? null : new Relationship(edge.Source, edge.Type, edge.Target, [.. text, .. curated]);
    }

    private async Task<bool> ExtractedAsync(GraphEdge edge, CancellationToken cancellationToken) =>
        (await Inner.GetRelationshipsAsync([edge], cancellationToken).ConfigureAwait(false)).Count > 0;
}
