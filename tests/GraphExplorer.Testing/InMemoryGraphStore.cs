using System.Runtime.CompilerServices;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Testing;

/// <summary>
/// A small in-memory <see cref="IGraphStore"/> for testing what runs over the contract (traversals, export):
/// documents are kept as written and the graph is derived from them on each read. Thread-safe for the
/// concurrent reads of an HTTP server (writes happen before serving).
/// </summary>
public sealed class InMemoryGraphStore : IGraphStore
{
    private readonly SortedDictionary<string, DocumentGraph> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private (Dictionary<EntityKey, Entity> Entities, List<Relationship> Relationships)? _derived;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DocumentRecord>>(_documents.Values.Select(d => new DocumentRecord(d.Document, d.ContentHash)).ToArray());

    public Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _documents[document.Document] = document;
            _derived = null;
        }

        return Task.CompletedTask;
    }

    public Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _derived = null;
            return Task.FromResult(_documents.Remove(document));
        }
    }

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
        // As the contract orders them: exact, prefix, substring, then the closest spellings.
        var wanted = EntityNames.Normalize(text);
        var ranked = Entities().Values
            .Select(e => (Entity: e, Rank: e.Aliases.Append(e.Name).Min(a => Rank(EntityNames.Normalize(a), wanted))))
            .Where(r => r.Rank < int.MaxValue)
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(r => r.Entity)
            .ToArray();
        return Task.FromResult<IReadOnlyList<Entity>>(ranked);
    }

    private static int Rank(string alias, string wanted)
    {
        if (wanted.Length == 0)
        {
            return int.MaxValue;
        }

        if (alias == wanted)
        {
            return 0;
        }

        if (alias.StartsWith(wanted, StringComparison.Ordinal))
        {
            return 1;
        }

        if (alias.Contains(wanted, StringComparison.Ordinal))
        {
            return 2;
        }

        var distance = EditDistance(alias, wanted);
        return wanted.Length >= 3 && distance <= Math.Max(1, wanted.Length / 3) ? 3 + distance : int.MaxValue;
    }

    private static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 10)
        {
            return int.MaxValue / 2;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
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

    private Dictionary<EntityKey, Entity> Entities() => Derived().Entities;

    private List<Relationship> Relationships() => Derived().Relationships;

    private (Dictionary<EntityKey, Entity> Entities, List<Relationship> Relationships) Derived()
    {
        lock (_gate)
        {
            return _derived ??= (DeriveEntities(), DeriveRelationships());
        }
    }

    private Dictionary<EntityKey, Entity> DeriveEntities() =>
        _documents.Values
            .SelectMany(d => d.Entities)
            .GroupBy(e => e.Key)
            .ToDictionary(
                g => g.Key,
                g => g.First() with
                {
                    Aliases = g.SelectMany(e => e.Aliases).Distinct().Order(StringComparer.Ordinal).ToArray(),
                    Layer = g.Select(e => e.Layer).FirstOrDefault(l => l is not null),
                    Category = g.Select(e => e.Category).FirstOrDefault(c => c is not null),
                });

    private List<Relationship> DeriveRelationships() =>
        _documents.Values
            .SelectMany(d => d.Relationships)
            .GroupBy(r => r.Edge)
            .Select(g => new Relationship(g.Key.Source, g.Key.Type, g.Key.Target, g.SelectMany(r => r.Evidence).Distinct().ToArray()))
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
            .ToList();
}
