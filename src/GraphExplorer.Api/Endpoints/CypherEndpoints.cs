using System.Diagnostics;
using System.Text.Json;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Api.Cypher.Screening;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Endpoints;

/// <summary>Ad-hoc read-only Cypher, when the service runs on Neo4j.</summary>
public static class CypherEndpoints
{
    /// <summary>The detail of the 409 answered on the embedded store.</summary>
    public const string NoCypherDetail =
        "Ad-hoc Cypher needs the Neo4j store; this service runs on the embedded SQLite store. Use the named traversals (/api/traversals) instead.";

    /// <summary>Maps <c>POST /api/cypher</c>.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapCypherEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cypher").WithTags("Cypher").RequireApiKey();

        api.MapPost("/", RunCypherAsync)
            .WithName("RunCypher")
            .WithSummary("Run an ad-hoc read-only Cypher statement with row and time limits (Neo4j store only; needs the X-Api-Key header)")
            .Accepts<CypherRequest>("application/json");

        return api;
    }

    /// <summary>Checks the request's limits and screens the statement (<see cref="CypherReadOnlyScreen"/>), then runs it read-only.</summary>
    public static async Task<Results<Ok<CypherResult>, ProblemHttpResult>> RunCypherAsync(
        HttpRequest request,
        [FromServices] IReadOnlyCypherRunner? runner,
        IOptions<CypherOptions> options,
        ILogger<CypherRequest> logger,
        CancellationToken cancellationToken)
    {
        if (runner is null)
        {
            logger.CypherRefused("no Cypher runner (embedded store)");
            return TypedResults.Problem(detail: NoCypherDetail, statusCode: StatusCodes.Status409Conflict, title: "Ad-hoc Cypher is not available");
        }

        var limits = options.Value;
        var (body, problem) = await ReadBodyAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            // ReadBodyAsync returns a problem whenever it returns no body.
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Statement))
        {
            return ApiProblems.BadParameter("statement", "Field 'statement' is required: a read-only Cypher statement.");
        }

        if (body.Statement.Length > limits.MaxStatementLength)
        {
            return ApiProblems.BadParameter("statement", $"Field 'statement' is {body.Statement.Length} characters long; at most {limits.MaxStatementLength} are accepted.");
        }

        if (body.MaxRows is < 1 || body.MaxRows > limits.MaxRows)
        {
            return ApiProblems.BadParameter("maxRows", $"Field 'maxRows' must be between 1 and {limits.MaxRows}; got {body.MaxRows}.");
        }

        if (CypherReadOnlyScreen.Screen(body.Statement).Refusal is { } refusal)
        {
            logger.CypherRefused(refusal);
            return ApiProblems.BadParameter("statement", $"Field 'statement' is not read-only Cypher: {refusal}");
        }

        return await RunAsync(runner, body, limits, logger, cancellationToken);
    }

    private static async Task<Results<Ok<CypherResult>, ProblemHttpResult>> RunAsync(
        IReadOnlyCypherRunner runner, CypherRequest body, CypherOptions limits, ILogger logger, CancellationToken cancellationToken)
    {
        var maxRows = body.MaxRows ?? limits.DefaultRows;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            // Statement is checked non-blank by the caller.
            var query = new CypherQuery(body.Statement!, body.Parameters ?? [], maxRows, limits.Timeout);
            var result = await runner.RunAsync(query, timeout.Token);
            if (result.Rows.Count > maxRows)
            {
                result = result with { Rows = result.Rows.Take(maxRows).ToArray(), Truncated = true };
            }

            logger.CypherAnswered(result.Rows.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return TypedResults.Ok(result);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.CypherRefused("time limit");
            return ApiProblems.BadParameter("statement", $"The statement ran longer than the {limits.Timeout.TotalSeconds:0.#} s limit; narrow it (a LIMIT, a label, fewer hops).");
        }
        catch (CypherRejectedException ex)
        {
            return ApiProblems.BadParameter("statement", $"The database refused the statement ({ex.Code}): {ex.Message}");
        }
    }

    private static async Task<(CypherRequest? Body, ProblemHttpResult? Problem)> ReadBodyAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.BadParameter("body", "The body must be JSON (Content-Type: application/json): {\"statement\": \"MATCH …\"}."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var body = JsonSerializer.Deserialize<CypherRequest>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), JsonSerializerOptions.Web);
            return body is null
                ? (null, ApiProblems.BadParameter("body", "The body must be a JSON object: {\"statement\": \"MATCH …\"}."))
                : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadParameter("body", $"The body is not valid JSON for this endpoint: {ex.Message}"));
        }
    }

    private static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem(
            detail: $"The body is larger than {maxBytes} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            extensions: new Dictionary<string, object?> { ["parameter"] = "body" });
}
