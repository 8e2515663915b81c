using System.Text.Json;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>The analysts' decisions: list, add, undo. Writes need the API key when one is configured.</summary>
public static class CurationEndpoints
{
    /// <summary>The largest request body accepted, in bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Maps <c>GET</c>/<c>POST /api/curation</c>, <c>DELETE /api/curation/{id}</c>, duplicates, export and import.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapCurationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/curation").WithTags("Curation");
        api.MapGet("/", ListAsync).WithName("ListCuration").WithSummary("The curation decisions in the order they apply, each saying whether it applies now");
        api.MapPost("/", AddAsync).WithName("AddCuration").WithSummary("Record a curation decision (needs X-Api-Key when a key is configured)")
            .Accepts<CurationRequestBody>("application/json").RequireApiKeyIfConfigured();
        api.MapDelete("/{id}", UndoAsync).WithName("UndoCuration").WithSummary("Undo a curation decision (needs X-Api-Key when a key is configured)")
            .RequireApiKeyIfConfigured();
        api.MapCurationTransferEndpoints();
        api.MapCurationMarksEndpoint();
        return api;
    }

    /// <summary>Lists the decisions.</summary>
    public static async Task<Results<Ok<IReadOnlyList<CurationEntry>>, ProblemHttpResult>> ListAsync(IGraphStore store, TimeProvider time, CancellationToken cancellationToken) =>
        Service(store, time) is { } service
            ? TypedResults.Ok(await service.ListAsync(cancellationToken))
            : NotKept();

    /// <summary>Records a decision: 201 with it, 400 naming the field at fault.</summary>
    public static async Task<Results<Created<CurationDecision>, ProblemHttpResult>> AddAsync(
        HttpRequest request, IGraphStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Service(store, time) is not { } service)
        {
            return NotKept();
        }

        var (body, problem) = await ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return problem ?? ApiProblems.BadParameter("body", "The body must be a JSON object.");
        }

        if (!CurationKinds.TryParse(body.Kind, out var kind))
        {
            return ApiProblems.BadParameter("kind", $"Field 'kind' must be one of {string.Join(", ", Enum.GetValues<CurationKind>().Select(k => k.ToWireName()))}.");
        }

        RelationshipType? type = null;
        if (kind.IsEdgeKind())
        {
            if (!RelationshipTypes.TryParse(body.Type, out var parsed))
            {
                return ApiProblems.BadParameter("type", $"Field 'type' must be one of {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))}.");
            }

            type = parsed;
        }

        foreach (var (field, text) in new[] { ("entity", body.Entity), ("other", body.Other), ("value", body.Value), ("analyst", body.Analyst), ("note", body.Note), ("newType", body.NewType) })
        {
            if (text?.Length > CurationDecision.MaxTextLength)
            {
                return ApiProblems.BadParameter(field, $"Field '{field}' is {text.Length} characters long; at most {CurationDecision.MaxTextLength} are accepted.");
            }
        }

        try
        {
            var analyst = string.IsNullOrWhiteSpace(body.Analyst) ? "api" : body.Analyst;
            if (kind is CurationKind.Split)
            {
                var split = (await service.SplitAsync(body.Entity ?? string.Empty, body.Value ?? string.Empty, body.NewType, analyst, body.Note, cancellationToken))[0];
                return TypedResults.Created($"/api/curation/{split.Id}", split);
            }

            var decision = await service.DecideAsync(
                new CurationRequest(kind, body.Entity ?? string.Empty, body.Other, type, body.Value, string.IsNullOrWhiteSpace(body.Analyst) ? "api" : body.Analyst, body.Note),
                cancellationToken);
            return TypedResults.Created($"/api/curation/{decision.Id}", decision);
        }
        catch (CurationException ex)
        {
            return ApiProblems.BadParameter(ex.Parameter, ex.Message);
        }
    }

    /// <summary>Undoes a decision: 204, or 404 when there is none with that id.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> UndoAsync(string id, IGraphStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Service(store, time) is not { } service)
        {
            return NotKept();
        }

        if (id.Length > 64)
        {
            return ApiProblems.BadParameter("id", "Parameter 'id' is at most 64 characters.");
        }

        return await service.UndoAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(
                detail: $"There is no curation decision '{ApiProblems.Shorten(id)}'; GET /api/curation lists them.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown decision",
                extensions: new Dictionary<string, object?> { ["parameter"] = "id" });
    }

    internal static CurationService? Service(IGraphStore store, TimeProvider time) => store switch
    {
        CuratedGraphStore curated => new CurationService(curated, time),
        ICurationStore curation => new CurationService(new CuratedGraphStore(store, curation), time),
        _ => null,
    };

    internal static ProblemHttpResult NotKept() =>
        TypedResults.Problem(detail: "This service's store keeps no curation decisions.", statusCode: StatusCodes.Status409Conflict, title: "Curation is not available");

    private static async Task<(CurationRequestBody? Body, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.BadParameter("body", "The body must be JSON (Content-Type: application/json): {\"kind\": \"merge\", \"entity\": \"Azure\", \"other\": \"Microsoft Azure\"}."));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, ApiProblems.BadParameter("body", $"The body is larger than {MaxBodyBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, ApiProblems.BadParameter("body", $"The body is larger than {MaxBodyBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (JsonSerializer.Deserialize<CurationRequestBody>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), JsonSerializerOptions.Web), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadParameter("body", $"The body is not a curation request: {ex.Message.Split('.')[0]}."));
        }
    }
}
