using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>documents</c>: what is in the store, document by document (source, path, date, hash, entities, edges, lines).</summary>
internal static class DocumentsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = CommonOptions.Format("table", "json");
        var store = CommonOptions.Store();
        var command = new Command("documents", "List the store's documents: source, path, front-matter date, hash, entities, edges and lines.") { format, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            var documents = await services.Store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
            var text = parseResult.GetValue(format) == "json" ? ToJson(documents) : ToTable(documents);
            await console.Out.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The same shape as <c>GET /api/documents</c>: <c>{"documents":[{source, path, hash, date, entities, edges, lines}]}</c>.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IReadOnlyList<DocumentSummary> documents) =>
        new JsonObject
        {
            ["documents"] = new JsonArray([.. documents.Select(d => (JsonNode)new JsonObject
            {
                ["source"] = d.Source,
                ["path"] = d.Path,
                ["hash"] = d.ContentHash,
                ["date"] = d.Date,
                ["entities"] = d.Entities,
                ["edges"] = d.Edges,
                ["lines"] = d.Lines,
            })]),
        }.ToJsonString(GraphJson.Options);

    private static string ToTable(IReadOnlyList<DocumentSummary> documents)
    {
        if (documents.Count == 0)
        {
            return "The store holds no documents: run 'ingest <folder>'.";
        }

        var builder = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{"SOURCE",-16} {"PATH",-40} {"DATE",-16} {"ENTITIES",8} {"EDGES",6} {"LINES",6}  HASH");
        foreach (var d in documents)
        {
            builder.AppendLine(
                CultureInfo.InvariantCulture,
                $"{DocumentNames.ForDisplay(d.Source),-16} {DocumentNames.ForDisplay(d.Path),-40} {d.Date ?? "-",-16} {d.Entities,8} {d.Edges,6} {d.Lines,6}  {d.ContentHash[..Math.Min(12, d.ContentHash.Length)]}");
        }

        var sources = documents.Select(d => d.Source).Distinct(StringComparer.Ordinal).Count();
        return builder.Append(CultureInfo.InvariantCulture, $"{documents.Count} documents from {sources} sources").ToString();
    }
}
