using System.Runtime.CompilerServices;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Curation;
using GraphExplorer.Storage.Sqlite.Entities;
using GraphExplorer.Storage.Sqlite.Relationships;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// The extracted graph and its decisions as one read transaction sees them: the reads <see cref="CuratedGraphStore"/>
/// makes, run with the store's own readers inside <paramref name="transaction"/>, so a curated read model and the
/// evidence of its answers show one committed version whatever is written meanwhile. Read-only: writes, documents and
/// sources are not part of a snapshot and throw <see cref="NotSupportedException"/>.
/// </summary>
/// <param name="connection">The transaction's connection; used by one caller at a time.</param>
/// <param name="transaction">The read transaction.</param>
internal sealed class SnapshotGraphStore(SqliteConnection connection, SqliteTransaction transaction) : IGraphStore, ICurationStore
{
    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        if (await EntitySearch.FindAsync(connection, transaction, nameOrAlias, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        var entities = await EntityReader.GetAsync(connection, transaction, [key], cancellationToken).ConfigureAwait(false);
        return entities.GetValueOrDefault(key);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var keys = await EntitySearch.SearchAsync(connection, transaction, text, limit, cancellationToken).ConfigureAwait(false);
        var entities = await EntityReader.GetAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
        return [.. keys.Where(entities.ContainsKey).Select(key => entities[key])];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0 ? new Dictionary<EntityKey, Entity>() : await EntityReader.GetAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys, EdgeDirection direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(types);
        return keys.Count == 0 || types.Count == 0
            ? []
            : await EdgeReader.GetAsync(connection, transaction, keys, direction, types, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return edges.Count == 0 ? [] : await EdgeReader.GetRelationshipsAsync(connection, transaction, edges, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(
        IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        await foreach (var edge in EdgeReader.ReadAllAsync(connection, transaction, types, cancellationToken).ConfigureAwait(false))
        {
            yield return edge;
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        EntityReader.ReadAllAsync(connection, transaction, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        EdgeReader.ReadAllRelationshipsAsync(connection, transaction, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default) =>
        CurationWriter.ReadAsync(connection, transaction, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCurationAsync(CurationDecision decision, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<bool> RemoveCurationAsync(string id, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<int> RemoveSourceAsync(string source, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default) => throw ReadOnly();

    /// <inheritdoc />
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => throw ReadOnly();

    private static NotSupportedException ReadOnly([CallerMemberName] string member = "") =>
        new($"{member} is not part of a read snapshot: a snapshot serves the graph and its decisions at one version only.");
}
