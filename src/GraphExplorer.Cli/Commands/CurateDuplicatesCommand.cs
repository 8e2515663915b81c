using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>curate duplicates [--limit N]</c>: the likeliest duplicate pairs, each with a score and why; accept one with <c>curate merge</c>, dismiss it with <c>curate dismiss</c>.</summary>
internal static class CurateDuplicatesCommand
{
    /// <summary>The most pairs listed when --limit is not given.</summary>
    public const int DefaultLimit = 20;

    /// <summary>The most pairs --limit may ask for.</summary>
    public const int MaxLimit = 1000;

    public static Command Create(CliConsole console)
    {
        var limit = CommonOptions.WholeNumber("--limit", $"The most pairs to list (1 to {MaxLimit}, default {DefaultLimit}).");
        var (format, store) = (CommonOptions.Format("text", "json"), CommonOptions.Store());
        var command = new Command(
            "duplicates",
            "List entity pairs that may be one entity, likeliest first, with why; accept with 'curate merge <a> <b>', dismiss with 'curate dismiss <a> <b>'.")
        {
            limit, format, store,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(limit) ?? DefaultLimit;
            if (count is < 1 or > MaxLimit)
            {
                throw new CliUsageException($"--limit must be 1 to {MaxLimit}; got {count}.");
            }

            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            var suggestions = await services.Duplicates.SuggestAsync(count, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await console.Out.WriteLineAsync(GraphJson.Serialize(suggestions).AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var s in suggestions)
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"{s.Score:0.00}  {s.Name} ({s.Entity.Value}) <- {s.OtherName} ({s.Other.Value})  {string.Join("; ", s.Reasons)}");
                await console.Out.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            if (suggestions.Count == 0)
            {
                await console.Out.WriteLineAsync("No possible duplicates.".AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
