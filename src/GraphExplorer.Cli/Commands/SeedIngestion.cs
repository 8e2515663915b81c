using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Cli.Commands;

/// <summary>Fills an empty store from the <c>seeds/</c> folder, so that the README's first command works on a fresh clone.</summary>
internal static class SeedIngestion
{
    /// <summary>The folder looked for, in the current directory and its parents.</summary>
    public const string SeedsFolderName = "seeds";

    /// <summary>
    /// Ingests <c>seeds/</c> into a store that has never been written; a store written before (even if emptied since)
    /// or being written by another ingestion right now is left alone. The decision is taken under the store's writer
    /// lock (<see cref="DocumentIngestor.IngestIntoNewStoreAsync"/>), so it cannot race an ingestion that starts.
    /// </summary>
    /// <param name="services">The command's services.</param>
    /// <param name="console">Where the notice and the summary go (stderr).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    public static async Task EnsureNotEmptyAsync(GraphServices services, CliConsole console, CancellationToken cancellationToken)
    {
        if (await services.Store.HasBeenWrittenAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var seeds = FolderSearch.FindUpwards(Directory.GetCurrentDirectory(), SeedsFolderName)
            ?? throw new CliUsageException(
                $"The store ({services.Location}) is empty and no '{SeedsFolderName}' folder was found here or above: run 'ingest <folder>' first.");
        var summary = await services.Ingestor
            .IngestIntoNewStoreAsync(new IngestionRequest(seeds), new ProgressLineWriter(console.Error), cancellationToken)
            .ConfigureAwait(false);
        if (summary is not null)
        {
            await console.Error.WriteLineAsync($"The store ({services.Location}) was new: ingested {seeds} into it first.".AsMemory(), cancellationToken).ConfigureAwait(false);
            await IngestionSummaryWriter.WriteAsync(summary, console.Error, cancellationToken).ConfigureAwait(false);
        }
    }
}
