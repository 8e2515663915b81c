using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Store;

namespace GraphExplorer.Storage.Neo4j;

/// <content>The read side of the store: each method runs one file of <c>cypher/</c> (batched or paged).</content>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CypherStatement.GetDocuments, [], cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => (Key: DocumentKey.Parse(r["path"].GetString() ?? string.Empty), Hash: r["contentHash"].GetString() ?? string.Empty))
            .Select(r => new DocumentRecord(r.Key.Path, r.Hash) { Source = r.Key.Source })
            .OrderBy(d => d.Source, StringComparer.Ordinal)
            .ThenBy(d => d.Document, StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc />
    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CypherStatement.GetStatistics, [], cancellationToken).ConfigureAwait(false);
        var documents = 0;
        var evidence = 0;
        var entities = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
        var edges = RelationshipTypes.All.ToDictionary(t => t, _ => 0);
        foreach (var record in result.Records)
        {
            var count = record["count"].GetInt32();
            var type = record["type"].GetString();
            switch (record["kind"].GetString())
            {
                case "document":
                    documents = count;
                    break;
                case "entity" when Enum.TryParse<EntityType>(type, ignoreCase: true, out var entityType):
                    entities[entityType] += count;
                    break;
                case "edge" when RelationshipTypes.TryParse(type, out var relationshipType):
                    edges[relationshipType] += count;
                    evidence += record["evidence"].ValueKind == JsonValueKind.Number ? record["evidence"].GetInt32() : 0;
                    break;
            }
        }

        return new GraphStatistics(documents, entities.Values.Sum(), entities, edges, evidence);
    }

    /// <inheritdoc />
    public async Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        var normalized = EntityNames.Normalize(nameOrAlias);
        if (normalized.Length == 0)
        {
            return null;
        }

        var result = await RunAsync(
            CypherStatement.FindEntity,
            new() { ["key"] = normalized.Replace(' ', '-'), ["normalized"] = normalized },
            cancellationToken).ConfigureAwait(false);
        return result.Records.Count == 0 ? null : GraphJson.ToEntity(result.Records[0]["entity"]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var normalized = EntityNames.Normalize(text);
        if (normalized.Length == 0 || limit == 0)
        {
            return [];
        }

        var result = await RunAsync(
            CypherStatement.SearchEntities, new() { ["normalized"] = normalized, ["limit"] = limit }, cancellationToken).ConfigureAwait(false);
        var found = result.Records.Select(r => GraphJson.ToEntity(r["entity"])).ToList();
        if (found.Count >= limit)
        {
            return found;
        }

        // Then the closest by edit distance to any of their names ("did you mean"), within a typo's allowance.
        var allowance = EditDistance.TypoAllowance(normalized.Length);
        var names = await RunAsync(CypherStatement.ReadEntityNames, [], cancellationToken).ConfigureAwait(false);
        var taken = found.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        var closest = names.Records
            .Select(r => (Key: r["key"].GetString() ?? string.Empty, Names: GraphJson.Strings(r["normalizedAliases"])))
            .Where(c => !taken.Contains(c.Key) && c.Names.Count > 0)
            .Select(c => (c.Key, Distance: c.Names.Select(n => EditDistance.Within(normalized, n, allowance)).Min()))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(limit - found.Count)
            .Select(c => new EntityKey(c.Key))
            .ToArray();
        var entities = await GetEntitiesAsync(closest, cancellationToken).ConfigureAwait(false);
        found.AddRange(closest.Where(entities.ContainsKey).Select(k => entities[k]));
        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var entities = new Dictionary<EntityKey, Entity>();
        foreach (var batch in keys.Select(k => k.Value).Distinct(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            var result = await RunAsync(CypherStatement.GetEntities, new() { ["keys"] = batch }, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                var entity = GraphJson.ToEntity(record["entity"]);
                entities[entity.Key] = entity;
            }
        }

        return entities;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys,
        EdgeDirection direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(types);
        if (keys.Count == 0 || types.Count == 0)
        {
            return [];
        }

        var wireTypes = types.Distinct().Select(t => t.ToWireName()).ToArray();
        var edges = new List<GraphEdge>();
        foreach (var batch in keys.Select(k => k.Value).Distinct(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            var result = await RunAsync(
                CypherStatement.GetEdges,
                new() { ["keys"] = batch, ["direction"] = direction.ToString(), ["types"] = wireTypes },
                cancellationToken).ConfigureAwait(false);
            edges.AddRange(ReadEdges(result));
        }

        return edges.Distinct().ToArray();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var relationships = new List<Relationship>();
        foreach (var batch in edges.Distinct().Chunk(_options.BatchSize))
        {
            var rows = batch
                .Select(e => new Dictionary<string, object?> { ["source"] = e.Source.Value, ["type"] = e.Type.ToWireName(), ["target"] = e.Target.Value })
                .ToArray();
            var result = await RunAsync(CypherStatement.GetRelationships, new() { ["edges"] = rows }, cancellationToken).ConfigureAwait(false);
            relationships.AddRange(ReadRelationships(result));
        }

        return relationships;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(
        IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        var wireTypes = RelationshipTypes.All.Where(types.Contains).Select(t => t.ToWireName()).ToArray();
        if (wireTypes.Length == 0)
        {
            yield break;
        }

        for (var skip = 0; ; skip += _options.BatchSize)
        {
            var result = await RunAsync(
                CypherStatement.ReadAllEdges,
                new() { ["types"] = wireTypes, ["skip"] = skip, ["limit"] = _options.BatchSize },
                cancellationToken).ConfigureAwait(false);
            foreach (var edge in ReadEdges(result))
            {
                yield return edge;
            }

            if (result.Records.Count < _options.BatchSize)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Entity> ReadAllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = string.Empty;
        while (true)
        {
            var result = await RunAsync(
                CypherStatement.ReadAllEntities, new() { ["after"] = after, ["limit"] = _options.BatchSize }, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                var entity = GraphJson.ToEntity(record["entity"]);
                after = entity.Key.Value;
                yield return entity;
            }

            if (result.Records.Count < _options.BatchSize)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var wireTypes = RelationshipTypes.All.Select(t => t.ToWireName()).ToArray();
        for (var skip = 0; ; skip += _options.BatchSize)
        {
            var result = await RunAsync(
                CypherStatement.ReadAllRelationships,
                new() { ["types"] = wireTypes, ["skip"] = skip, ["limit"] = _options.BatchSize },
                cancellationToken).ConfigureAwait(false);
            foreach (var relationship in ReadRelationships(result))
            {
                yield return relationship;
            }

            if (result.Records.Count < _options.BatchSize)
            {
                yield break;
            }
        }
    }

    private Task<Neo4jQueryResult> RunAsync(string file, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.ExecuteAsync(CypherFiles.Get(file), parameters, cancellationToken);

    private static IEnumerable<GraphEdge> ReadEdges(Neo4jQueryResult result) =>
        result.Records
            .Select(r => (Found: GraphJson.TryGetEdge(r["source"].GetString(), r["type"].GetString(), r["target"].GetString(), out var edge), Edge: edge))
            .Where(x => x.Found)
            .Select(x => x.Edge);

    private static IEnumerable<Relationship> ReadRelationships(Neo4jQueryResult result)
    {
        foreach (var record in result.Records)
        {
            if (GraphJson.TryGetEdge(record["source"].GetString(), record["type"].GetString(), record["target"].GetString(), out var edge))
            {
                var evidence = GraphJson.ToEvidence(
                    record["docs"], record["lines"], record["quotes"], record["bases"], record.TryGet("models", out var models) ? models : default);
                yield return new Relationship(edge.Source, edge.Type, edge.Target, evidence);
            }
        }
    }
}
