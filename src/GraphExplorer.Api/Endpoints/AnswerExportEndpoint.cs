using System.Text;
using System.Text.Json;
using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Export;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>
/// One traversal's answer as a download: the traversal's JSON, or the edges on its rows' paths (with all their
/// evidence) and their entities as JSON Lines, GraphML or a Cypher script, the formats of the whole-graph export.
/// </summary>
public static class AnswerExportEndpoint
{
    /// <summary>The format that downloads the traversal's own JSON body.</summary>
    public const string JsonFormat = "json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the traversal and streams its answer in <paramref name="format"/>.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportAnswerAsync(
        string? traversal,
        string? entity,
        string? to,
        string? depth,
        string? limit,
        string? format,
        [AsParameters] TraversalServices services,
        GraphExporter exporter,
        CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(format) ? JsonFormat : format.Trim();
        var isJson = string.Equals(name, JsonFormat, StringComparison.OrdinalIgnoreCase);
        if (!isJson && !GraphExportFormats.TryParse(name, out _))
        {
            return ApiProblems.BadParameter(
                nameof(format),
                $"Parameter 'format' must be one of {JsonFormat}, {string.Join(", ", GraphExportFormats.Names)}; got '{ApiProblems.Shorten(name)}'.");
        }

        if (string.IsNullOrWhiteSpace(traversal))
        {
            return ApiProblems.BadParameter(nameof(traversal), "Parameter 'traversal' is required: the name of the traversal whose answer to export.");
        }

        if (!ApiProblems.TryParseOptional(TraversalParameterNames.Depth, depth, out var depthValue, out var problem)
            || !ApiProblems.TryParseOptional(TraversalParameterNames.Limit, limit, out var limitValue, out problem))
        {
            return problem;
        }

        TraversalResult result;
        try
        {
            result = await services.Traversals.ExecuteAsync(new TraversalRequest(traversal, entity, to, depthValue, limitValue), cancellationToken);
        }
        catch (TraversalException ex)
        {
            return ApiProblems.FromTraversal(ex);
        }

        var fileName = result.Traversal + (result.Parameters.Entity is { } start ? "-" + start : string.Empty);
        if (isJson)
        {
            return TypedResults.Stream(
                body => JsonSerializer.SerializeAsync(body, result, GraphJson.TypeInfo<TraversalResult>(), cancellationToken),
                "application/json; charset=utf-8",
                fileName + ".json");
        }

        GraphExportFormats.TryParse(name, out var parsed);
        var edges = result.Rows
            .SelectMany(r => r.Path)
            .Select(ToEdge)
            .OfType<GraphEdge>()
            .ToArray();
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
                await exporter.ExportEdgesAsync(parsed, edges, writer, cancellationToken);
            },
            parsed.ContentType() + "; charset=utf-8",
            fileName + "." + GraphExportFormats.Names[(int)parsed]);
    }

    private static GraphEdge? ToEdge(PathStep step) =>
        RelationshipTypes.TryParse(step.Type, out var type)
            ? new GraphEdge(new EntityKey(step.SourceKey), type, new EntityKey(step.TargetKey))
            : null;
}
