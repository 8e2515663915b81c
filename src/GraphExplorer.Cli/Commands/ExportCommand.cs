using System.CommandLine;
using System.Text;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Export;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>export --format jsonl|graphml|cypher [--out file]</c>: writes the whole graph.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one JSON object per line), graphml (Gephi, yEd) or cypher (MERGE script for Neo4j).",
            Required = true,
        }.AcceptOnlyFromAmong([.. GraphExportFormats.Names]);
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout." };
        var store = CommonOptions.Store();
        var command = new Command("export", "Export the whole graph.") { format, output, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            GraphExportFormats.TryParse(parseResult.GetRequiredValue(format), out var exportFormat);
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(output) is { } file)
            {
                var temporary = file.FullName + ".partial";
                await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    await services.Exporter.ExportAsync(exportFormat, writer, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temporary, file.FullName, overwrite: true);
                await console.Error.WriteLineAsync($"Wrote {file.FullName}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await services.Exporter.ExportAsync(exportFormat, console.Out, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
