using System.Text;
using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Export;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>The whole graph as JSON Lines, GraphML or a Cypher script: the CLI's <c>export</c>.</summary>
public static class ExportEndpoints
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Maps <c>GET /api/export</c> and <c>GET /api/export/answer</c>.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/export").WithTags("Export");

        api.MapGet("/", Export)
            .WithName("ExportGraph")
            .WithSummary("The whole graph as jsonl (default), graphml or cypher, streamed as a download");

        api.MapGet("/answer", AnswerExportEndpoint.ExportAnswerAsync)
            .WithName("ExportAnswer")
            .WithSummary("One traversal's answer (traversal, entity, to, depth, limit) as json (default), jsonl, graphml or cypher");

        return api;
    }

    /// <summary>Streams the export.</summary>
    public static Results<PushStreamHttpResult, ProblemHttpResult> Export(
        string? format, GraphExporter exporter, ILogger<GraphExporter> logger, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(format) ? GraphExportFormats.Names[0] : format;
        if (!GraphExportFormats.TryParse(name, out var parsed))
        {
            return ApiProblems.BadParameter(
                nameof(format),
                $"Parameter 'format' must be one of {string.Join(", ", GraphExportFormats.Names)}; got '{ApiProblems.Shorten(name)}'.");
        }

        var extension = GraphExportFormats.Names[(int)parsed];
        logger.ExportStarted(extension);
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
                await exporter.ExportAsync(parsed, writer, cancellationToken);
            },
            parsed.ContentType() + "; charset=utf-8",
            "graph." + extension);
    }
}
