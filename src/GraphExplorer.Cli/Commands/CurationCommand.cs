using System.CommandLine;
using System.Text;
using GraphExplorer.Cli.Hosting;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>curation export &lt;file&gt;</c> and <c>curation import &lt;file&gt;</c>: the decisions as JSON Lines, to keep in git next
/// to the notes and apply to a fresh store. Importing twice changes nothing; a decision whose entity is not in the
/// store is stored anyway and reported.
/// </summary>
internal static class CurationCommand
{
    public static Command Create(CliConsole console) => new("curation", "Export or import the curation decisions as JSON Lines.")
    {
        Export(console),
        Import(console),
    };

    private static Command Export(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The JSON Lines file to write ('-' for stdout)." };
        var store = CommonOptions.Store();
        var command = new Command("export", "Write every decision, one JSON object per line.") { file, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            if (path == "-")
            {
                await services.Curation.ExportAsync(console.Out, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            var count = await services.Curation.ExportAsync(writer, cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"Exported {count} decisions to {path}.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The JSON Lines file 'curation export' wrote." };
        var store = CommonOptions.Store();
        var command = new Command("import", "Store the decisions of a file (ids kept: importing twice changes nothing).") { file, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                throw new CliUsageException($"file: '{path}' does not exist.");
            }

            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(path, Encoding.UTF8);
            var report = await services.Curation.ImportAsync(reader, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(
                $"Imported {path}: {report.Added} added, {report.Unchanged} already there, {report.Unresolved.Count} not applied now, {report.Rejected.Count} bad lines."
                    .AsMemory(),
                cancellationToken).ConfigureAwait(false);
            foreach (var entry in report.Unresolved)
            {
                await console.Error.WriteLineAsync($"not applied: {entry.Decision.Id} {CurationListing.Describe(entry.Decision)}: {entry.Problem}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            foreach (var line in report.Rejected)
            {
                await console.Error.WriteLineAsync($"skipped {line}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return report.Rejected.Count > 0 ? ExitCodes.Usage : ExitCodes.Success;
        });
        return command;
    }
}
