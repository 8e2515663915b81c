using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>query &lt;traversal&gt; [&lt;entity&gt;]</c>: runs a named traversal; every row shows its path and evidence.</summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var traversal = new Argument<string>("traversal") { Description = "The traversal's name (see 'traversals')." };
        var entity = new Argument<string?>("entity") { Description = "The start entity: any name or alias (英伟达 finds NVIDIA).", Arity = ArgumentArity.ZeroOrOne };
        var to = new Option<string?>("--to") { Description = "The other entity, for path-between and evidence." };
        var depth = CommonOptions.WholeNumber("--depth", "How many hops to follow (each traversal has a default and a maximum).");
        var limit = CommonOptions.WholeNumber("--limit", $"The most rows to return (at most {TraversalCatalogue.MaxLimit}); for evidence, the most quotes per relationship.");
        var evidence = CommonOptions.WholeNumber(
            "--evidence",
            $"The quotes each path step shows (default {EvidenceWindow.DefaultLimit}, at most {EvidenceWindow.MaxLimit}); the total is always given.");
        var offset = CommonOptions.WholeNumber("--offset", "For evidence: the first quote to show, from 0.");
        var format = CommonOptions.Format("table", "json");
        var store = CommonOptions.Store();
        var command = new Command("query", "Run a named traversal. An empty store is filled from seeds/ first.")
        {
            traversal, entity, to, depth, limit, evidence, offset, format, store,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new TraversalRequest(
                parseResult.GetRequiredValue(traversal),
                parseResult.GetValue(entity),
                parseResult.GetValue(to),
                parseResult.GetValue(depth),
                parseResult.GetValue(limit),
                parseResult.GetValue(evidence),
                parseResult.GetValue(offset));

            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            await SeedIngestion.EnsureNotEmptyAsync(services, console, cancellationToken).ConfigureAwait(false);

            TraversalResult result;
            try
            {
                result = await services.Traversals.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TraversalException ex)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parseResult.GetValue(format) == "json")
            {
                await console.Out.WriteLineAsync(GraphJson.Serialize(result).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await TraversalResultWriter.WriteAsync(result, console.Out, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
