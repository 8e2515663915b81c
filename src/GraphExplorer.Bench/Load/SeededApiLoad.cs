using GraphExplorer.Api.Hosting;
using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Bench.Load;

/// <summary>
/// The service under load, as <c>serve</c> runs it: the seeds ingested into a fresh SQLite store, the API on a free
/// loopback port with request logging off, then an <see cref="ApiLoadRun"/> against it. The store is deleted after.
/// </summary>
/// <param name="extractor">The extractor that ingests the seeds.</param>
public sealed class SeededApiLoad(IDocumentExtractor extractor)
{
    /// <summary>Ingests <paramref name="seedsFolder"/>, serves it and runs <paramref name="run"/> against <paramref name="path"/>.</summary>
    /// <param name="seedsFolder">The seed documents.</param>
    /// <param name="storePath">The store file to create; it must not exist.</param>
    /// <param name="run">The load to apply.</param>
    /// <param name="path">The request path and query.</param>
    /// <param name="progress">Told what is being done; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>What the run measured.</returns>
    /// <exception cref="IOException">The store file exists already.</exception>
    public async Task<LoadRunReport> RunAsync(
        string seedsFolder, string storePath, ApiLoadRun run, string path, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        ArgumentNullException.ThrowIfNull(run);
        if (File.Exists(storePath))
        {
            throw new IOException($"The bench store '{storePath}' exists already; the load run serves a fresh store.");
        }

        try
        {
            await using (var store = new SqliteGraphStore(Options.Create(new SqliteGraphStoreOptions { Path = storePath })))
            {
                var ingestor = new DocumentIngestor(
                    store, extractor, Options.Create(new IngestionOptions()), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);
                await ingestor.IngestAsync(seedsFolder, null, cancellationToken).ConfigureAwait(false);
            }

            // A quiet server: request logging would measure the console, not the API.
            await using var app = GraphExplorerApiHost.Build(
                ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"],
                b => b.AddSqliteGraphStore(configureOptions: o => o.Path = storePath));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var address = app.Urls.First();
                progress?.Report($"serving the seeds at {address}; {run.Concurrency} in flight for {run.Duration.TotalSeconds:0} s after {run.WarmUp.TotalSeconds:0} s warm-up");
                using var client = new HttpClient { BaseAddress = new Uri(address) };
                return await run.RunAsync(client, path, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            StoreFiles.Delete(storePath);
        }
    }
}
