using System.Text.Json;
using GraphExplorer.Api.Answers;
using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>The named traversals: the catalogue and running one, with the CLI's <c>query --format json</c> body.</summary>
public static class TraversalEndpoints
{
    /// <summary>Maps <c>GET /api/traversals</c> and <c>GET /api/traversals/{name}</c>.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapTraversalEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/traversals").WithTags("Traversals");

        api.MapGet("/", ListTraversals)
            .WithName("ListTraversals")
            .WithSummary("The catalogue of named traversals with their parameters");

        api.MapGet("/{name}", RunTraversalAsync)
            .WithName("RunTraversal")
            .WithSummary("Run a named traversal: one row per answer, each with its path and evidence")
            .Produces<TraversalResult>(StatusCodes.Status200OK);

        return api;
    }

    /// <summary>Lists the catalogue.</summary>
    public static Ok<IReadOnlyList<TraversalInfo>> ListTraversals(TraversalCatalogue catalogue) =>
        TypedResults.Ok<IReadOnlyList<TraversalInfo>>(catalogue.All
            .Select(t => new TraversalInfo(
                t.Name,
                t.Description,
                t.DefaultDepth,
                t.MaxDepth,
                t.Parameters.Select(p => new TraversalParameterInfo(p.Name, p.Description, p.Required, p.DefaultValue)).ToArray()))
            .ToArray());

    /// <summary>
    /// Runs a traversal; the body is serialized with <see cref="GraphJson"/>, byte for byte the CLI's JSON. On an engine
    /// that ties answers to a store version, the bytes are kept per (version, request) and sent again with an <c>ETag</c>
    /// (<c>304</c> for a matching <c>If-None-Match</c>) until the version moves.
    /// </summary>
    public static async Task<Results<JsonHttpResult<TraversalResult>, CachedAnswerResult, ProblemHttpResult>> RunTraversalAsync(
        string name,
        string? entity,
        string? to,
        string? depth,
        string? limit,
        string? evidence,
        string? offset,
        [AsParameters] TraversalServices services,
        CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryParseOptional(TraversalParameterNames.Depth, depth, out var depthValue, out var problem)
            || !ApiProblems.TryParseOptional(TraversalParameterNames.Limit, limit, out var limitValue, out problem)
            || !ApiProblems.TryParseOptional(TraversalParameterNames.Evidence, evidence, out var evidenceValue, out problem)
            || !ApiProblems.TryParseOptional(TraversalParameterNames.Offset, offset, out var offsetValue, out problem))
        {
            return problem;
        }

        try
        {
            var version = services.Answers.Enabled && services.Traversals is IVersionedTraversalService versioned
                ? await versioned.GetAnswerVersionAsync(cancellationToken)
                : null;
            AnswerKey key = default;
            if (version is { } current)
            {
                key = new AnswerKey(current, name, entity, to, depthValue, limitValue, evidenceValue, offsetValue);
                if (services.Answers.TryGet(key, out var kept))
                {
                    return new CachedAnswerResult(kept);
                }
            }

            var result = await services.Traversals.ExecuteAsync(new TraversalRequest(name, entity, to, depthValue, limitValue, evidenceValue, offsetValue), cancellationToken);
            services.Logger.TraversalAnswered(result.Traversal, result.Parameters.Entity, result.Rows.Count);
            return version is null
                ? TypedResults.Json(result, GraphJson.TypeInfo<TraversalResult>())
                : new CachedAnswerResult(services.Answers.Add(key, JsonSerializer.SerializeToUtf8Bytes(result, GraphJson.TypeInfo<TraversalResult>())));
        }
        catch (TraversalException ex)
        {
            return ApiProblems.FromTraversal(ex);
        }
    }
}
