using System.Collections.Concurrent;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>
/// A batch store around a real one that lets a test hold a batch at its start (<see cref="BeforeBatch"/>), fail it, and
/// see what was written when: every write and removal, in the order they ended, and how many writes ran at once.
/// </summary>
/// <param name="inner">The store written.</param>
internal sealed class GatedBatchStore(IBatchGraphStore inner) : IBatchGraphStore
{
    private int _running;
    private int _mostAtOnce;

    /// <summary>Awaited before each batch (given its documents' paths) is written; may throw to fail the batch as the store would.</summary>
    public Func<IReadOnlyList<string>, Task>? BeforeBatch { get; set; }

    /// <summary>Awaited before each single document is written; may throw to fail it as the store would.</summary>
    public Func<string, Task>? BeforeDocument { get; set; }

    /// <summary>What ended, in order: <c>batch a.md,b.md</c>, <c>write a.md</c>, <c>remove a.md</c>.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>The most writes (batches, documents, removals) that ran at the same time.</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public async Task<IReadOnlyList<DocumentWriteFailure>> WriteDocumentsAsync(IReadOnlyList<DocumentGraph> documents, CancellationToken cancellationToken = default)
    {
        using var running = Enter();
        var paths = documents.Select(d => d.Document).ToArray();
        if (BeforeBatch is { } before)
        {
            await before(paths);
        }

        var failures = await inner.WriteDocumentsAsync(documents, cancellationToken);
        Log.Enqueue("batch " + string.Join(',', paths));
        return failures;
    }

    public async Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default)
    {
        using var running = Enter();
        if (BeforeDocument is { } before)
        {
            await before(document.Document);
        }

        await inner.WriteDocumentAsync(document, cancellationToken);
        Log.Enqueue("write " + document.Document);
    }

    public async Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        using var running = Enter();
        var removed = await inner.RemoveDocumentAsync(source, document, cancellationToken);
        Log.Enqueue("remove " + document);
        return removed;
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default) => inner.GetDocumentsAsync(cancellationToken);

    public Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default) => inner.GetSourcesAsync(cancellationToken);

    public Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default) => inner.SaveSourceAsync(source, cancellationToken);

    public Task<int> RemoveSourceAsync(string source, CancellationToken cancellationToken = default) => inner.RemoveSourceAsync(source, cancellationToken);

    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default) => inner.ListDocumentsAsync(cancellationToken);

    public Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default) =>
        inner.GetDocumentTextAsync(source, document, cancellationToken);

    public Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default) => inner.HasBeenWrittenAsync(cancellationToken);

    public Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default) => inner.AcquireWriterLockAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default) => inner.FindEntityAsync(nameOrAlias, cancellationToken);

    public Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default) =>
        inner.SearchEntitiesAsync(text, limit, cancellationToken);

    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys, EdgeDirection direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken = default) =>
        inner.GetEdgesAsync(keys, direction, types, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(edges, cancellationToken);

    public IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken = default) =>
        inner.ReadAllEdgesAsync(types, cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);

    private Running Enter()
    {
        var now = Interlocked.Increment(ref _running);
        for (var seen = Volatile.Read(ref _mostAtOnce); now > seen; seen = Volatile.Read(ref _mostAtOnce))
        {
            if (Interlocked.CompareExchange(ref _mostAtOnce, now, seen) == seen)
            {
                break;
            }
        }

        return new Running(this);
    }

    private sealed class Running(GatedBatchStore store) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref store._running);
    }
}
