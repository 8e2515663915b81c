using System.Runtime.CompilerServices;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Tests.Storage;

/// <summary>
/// A small in-memory <see cref="IGraphStore"/> for testing what runs over the contract (traversals, export):
/// documents are kept as written and the graph is derived from them on each read.
/// </summary>
internal sealed class InMemoryGraphStore : IGraphStore
{
    private readonly SortedDictionary<string, DocumentGraph> _documents = new(StringComparer.Ordinal);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DocumentRecord>>(_documents.Values.Select(d => new DocumentRecord(d.Document, d.ContentHash)).ToArray());

    public Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default)
    {
        _documents[document.Document] = document;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents.Remove(document));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var entities = Entities();
        var relationships = Relationships();
        return Task.FromResult(new GraphStatistics(
            _documents.Count,
            entities.Count,
            Enum.GetValues<EntityType>().ToDictionary(t => t, t => entities.Values.Count(e => e.Type == t)),
            RelationshipTypes.All.ToDictionary(t => t, t => relationships.Count(r => r.Type == t)),
            relationships.Sum(r => r.Evidence.Count)));
    }

    public Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        var wanted = EntityNames.Normalize(nameOrAlias);
        return Task.FromResult(Entities().Values.FirstOrDefault(e =>
            e.Key.Value == nameOrAlias || e.Aliases.Append(e.Name).Any(a => EntityNames.Normalize(a) == wanted)));
    }

    public Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var wanted = EntityNames.Normalize(text);
        return Task.FromResult<IReadOnlyList<Entity>>(Entities().Values
            .Where(e => e.Aliases.Append(e.Name).Any(a => EntityNames.Normalize(a).Contains(wanted, StringComparison.Ordinal)))
            .Take(limit)
            .ToArray());
    }

    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        var entities = Entities();
        return Task.FromResult<IReadOnlyDictionary<EntityKey, Entity>>(
            keys.Where(entities.ContainsKey).Distinct().ToDictionary(k => k, k => entities[k]));
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys, EdgeDirection direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken = default)
    {
        var set = keys.ToHashSet();
        return Task.FromResult<IReadOnlyList<GraphEdge>>(Relationships()
            .Where(r => types.Contains(r.Type))
            .Where(r => direction switch
            {
                EdgeDirection.Outgoing => set.Contains(r.Source),
                EdgeDirection.Incoming => set.Contains(r.Target),
                _ => set.Contains(r.Source) || set.Contains(r.Target),
            })
            .Select(r => r.Edge)
            .ToArray());
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default)
    {
        var set = edges.ToHashSet();
        return Task.FromResult<IReadOnlyList<Relationship>>(Relationships().Where(r => set.Contains(r.Edge)).ToArray());
    }

    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(
        IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var r in Relationships().Where(r => types.Contains(r.Type)))
        {
            await Task.Yield();
            yield return r.Edge;
        }
    }

    public async IAsyncEnumerable<Entity> ReadAllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var e in Entities().Values.OrderBy(e => e.Key.Value, StringComparer.Ordinal))
        {
            await Task.Yield();
            yield return e;
        }
    }

    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var r in Relationships())
        {
            await Task.Yield();
            yield return r;
        }
    }

    private Dictionary<EntityKey, Entity> Entities() =>
        _documents.Values
            .SelectMany(d => d.Entities)
            .GroupBy(e => e.Key)
            .ToDictionary(
                g => g.Key,
                g => g.First() with { Aliases = g.SelectMany(e => e.Aliases).Distinct().Order(StringComparer.Ordinal).ToArray() });

    private List<Relationship> Relationships() =>
        _documents.Values
            .SelectMany(d => d.Relationships)
            .GroupBy(r => r.Edge)
            .Select(g => new Relationship(g.Key.Source, g.Key.Type, g.Key.Target, g.SelectMany(r => r.Evidence).Distinct().ToArray()))
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
            .ToList();
}
