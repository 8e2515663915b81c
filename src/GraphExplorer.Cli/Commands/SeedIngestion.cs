using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;

namespace GraphExplorer.Cli.Commands;

/// <summary>Fills an empty store from the <c>seeds/</c> folder, so that the README's first command works on a fresh clone.</summary>
internal static class SeedIngestion
{
    /// <summary>The folder looked for, in the current directory and its parents.</summary>
    public const string SeedsFolderName = "seeds";

    public static async Task EnsureNotEmptyAsync(GraphServices services, CliConsole console, CancellationToken cancellationToken)
    {
        var statistics = await services.Store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (statistics.Documents > 0)
        {
            return;
        }

        var seeds = FolderSearch.FindUpwards(Directory.GetCurrentDirectory(), SeedsFolderName)
            ?? throw new CliUsageException(
                $"The store ({services.Location}) is empty and no '{SeedsFolderName}' folder was found here or above: run 'ingest <folder>' first.");
        await console.Error.WriteLineAsync($"The store ({services.Location}) is empty: ingesting {seeds} first.".AsMemory(), cancellationToken).ConfigureAwait(false);
        var summary = await services.IngestAsync(seeds, console.Error, cancellationToken).ConfigureAwait(false);
        await IngestionSummaryWriter.WriteAsync(summary, console.Error, cancellationToken).ConfigureAwait(false);
    }
}
