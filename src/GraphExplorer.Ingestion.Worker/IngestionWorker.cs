using GraphExplorer.Ingestion.Documents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Worker;

/// <summary>Runs one ingestion of the configured folder, logging progress and the summary, then stops the application.</summary>
/// <param name="ingestor">The ingestor.</param>
/// <param name="options">The folder to ingest.</param>
/// <param name="run">Where the outcome goes, for the exit code.</param>
/// <param name="lifetime">Stopped when the run ends.</param>
/// <param name="logger">The logger.</param>
internal sealed class IngestionWorker(
    DocumentIngestor ingestor,
    IOptions<IngestionOptions> options,
    IngestionRun run,
    IHostApplicationLifetime lifetime,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Validated on start: the folder is set and exists.
        var folder = options.Value.Folder ?? string.Empty;
        var request = new IngestionRequest(folder) { Source = options.Value.Source, FollowSymlinks = options.Value.FollowSymlinks };
        try
        {
            var progress = new LogProgress(logger);
            run.Complete(await ingestor.IngestAsync(request, progress, stoppingToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.IngestionFailed(folder, ex);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    /// <summary>Logs each document as it starts, synchronously (so lines stay in order).</summary>
    private sealed class LogProgress(ILogger logger) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => logger.DocumentProgress(value.Index, value.Total, DocumentNames.ForDisplay(value.Document));
    }
}
