using System.Runtime.CompilerServices;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Testing.Stores;

/// <summary>
/// The store contract written as plainly as possible: it keeps each document's graph and derives the whole graph
/// from them on every read. Slow and obviously right: the conformance suite's bodies are checked against it, and
/// hosts' tests can use it where a real store is beside the point.
/// </summary>
public sealed partial class InMemoryGraphStore : IGraphStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, DocumentGraph> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SourceFolder> _sources = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writer = new(1, 1);
    private bool _written;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DocumentRecord>>(_documents.Values
                .Select(d => new DocumentRecord(d.Document, d.ContentHash) { Source = d.Source })
                .OrderBy(d => d.Source, StringComparer.Ordinal)
                .ThenBy(d => d.Document, StringComparer.Ordinal)
                .ToArray());
        }
    }

    /// <inheritdoc />
    public Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (SourceNames.Validate(document.Source) is { } problem)
            {
                throw new ArgumentException(problem, nameof(document));
            }

            _documents[new DocumentKey(document.Source, document.Document).Value] = document;
            _written = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.Remove(new DocumentKey(source, document).Value));
        }
    }

    /// <inheritdoc />
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var (entities, relationships, documents) = Snapshot();
        var byType = Enum.GetValues<EntityType>().ToDictionary(t => t, t => entities.Values.Count(e => e.Type == t));
        var edges = RelationshipTypes.All.ToDictionary(t => t, t => relationships.Count(r => r.Type == t));
        return Task.FromResult(new GraphStatistics(documents, entities.Count, byType, edges, relationships.Sum(r => r.Evidence.Count)));
    }

    /// <inheritdoc />
    public Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        var normalized = EntityNames.Normalize(nameOrAlias);
        var entities = Snapshot().Entities.Values;
        var found = normalized.Length == 0
            ? null
            : entities.FirstOrDefault(e => e.Key.Value == normalized.Replace(' ', '-'))
                ?? entities.FirstOrDefault(e => EntityNames.Normalize(e.Name) == normalized)
                ?? entities.FirstOrDefault(e => e.Aliases.Any(a => EntityNames.Normalize(a) == normalized));
        return Task.FromResult(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var normalized = EntityNames.Normalize(text);
        if (normalized.Length == 0 || limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<Entity>>([]);
        }

        var candidates = Snapshot().Entities.Values
            .Select(e => (Entity: e, Names: new[] { e.Name }.Concat(e.Aliases).Select(EntityNames.Normalize).ToArray()))
            .ToArray();
        var ranked = candidates
            .Select(c => (c.Entity, Rank: c.Names.Contains(normalized) ? 0 : c.Names.Any(n => n.StartsWith(normalized, StringComparison.Ordinal)) ? 1 : c.Names.Any(n => n.Contains(normalized, StringComparison.Ordinal)) ? 2 : 3))
            .Where(c => c.Rank < 3)
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Entity.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .ThenBy(c => c.Entity.Key.Value, StringComparer.Ordinal)
            .Select(c => c.Entity)
            .Take(limit)
            .ToList();
        var allowance = EditDistance.TypoAllowance(normalized.Length);
        ranked.AddRange(candidates
            .Where(c => !ranked.Contains(c.Entity))
            .Select(c => (c.Entity, Distance: c.Names.Select(n => EditDistance.Within(normalized, n, allowance)).Min()))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Entity.Key.Value, StringComparer.Ordinal)
            .Select(c => c.Entity)
            .Take(limit - ranked.Count));
        return Task.FromResult<IReadOnlyList<Entity>>(ranked);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        var entities = Snapshot().Entities;
        return Task.FromResult<IReadOnlyDictionary<EntityKey, Entity>>(
            keys.Distinct().Where(entities.ContainsKey).ToDictionary(k => k, k => entities[k]));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys, EdgeDirection direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken = default)
    {
        var edges = Snapshot().Relationships
            .Select(r => r.Edge)
            .Where(e => types.Contains(e.Type))
            .Where(e => (direction != EdgeDirection.Incoming && keys.Contains(e.Source)) || (direction != EdgeDirection.Outgoing && keys.Contains(e.Target)))
            .ToArray();
        return Task.FromResult<IReadOnlyList<GraphEdge>>(edges);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default)
    {
        var wanted = edges.ToHashSet();
        return Task.FromResult<IReadOnlyList<Relationship>>(Snapshot().Relationships.Where(r => wanted.Contains(r.Edge)).ToArray());
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(
        IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var relationship in Snapshot().Relationships.Where(r => types.Contains(r.Type)))
        {
            await Task.Yield();
            yield return relationship.Edge;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Entity> ReadAllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entity in Snapshot().Entities.Values.OrderBy(e => e.Key.Value, StringComparer.Ordinal))
        {
            await Task.Yield();
            yield return entity;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var relationship in Snapshot().Relationships)
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    /// <summary>
    /// The graph the documents make: entities from their mentions (name and type from the first document by path,
    /// aliases the union in document order, layer and category the first given); one edge per oriented
    /// (source, type, target) with the union of its evidence, by document then line.
    /// </summary>
    /// <inheritdoc />
    public Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<SourceFolder>>([.. _sources.Values]);
        }
    }

    /// <inheritdoc />
    public Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (SourceNames.Validate(source.Name) is { } problem)
        {
            throw new ArgumentException($"Source '{source.Name}': {problem}.", nameof(source));
        }

        lock (_gate)
        {
            foreach (var other in _sources.Values.Where(s => s.Name != source.Name && s.Root is not null && s.Root == source.Root).ToArray())
            {
                _sources[other.Name] = other with { Root = null };
            }

            _sources[source.Name] = source;
            _written = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<int> RemoveSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var keys = _documents.Where(d => d.Value.Source == source).Select(d => d.Key).ToArray();
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }

            return Task.FromResult(_sources.Remove(source) || keys.Length > 0 ? keys.Length : -1);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        DocumentGraph[] documents;
        lock (_gate)
        {
            documents = [.. _documents.Values];
        }

        return Task.FromResult<IReadOnlyList<DocumentSummary>>(documents
            .Select(d => new DocumentSummary(
                d.Source,
                d.Document,
                d.ContentHash,
                d.Date,
                d.Entities.Select(e => e.Key).Distinct().Count(),
                d.Relationships.Where(r => r.Evidence.Count > 0).Select(r => Relationship.Create(r.Source, r.Type, r.Target, []).Edge).Distinct().Count(),
                d.Text is { } text ? DocumentText.SplitLines(text).Count : 0))
            .OrderBy(d => d.Source, StringComparer.Ordinal)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToArray());
    }

    /// <inheritdoc />
    public Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(
                _documents.TryGetValue(new DocumentKey(source, document).Value, out var graph) && graph.Text is { } text
                    ? new DocumentText(graph.Source, graph.Document, graph.ContentHash, graph.Date, text)
                    : null);
        }
    }

    /// <inheritdoc />
    public Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_written);
        }
    }

    /// <inheritdoc />
    public Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default) =>
        _writer.Wait(0, cancellationToken)
            ? Task.FromResult<IAsyncDisposable>(new Release(_writer))
            : throw new GraphStoreBusyException("The in-memory store is being written by another ingestion.");

    private (Dictionary<EntityKey, Entity> Entities, IReadOnlyList<Relationship> Relationships, int Documents) Snapshot()
    {
        DocumentGraph[] documents;
        lock (_gate)
        {
            documents = _documents.Values.ToArray();
        }

        var entities = documents
            .SelectMany(d => d.Entities)
            .GroupBy(e => e.Key)
            .ToDictionary(
                g => g.Key,
                g => new Entity(
                    g.Key,
                    g.First().Name,
                    g.First().Type,
                    g.SelectMany(e => e.Aliases).Distinct(StringComparer.Ordinal).ToArray(),
                    g.Select(e => e.Layer).FirstOrDefault(l => l is not null),
                    g.Select(e => e.Category).FirstOrDefault(c => c is not null)));
        var relationships = documents
            .SelectMany(d => d.Relationships.Select(r => r with { Evidence = [.. r.Evidence.Select(e => e with { Source = d.Source })] }))
            .GroupBy(r => Relationship.Create(r.Source, r.Type, r.Target, []).Edge)
            .Select(g => new Relationship(
                g.Key.Source,
                g.Key.Type,
                g.Key.Target,
                g.SelectMany(r => r.Evidence)
                    .DistinctBy(e => (e.Source, e.Document, e.Line, e.Quote, e.Basis))
                    .OrderBy(e => new DocumentKey(e.Source ?? SourceNames.Default, e.Document).Value, StringComparer.Ordinal)
                    .ThenBy(e => e.Line)
                    .ThenBy(e => e.Quote, StringComparer.Ordinal)
                    .ThenBy(e => e.Basis.ToString(), StringComparer.Ordinal)
                    .ToArray()))
            .Where(r => r.Evidence.Count > 0)
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
            .ToArray();
        return (entities, relationships, documents.Length);
    }

    private sealed class Release(SemaphoreSlim writer) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            writer.Release();
            return ValueTask.CompletedTask;
        }
    }
}
