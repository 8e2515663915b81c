using System.Text;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>Suggested duplicates, and the decisions as a JSON Lines file: <c>curate duplicates</c>, <c>curation export|import</c> over HTTP.</summary>
public static class CurationTransferEndpoints
{
    /// <summary>The largest import accepted, in bytes.</summary>
    public const int MaxImportBytes = 8 * 1024 * 1024;

    /// <summary>The most duplicate pairs one request may ask for.</summary>
    public const int MaxDuplicates = 500;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Maps <c>GET /duplicates</c>, <c>GET /export</c> and <c>POST /import</c> under the curation group.</summary>
    /// <param name="api">The <c>/api/curation</c> group.</param>
    public static void MapCurationTransferEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/duplicates", DuplicatesAsync).WithName("CurationDuplicates")
            .WithSummary("Entity pairs that may be one entity, likeliest first, with score and reasons (limit, default 20); accept with a merge, dismiss with dismiss-duplicate");
        api.MapGet("/export", Export).WithName("ExportCuration").WithSummary("Every decision as JSON Lines, in the order they apply");
        api.MapPost("/import", ImportAsync).WithName("ImportCuration")
            .WithSummary("Store the decisions of a JSON Lines body, keeping their ids (importing twice changes nothing; needs X-Api-Key when a key is configured)")
            .Accepts<string>("application/x-ndjson", "application/jsonl", "text/plain").RequireApiKeyIfConfigured();
    }

    /// <summary>The suggestions.</summary>
    public static async Task<Results<Ok<IReadOnlyList<DuplicateSuggestion>>, ProblemHttpResult>> DuplicatesAsync(
        string? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryParseOptional(nameof(limit), limit, out var count, out var problem, 1, MaxDuplicates))
        {
            return problem;
        }

        if (Curated(store) is not { } curated)
        {
            return CurationEndpoints.NotKept();
        }

        return TypedResults.Ok(await new DuplicateFinder(curated).SuggestAsync(count ?? 20, cancellationToken));
    }

    /// <summary>Streams the decisions as JSON Lines.</summary>
    public static Results<PushStreamHttpResult, ProblemHttpResult> Export(IGraphStore store, TimeProvider time, CancellationToken cancellationToken) =>
        CurationEndpoints.Service(store, time) is { } service
            ? TypedResults.Stream(
                async body =>
                {
                    await using var writer = new StreamWriter(body, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
                    await service.ExportAsync(writer, cancellationToken);
                },
                "application/x-ndjson; charset=utf-8",
                "curation.jsonl")
            : CurationEndpoints.NotKept();

    /// <summary>Imports a JSON Lines body: 200 with the report; 400 when the body is too large, not text, or holds no decision at all.</summary>
    public static async Task<Results<Ok<CurationImportReport>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, IGraphStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (CurationEndpoints.Service(store, time) is not { } service)
        {
            return CurationEndpoints.NotKept();
        }

        if (request.ContentLength > MaxImportBytes)
        {
            return ApiProblems.BadParameter("body", $"The body is larger than {MaxImportBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
            {
                return ApiProblems.BadParameter("body", $"The body is larger than {MaxImportBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return ApiProblems.BadParameter("body", "The body is not UTF-8 text: send the JSON Lines file 'curation export' wrote.");
        }

        using var reader = new StringReader(text);
        var report = await service.ImportAsync(reader, cancellationToken);
        return report is { Added: 0, Unchanged: 0 } && (report.Rejected.Count > 0 || text.Trim().Length == 0)
            ? ApiProblems.BadParameter("body", report.Rejected.Count == 0
                ? "The body holds no decisions: send one JSON object per line, as 'curation export' writes."
                : $"No line is a curation decision; {report.Rejected[0][..Math.Min(200, report.Rejected[0].Length)]}")
            : TypedResults.Ok(report);
    }

    private static CuratedGraphStore? Curated(IGraphStore store) => store switch
    {
        CuratedGraphStore curated => curated,
        ICurationStore curation => new CuratedGraphStore(store, curation),
        _ => null,
    };
}
