using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;

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
        var command = new Command("ingest", "Ingest a folder of documents: new and changed documents are (re)read, removed ones leave the graph.")
        {
            folder, store, catalogue, extractor,
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
            var summary = await services.IngestAsync(directory.FullName, console.Error, cancellationToken).ConfigureAwait(false);
            await IngestionSummaryWriter.WriteAsync(summary, console.Out, cancellationToken).ConfigureAwait(false);
            await LlmReportWriter.WriteAsync(services.LlmReport, console.Out, cancellationToken).ConfigureAwait(false);
            return summary.Skipped.Count > 0 ? ExitCodes.DocumentsSkipped : ExitCodes.Success;
        });
        return command;
    }
}
