using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>The documents behind the evidence: the list of what the store holds, and each document's text.</summary>
public static class DocumentEndpoints
{
    /// <summary>Maps <c>GET /api/documents</c> and <c>GET /api/documents/{source}/{**path}</c>.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");

        api.MapGet("/", ListDocumentsAsync)
            .WithName("ListDocuments")
            .WithSummary("The store's documents: source, path, hash, front-matter date, entities, edges and lines of each");

        api.MapGet("/{source}/{**path}", GetDocumentAsync)
            .WithName("GetDocument")
            .WithSummary("A document's text as ingested, line by line (all of it, or lines from..to), to read evidence in context");

        return api;
    }

    /// <summary>Lists the documents.</summary>
    public static async Task<Ok<DocumentList>> ListDocumentsAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var documents = await store.ListDocumentsAsync(cancellationToken);
        return TypedResults.Ok(new DocumentList(
            [.. documents.Select(d => new DocumentListItem(d.Source, d.Path, d.ContentHash, d.Date, d.Entities, d.Edges, d.Lines))]));
    }

    /// <summary>Gets a document's lines; an unknown document is a 404, bad bounds a 400 naming the parameter.</summary>
    public static async Task<Results<Ok<DocumentContent>, ProblemHttpResult>> GetDocumentAsync(
        string source, string path, string? from, string? to, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryCheckText(nameof(source), source, out var problem)
            || !ApiProblems.TryParseOptional(nameof(from), from, out var fromValue, out problem, 1)
            || !ApiProblems.TryParseOptional(nameof(to), to, out var toValue, out problem, 1))
        {
            return problem;
        }

        if (fromValue is { } f && toValue is { } t && t < f)
        {
            return ApiProblems.BadParameter(nameof(to), $"Parameter 'to' ({t}) must not be below 'from' ({f}).");
        }

        var text = string.IsNullOrWhiteSpace(path) ? null : await store.GetDocumentTextAsync(source, path, cancellationToken);
        if (text is null)
        {
            return TypedResults.Problem(
                detail: $"The store holds no document '{ApiProblems.Shorten(path ?? string.Empty)}' in source '{ApiProblems.Shorten(source)}' (or kept no text for it): GET /api/documents lists them.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown document",
                extensions: new Dictionary<string, object?> { ["parameter"] = nameof(path), ["source"] = source, ["path"] = path });
        }

        var lines = DocumentText.SplitLines(text.Text);
        var first = fromValue ?? 1;
        if (first > lines.Count)
        {
            return ApiProblems.BadParameter(nameof(from), $"Parameter 'from' ({first}) is past the document's last line ({lines.Count}).");
        }

        var last = Math.Min(toValue ?? lines.Count, lines.Count);
        return TypedResults.Ok(new DocumentContent(
            text.Source,
            text.Path,
            text.ContentHash,
            text.Date,
            lines.Count,
            [.. Enumerable.Range(first, last - first + 1).Select(n => new DocumentLine(n, lines[n - 1]))]));
    }
}
