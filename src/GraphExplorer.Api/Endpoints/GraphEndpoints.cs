using GraphExplorer.Api.Graph;
using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>Nodes and edges for drawing: one entity's neighbourhood, or the whole graph for the market map.</summary>
public static class GraphEndpoints
{
    /// <summary>The neighbourhood depth used when none is given.</summary>
    public const int DefaultDepth = 1;

    /// <summary>The largest neighbourhood depth accepted.</summary>
    public const int MaxDepth = 3;

    /// <summary>Maps <c>GET /api/graph</c>.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapGraphEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/graph").WithTags("Graph");

        api.MapGet("/", GetGraphAsync)
            .WithName("GetGraph")
            .WithSummary("Nodes and edges to draw: within depth hops of an entity, or the whole graph (bounded) without one");

        return api;
    }

    /// <summary>Reads a drawable view.</summary>
    public static async Task<Results<Ok<GraphView>, ProblemHttpResult>> GetGraphAsync(
        string? entity, string? depth, IGraphStore store, GraphViewBuilder views, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryParseOptional(TraversalParameterNames.Depth, depth, out var depthValue, out var problem, 1, MaxDepth))
        {
            return problem;
        }

        if (entity is null)
        {
            return TypedResults.Ok(await views.WholeGraphAsync(cancellationToken));
        }

        var (center, notFound) = await EntityResolution.ResolveAsync(store, TraversalParameterNames.Entity, entity, cancellationToken);
        if (center is null)
        {
            // ResolveAsync returns a problem whenever it returns no entity.
            return notFound!;
        }

        return TypedResults.Ok(await views.NeighbourhoodAsync(center, depthValue ?? DefaultDepth, cancellationToken));
    }
}
