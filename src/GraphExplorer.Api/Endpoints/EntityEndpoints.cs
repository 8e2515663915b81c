using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>Entity search (names and aliases, Chinese or English) and one entity with its neighbours.</summary>
public static class EntityEndpoints
{
    /// <summary>Matches a search returns when no limit is given.</summary>
    public const int DefaultSearchLimit = 10;

    /// <summary>The most matches a search returns.</summary>
    public const int MaxSearchLimit = 50;

    /// <summary>The most edges listed for one entity.</summary>
    public const int MaxRelationships = 500;

    /// <summary>Maps <c>GET /api/entities</c> and <c>GET /api/entities/{key}</c>.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Entities");

        api.MapGet("/", SearchEntitiesAsync)
            .WithName("SearchEntities")
            .WithSummary("Search entities by name or alias (prefix, substring, closest spelling), Chinese or English");

        api.MapGet("/{key}", GetEntityAsync)
            .WithName("GetEntity")
            .WithSummary("One entity (by key, name or alias) with its aliases, layer, category, neighbours and evidence");

        return api;
    }

    /// <summary>Searches names and aliases.</summary>
    public static async Task<Results<Ok<EntitySearchResult>, ProblemHttpResult>> SearchEntitiesAsync(
        string? search, string? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryCheckText(nameof(search), search, out var problem)
            || !ApiProblems.TryParseOptional(nameof(limit), limit, out var limitValue, out problem, 1, MaxSearchLimit))
        {
            return problem;
        }

        var matches = await store.SearchEntitiesAsync(search, limitValue ?? DefaultSearchLimit, cancellationToken);
        return TypedResults.Ok(new EntitySearchResult(search, matches.Select(EntityMatch.From).ToArray()));
    }

    /// <summary>Gets one entity with its edges; an unknown one is a 404 with suggestions.</summary>
    public static async Task<Results<Ok<EntityDetails>, ProblemHttpResult>> GetEntityAsync(
        string key, IGraphStore store, CancellationToken cancellationToken)
    {
        var (entity, problem) = await EntityResolution.ResolveAsync(store, nameof(key), key, cancellationToken);
        if (entity is null)
        {
            // ResolveAsync returns a problem whenever it returns no entity.
            return problem!;
        }

        var edges = await store.GetEdgesAsync([entity.Key], EdgeDirection.Both, RelationshipTypes.All, cancellationToken);
        var distinct = edges.Distinct().ToArray();
        var kept = distinct.Take(MaxRelationships).ToArray();
        var relationships = await store.GetRelationshipsAsync(kept, cancellationToken);
        var others = await store.GetEntitiesAsync(kept.Select(e => e.Other(entity.Key)).Distinct().ToArray(), cancellationToken);

        var relations = relationships
            .Select(r => new EntityRelation(
                r.Type.ToWireName(),
                r.Source == entity.Key ? "outgoing" : "incoming",
                Reference(r.Edge.Other(entity.Key), others),
                EvidenceWindow.Default.Apply(r.Evidence),
                r.Evidence.Count))
            .OrderBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Other.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return TypedResults.Ok(new EntityDetails(
            entity.Key.Value, entity.Name, entity.Type, entity.Aliases, entity.Layer, entity.Category, relations, distinct.Length > kept.Length));
    }

    private static EntityRef Reference(EntityKey key, IReadOnlyDictionary<EntityKey, Entity> entities) =>
        entities.TryGetValue(key, out var e) ? new EntityRef(key.Value, e.Name, e.Type) : new EntityRef(key.Value, key.Value, EntityType.Company);
}
