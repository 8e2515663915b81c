using System.Diagnostics;
using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Bench.Ingestion;

/// <summary>Measures <see cref="DocumentIngestor.IngestAsync(string, IProgress{IngestionProgress}, CancellationToken)"/> of a folder into a fresh embedded SQLite store.</summary>
/// <param name="extractor">The extractor the ingestor uses.</param>
public sealed class IngestThroughput(IDocumentExtractor extractor)
{
    /// <summary>Ingests <paramref name="folder"/> into a new store file, then deletes the file.</summary>
    /// <param name="folder">The corpus folder.</param>
    /// <param name="bytes">The corpus size in bytes, for the throughput.</param>
    /// <param name="storePath">The store file to create; it must not exist.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="IOException">The store file exists already.</exception>
    public async Task<IngestMeasurement> MeasureAsync(string folder, long bytes, string storePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        if (File.Exists(storePath))
        {
            throw new IOException($"The bench store '{storePath}' exists already; ingestion is measured into a fresh store.");
        }

        var timed = new TimedExtractor(extractor);
        try
        {
            await using var store = new SqliteGraphStore(Options.Create(new SqliteGraphStoreOptions { Path = storePath }));
            var ingestor = new DocumentIngestor(
                store, timed, Options.Create(new IngestionOptions()), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);
            var cpu = ProcessorTime();
            var started = Stopwatch.GetTimestamp();
            var summary = await ingestor.IngestAsync(folder, null, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            return new IngestMeasurement(
                bytes, summary.Ingested, summary.Statistics.Entities, summary.Statistics.Edges, elapsed, timed.Elapsed, ProcessorTime() - cpu);
        }
        finally
        {
            StoreFiles.Delete(storePath);
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
