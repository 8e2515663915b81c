using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>curate list</c> and <c>curate undo &lt;id&gt;</c>, and how a decision reads on one line.</summary>
internal static class CurationListing
{
    public static Command List(CliConsole console)
    {
        var (format, store) = (CommonOptions.Format("text", "json"), CommonOptions.Store());
        var command = new Command("list", "List the decisions in the order they apply, with those that do not apply now and why.") { format, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            var entries = await services.Curation.ListAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await console.Out.WriteLineAsync(GraphJson.Serialize(entries).AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var entry in entries)
            {
                var decision = entry.Decision;
                var line = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{decision.Id}  {decision.At:yyyy-MM-dd HH:mm}Z  {decision.Analyst}  {Describe(decision)}{(entry.Problem is null ? string.Empty : $"  [not applied: {entry.Problem}]")}");
                await console.Out.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            if (entries.Count == 0)
            {
                await console.Out.WriteLineAsync("No curation decisions.".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Undo(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The decision's id, as 'curate list' shows it." };
        var store = CommonOptions.Store();
        var command = new Command("undo", "Undo a decision: the graph shows again what extraction and the other decisions say.") { id, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var which = parseResult.GetRequiredValue(id);
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            if (!await services.Curation.UndoAsync(which, cancellationToken).ConfigureAwait(false))
            {
                throw new CliUsageException($"id: no decision '{which}' in the store; run 'curate list' to see them.");
            }

            await console.Out.WriteLineAsync($"Undid {which}.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One decision in words, e.g. <c>merge microsoft-azure into azure</c>.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The description.</returns>
    public static string Describe(CurationDecision decision)
    {
        var what = decision.Kind switch
        {
            CurationKind.Merge => $"merge {decision.Other?.Value} into {decision.Entity.Value}",
            CurationKind.Rename => $"rename {decision.Entity.Value} to '{decision.Value}'",
            CurationKind.Retype => $"retype {decision.Entity.Value} as {decision.Value}",
            CurationKind.AddAlias => $"alias {decision.Entity.Value} += '{decision.Value}'",
            CurationKind.RemoveAlias => $"alias {decision.Entity.Value} -= '{decision.Value}'",
            CurationKind.Split => $"split '{decision.Value}' off {decision.Entity.Value} as {decision.Other?.Value}",
            CurationKind.DismissDuplicate => $"not duplicates: {decision.Entity.Value}, {decision.Other?.Value}",
            _ => $"{decision.Kind.ToWireName()} {decision.Entity.Value} {decision.Type?.ToWireName()} {decision.Other?.Value}",
        };
        return decision.Note is null ? what : $"{what} ({decision.Note})";
    }
}
