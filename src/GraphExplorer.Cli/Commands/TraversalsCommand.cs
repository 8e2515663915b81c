using System.CommandLine;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>traversals</c>: lists the catalogue of named traversals with their parameters.</summary>
internal static class TraversalsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = CommonOptions.Format("table", "json");
        var command = new Command("traversals", "List the named traversals, their parameters and what each answers.") { format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var catalogue = new TraversalCatalogue();
            if (parseResult.GetValue(format) == "json")
            {
                await console.Out.WriteLineAsync(GraphJson.Serialize(catalogue.All).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await TraversalCatalogueWriter.WriteAsync(catalogue, console.Out, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
