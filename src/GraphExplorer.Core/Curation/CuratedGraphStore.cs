using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// The graph as analysts corrected it: an <see cref="IGraphStore"/> over the extracted one that applies the stored
/// decisions (<see cref="CurationOverlay"/>) on every read. Extraction stays deterministic and untouched (re-ingesting
/// rewrites only what documents contributed), and curation stays on top of it: a merge, rename or rejection holds
/// however often the text changes, and undoing a decision restores exactly what extraction says.
/// </summary>
/// <remarks>
/// Writes, documents and sources pass through. Reads with no decisions stored pass through unchanged; on a versioned
/// store (<see cref="IVersionedStore"/>) the decisions are resolved once per store version.
/// </remarks>
/// <param name="inner">The extracted graph.</param>
/// <param name="curation">Where the decisions are kept (usually <paramref name="inner"/> itself).</param>
public sealed partial class CuratedGraphStore(IGraphStore inner, ICurationStore curation) : IGraphStore, ICurationStore
{
    private readonly CurationOverlay? _resolved;
    private CachedOverlay? _cached;

    /// <summary>Initializes a new instance whose decisions are already resolved: a snapshot's view, read at one store version.</summary>
    /// <param name="inner">The extracted graph, at the version <paramref name="overlay"/> was resolved at.</param>
    /// <param name="curation">Where the decisions are kept.</param>
    /// <param name="overlay">The decisions resolved against <paramref name="inner"/>; every read applies it as it is.</param>
    public CuratedGraphStore(IGraphStore inner, ICurationStore curation, CurationOverlay overlay)
        : this(inner, curation) =>
        _resolved = overlay ?? throw new ArgumentNullException(nameof(overlay));

    /// <summary>The extracted graph under the decisions.</summary>
    public IGraphStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>Where the decisions are kept.</summary>
    public ICurationStore Curation { get; } = curation ?? throw new ArgumentNullException(nameof(curation));

    /// <summary>Reads the decisions and resolves them against the extracted graph.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The overlay.</returns>
    /// <remarks>
    /// When the store is an <see cref="IVersionedStore"/>, the overlay is resolved once per store version and reused;
    /// an instance made with an overlay always returns that one.
    /// </remarks>
    public async Task<CurationOverlay> GetOverlayAsync(CancellationToken cancellationToken = default)
    {
        if (_resolved is not null)
        {
            return _resolved;
        }

        long? version = Inner is IVersionedStore versioned && ReferenceEquals(Inner, Curation)
            ? await versioned.GetStoreVersionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        if (version is { } current && _cached is { } cached && cached.Version == current)
        {
            return cached.Overlay;
        }

        var decisions = await Curation.GetCurationAsync(cancellationToken).ConfigureAwait(false);
        var overlay = await CurationOverlay.BuildAsync(decisions, Inner, cancellationToken).ConfigureAwait(false);
        if (version is { } read)
        {
            _cached = new CachedOverlay(read, overlay);
        }

        return overlay;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default) =>
        Curation.GetCurationAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCurationAsync(CurationDecision decision, CancellationToken cancellationToken = default) =>
        Curation.AddCurationAsync(decision, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RemoveCurationAsync(string id, CancellationToken cancellationToken = default) =>
        Curation.RemoveCurationAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Inner.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default) =>
        Inner.GetDocumentsAsync(cancellationToken);

    /// <inheritdoc />
    public Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default) =>
        Inner.WriteDocumentAsync(document, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default) =>
        Inner.RemoveDocumentAsync(source, document, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        Inner.GetSourcesAsync(cancellationToken);

    /// <inheritdoc />
    public Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default) =>
        Inner.SaveSourceAsync(source, cancellationToken);

    /// <inheritdoc />
    public Task<int> RemoveSourceAsync(string source, CancellationToken cancellationToken = default) =>
        Inner.RemoveSourceAsync(source, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        Inner.ListDocumentsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default) =>
        Inner.GetDocumentTextAsync(source, document, cancellationToken);

    /// <inheritdoc />
    public Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default) => Inner.HasBeenWrittenAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default) =>
        Inner.AcquireWriterLockAsync(cancellationToken);

    /// <inheritdoc />
    /// <remarks>With decisions stored, entities, edges and evidence are counted over the curated graph (one pass over each); documents as stored.</remarks>
    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var stored = await Inner.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if ((await GetOverlayAsync(cancellationToken).ConfigureAwait(false)).IsEmpty)
        {
            return stored;
        }

        var byType = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
        await foreach (var entity in ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            byType[entity.Type]++;
        }

        var edges = RelationshipTypes.All.ToDictionary(t => t, _ => 0);
        var evidence = 0;
        await foreach (var relationship in ReadAllRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            edges[relationship.Type]++;
            evidence += relationship.Evidence.Count;
        }

        return new GraphStatistics(stored.Documents, byType.Values.Sum(), byType, edges, evidence);
    }

    /// <inheritdoc />
    public async Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        if (overlay.IsEmpty)
        {
            return await Inner.FindEntityAsync(nameOrAlias, cancellationToken).ConfigureAwait(false);
        }

        var key = overlay.FindCuratedName(nameOrAlias);
        if (key is null && await Inner.FindEntityAsync(nameOrAlias, cancellationToken).ConfigureAwait(false) is { } found)
        {
            key = overlay.Map(found.Key);
        }

        if (key is not { } curated)
        {
            return null;
        }

        var entities = await EntitiesAsync(overlay, [curated], cancellationToken).ConfigureAwait(false);
        return entities.TryGetValue(curated, out var entity) && Matches(overlay, entity, nameOrAlias) ? entity : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        if (overlay.IsEmpty)
        {
            return await Inner.SearchEntitiesAsync(text, limit, cancellationToken).ConfigureAwait(false);
        }

        var found = await Inner.SearchEntitiesAsync(text, limit + overlay.Decisions.Count, cancellationToken).ConfigureAwait(false);
        IEnumerable<EntityKey> curatedFirst = overlay.FindCuratedName(text) is { } named ? [named] : [];
        var keys = curatedFirst.Concat(found.Select(e => overlay.Map(e.Key))).Distinct().ToArray();
        var entities = await EntitiesAsync(overlay, keys, cancellationToken).ConfigureAwait(false);
        return [.. keys.Where(entities.ContainsKey).Select(k => entities[k]).Take(limit)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var overlay = await GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        return overlay.IsEmpty
            ? await Inner.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false)
            : await EntitiesAsync(overlay, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The curated entities of curated keys; absorbed keys are absent.</summary>
    private async Task<Dictionary<EntityKey, Entity>> EntitiesAsync(
        CurationOverlay overlay, IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken)
    {
        var visible = keys.Where(k => !overlay.IsAbsorbed(k)).Distinct().ToArray();
        var members = visible.ToDictionary(k => k, overlay.Members);
        var extracted = await Inner.GetEntitiesAsync(members.Values.SelectMany(m => m).ToHashSet(), cancellationToken).ConfigureAwait(false);
        Entity? Base(EntityKey key) => extracted.GetValueOrDefault(key) ?? overlay.SplitEntity(key);
        var result = new Dictionary<EntityKey, Entity>();
        foreach (var key in visible)
        {
            if (Base(key) is { } entity)
            {
                var absorbed = members[key].Skip(1).Select(Base).OfType<Entity>().ToArray();
                result[key] = overlay.Apply(entity, absorbed);
            }
        }

        return result;
    }

    /// <summary>Whether the curated entity still answers to the name (a removed alias no longer does).</summary>
    private static bool Matches(CurationOverlay overlay, Entity entity, string nameOrAlias)
    {
        var normalized = EntityNames.Normalize(nameOrAlias);
        return !overlay.IsRemovedAlias(entity.Key, nameOrAlias)
            || EntityNames.Normalize(entity.Name) == normalized
            || entity.Key.Value == normalized.Replace(' ', '-');
    }

    /// <summary>The overlay resolved at a store version (the version read before the decisions, so a later write always rebuilds).</summary>
    private sealed record CachedOverlay(long Version, CurationOverlay Overlay);
}
