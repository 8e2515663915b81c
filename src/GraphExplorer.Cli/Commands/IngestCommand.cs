using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>ingest &lt;folder&gt;</c>: reads every .md/.txt document of a folder into the store, incrementally.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The folder of Markdown (.md/.txt) documents, read recursively." };
        var store = CommonOptions.Store();
        var catalogue = CatalogueOption.Create();
        var extractor = ExtractorOption.Create();
        var source = new Option<string?>("--source")
        {
            Description = "The source (folder) name its documents get; default: the name recorded for this folder, else the folder's name (made unique, e.g. notes-2).",
        };
        var followSymlinks = new Option<bool>("--follow-symlinks")
        {
            Description = "Follow symbolic links that stay inside the folder (cycles are cut); default: links are reported and not read.",
        };
        var command = new Command(
            "ingest",
            "Ingest a folder of documents into its source: new and changed documents are (re)read, the folder's removed ones leave the graph; other folders' documents stay.")
        {
            folder, source, followSymlinks, store, catalogue, extractor,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetRequiredValue(folder);
            if (!directory.Exists)
            {
                throw new CliUsageException($"Argument 'folder': '{directory.FullName}' does not exist or is not a folder.");
            }

            var chosen = CatalogueOption.Resolve(parseResult.GetValue(catalogue));
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken, chosen, ExtractorOption.Parse(parseResult.GetValue(extractor))).ConfigureAwait(false);
            var request = new IngestionRequest(directory.FullName)
            {
                Source = parseResult.GetValue(source),
                FollowSymlinks = parseResult.GetValue(followSymlinks),
            };
            if (request.Source is { } name && SourceNames.Validate(name) is { } problem)
            {
                throw new CliUsageException($"Option '--source': '{DocumentNames.ForDisplay(name)}': {problem}.");
            }

            var summary = await services.IngestAsync(request, console.Error, cancellationToken).ConfigureAwait(false);
            await IngestionSummaryWriter.WriteAsync(summary, console.Out, cancellationToken).ConfigureAwait(false);
            await LlmReportWriter.WriteAsync(services.LlmReport, console.Out, cancellationToken).ConfigureAwait(false);
            return summary.Skipped.Count > 0 ? ExitCodes.DocumentsSkipped : ExitCodes.Success;
        });
        return command;
    }
}
