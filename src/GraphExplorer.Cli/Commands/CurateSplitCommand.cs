using System.CommandLine;
using GraphExplorer.Cli.Hosting;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>curate split &lt;entity&gt; &lt;alias&gt; [--type T]</c>: an alias becomes an entity of its own, taking the evidence that names the entity only by it.</summary>
internal static class CurateSplitCommand
{
    public static Command Create(CliConsole console, Func<Option<string>> analystOption)
    {
        var entity = new Argument<string>("entity") { Description = "The entity to split (name, alias or key)." };
        var alias = new Argument<string>("alias") { Description = "The alias that becomes an entity of its own." };
        var type = new Option<string?>("--type") { Description = "The new entity's type (Company, Model, Product); default the entity's." };
        var note = new Option<string?>("--note") { Description = "Why." };
        var (analyst, store) = (analystOption(), CommonOptions.Store());
        var command = new Command(
            "split",
            "Split an alias off an entity into its own; edges whose evidence quote names the entity only by that alias move with it.")
        {
            entity, alias, type, note, analyst, store,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            var decisions = await services.Curation.SplitAsync(
                parseResult.GetRequiredValue(entity), parseResult.GetRequiredValue(alias), parseResult.GetValue(type),
                parseResult.GetRequiredValue(analyst), parseResult.GetValue(note), cancellationToken).ConfigureAwait(false);
            foreach (var decision in decisions)
            {
                await console.Out.WriteLineAsync($"Recorded {decision.Id}: {CurationListing.Describe(decision)}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
