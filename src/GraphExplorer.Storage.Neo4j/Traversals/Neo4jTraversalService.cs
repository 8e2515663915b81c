using System.Text.Json;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Store;

namespace GraphExplorer.Storage.Neo4j.Traversals;

/// <summary>
/// Runs the catalogue's traversals inside Neo4j, one statement each, from <c>cypher/{traversal}.cypher</c>. Answers
/// as <see cref="GraphTraversalService"/> does over the same graph: the same rows, hops and paths wherever shortest
/// paths are unique (where several tie, each engine may explain a row with a different one of them). A traversal
/// without a file falls back to <see cref="GraphTraversalService"/> over the store.
/// </summary>
/// <param name="client">The Query API client.</param>
/// <param name="store">The store, for resolving names and for the fallback.</param>
/// <param name="catalogue">The traversal catalogue.</param>
public sealed class Neo4jTraversalService(Neo4jQueryClient client, IGraphStore store, TraversalCatalogue catalogue) : ITraversalService
{
    private readonly GraphTraversalService _fallback = new(store, catalogue);

    /// <inheritdoc />
    public async Task<TraversalResult> ExecuteAsync(TraversalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!catalogue.TryGet(request.Traversal, out var definition))
        {
            throw new UnknownTraversalException(request.Traversal, catalogue.All.Select(t => t.Name).ToArray());
        }

        if (!CypherFiles.TryGet(definition.Name, out _))
        {
            return await _fallback.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var resolved = await ResolvedTraversal.ResolveAsync(request, catalogue, store, cancellationToken).ConfigureAwait(false);

        // The Cypher files walk the extracted graph; while analysts' decisions are stored, the generic engine walks the curated one.
        if (store is CuratedGraphStore curated && (await curated.GetCurationAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return await _fallback.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var (_, start, to, depth, limit) = resolved;
        var parameters = resolved.Parameters;
        var window = resolved.Evidence;
        if (definition.Kind == TraversalKind.ShortestPaths && start?.Key == to?.Key)
        {
            return new TraversalResult(definition.Name, parameters, []);
        }

        var arguments = definition.Kind switch
        {
            TraversalKind.Reach => new Dictionary<string, object?> { ["entity"] = start?.Key.Value, ["depth"] = depth },
            TraversalKind.ShortestPaths => new() { ["entity"] = start?.Key.Value, ["to"] = to?.Key.Value, ["depth"] = depth, ["limit"] = limit },
            TraversalKind.EdgesBetween => new() { ["entity"] = start?.Key.Value, ["to"] = to?.Key.Value },
            TraversalKind.DependencyRanking => new() { ["depth"] = depth, ["limit"] = limit },
            _ => throw new InvalidOperationException($"Traversal kind {definition.Kind} has no implementation."),
        };
        arguments["evidenceOffset"] = window.Offset;
        arguments["evidenceLimit"] = window.Limit;
        var result = await client.ExecuteAsync(CypherFiles.Get(definition.Name), arguments, cancellationToken).ConfigureAwait(false);
        // The generic engine's order and cut (TraversalRowOrder): the first $limit rows by count, hops, dependence and
        // name, listed grouped by how they depend; then held to the evidence bounds.
        var rows = result.Records
            .Select(r => ToRow(r, window))
            .Select(r => r with { Dependence = TraversalRowOrder.DependenceOf(definition, FirstEdgeType(r)) });
        var ordered = TraversalRowOrder.CutAndOrder(
            rows, r => new RowOrderKey(r.Count, r.Hops, r.Dependence, r.Entity.Name, r.Entity.Key), resolved.RowLimit);
        return new TraversalResult(definition.Name, parameters, TraversalRows.Bound(ordered, window));
    }

    private static RelationshipType? FirstEdgeType(TraversalRow row) =>
        row.Path.Count > 0 && RelationshipTypes.TryParse(row.Path[0].Type, out var type) ? type : null;

    private static TraversalRow ToRow(Neo4jRecord record, EvidenceWindow window)
    {
        var entity = record["entity"];
        var key = GraphJson.String(entity, "key") ?? string.Empty;
        var type = Enum.TryParse<EntityType>(GraphJson.String(entity, "type"), ignoreCase: true, out var parsed) ? parsed.ToString() : string.Empty;
        var summary = new EntitySummary(key, GraphJson.String(entity, "name") ?? key, type);
        var path = record["path"].ValueKind == JsonValueKind.Array
            ? record["path"].EnumerateArray().Select(s => ToStep(s, window)).ToArray()
            : [];
        int? count = record.TryGet("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
        return new TraversalRow(summary, record["hops"].GetInt32(), path, count);
    }

    /// <summary>A path step: <c>evidence</c> already windowed by the Cypher (with <c>evidenceCount</c>), or every quote as parallel lists.</summary>
    private static PathStep ToStep(JsonElement step, EvidenceWindow window)
    {
        var sourceKey = GraphJson.String(step, "source") ?? string.Empty;
        var targetKey = GraphJson.String(step, "target") ?? string.Empty;
        var type = RelationshipTypes.TryParse(GraphJson.String(step, "type"), out var parsed)
            ? parsed.ToWireName()
            : GraphJson.String(step, "type") ?? string.Empty;
        IReadOnlyList<Evidence> evidence;
        int count;
        if (Property(step, "evidence") is { ValueKind: JsonValueKind.Array } page)
        {
            evidence = GraphJson.ToEvidence(page);
            count = Property(step, "evidenceCount") is { ValueKind: JsonValueKind.Number } total ? total.GetInt32() : evidence.Count;
        }
        else
        {
            var all = GraphJson.ToEvidence(Property(step, "docs"), Property(step, "lines"), Property(step, "quotes"), Property(step, "bases"), Property(step, "models"));
            (evidence, count) = (window.Apply(all), all.Count);
        }

        return new PathStep(
            GraphJson.String(step, "sourceName") ?? sourceKey,
            type,
            GraphJson.String(step, "targetName") ?? targetKey,
            evidence,
            sourceKey,
            targetKey,
            count);
    }

    private static JsonElement Property(JsonElement map, string name) => map.TryGetProperty(name, out var value) ? value : default;
}
