using System.Collections.Concurrent;
using GraphExplorer.Core.Storage;
using GraphExplorer.Extraction;
using GraphExplorer.Ingestion;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Testing;

/// <summary>
/// A fresh SQLite store file filled by ingesting the repository's <c>seeds/</c> folder with the real extractor
/// (<c>AddGraphExtraction</c>) and <see cref="DocumentIngestor"/> (<c>AddIngestion</c>), as <c>ingest seeds/</c>
/// does. Nothing about the extraction's results is assumed here: tests read what the store holds. The file and
/// its folder are deleted on dispose. This is the one place that seeds a store for tests.
/// </summary>
public sealed class SeededStore : IAsyncDisposable
{
    private readonly TempStore _temp;
    private readonly ConcurrentDictionary<string, string[]> _seedLines = new(StringComparer.Ordinal);

    private SeededStore(TempStore temp, IngestionSummary ingestion)
    {
        _temp = temp;
        Ingestion = ingestion;
    }

    /// <summary>The folder that was ingested, <c>seeds/</c>.</summary>
    public static string SeedsPath => RepositoryPaths.Seeds;

    /// <summary>The seed documents the ingestor reads (<c>.md</c> and <c>.txt</c>, recursively).</summary>
    public static IReadOnlyList<string> SeedFiles =>
        Directory.EnumerateFiles(SeedsPath, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".md" or ".txt")
            .ToArray();

    /// <summary>The store file's full path, for hosts that open it themselves (<c>ConnectionStrings:graph</c>).</summary>
    public string FilePath => _temp.FilePath;

    /// <summary>The store the seeds were written through (open on <see cref="FilePath"/>).</summary>
    public SqliteGraphStore Store => _temp.Store;

    /// <summary>What the ingestion reported: documents seen, ingested and skipped, and the graph's size after.</summary>
    public IngestionSummary Ingestion { get; }

    /// <summary>Creates a temp store file and ingests the seeds into it.</summary>
    /// <param name="cancellationToken">Cancels the ingestion.</param>
    /// <returns>The seeded store; dispose it to delete the file.</returns>
    public static async Task<SeededStore> CreateAsync(CancellationToken cancellationToken = default)
    {
        var temp = new TempStore();
        try
        {
            var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton<IGraphStore>(temp.Store)
                .AddGraphExtraction()
                .AddIngestion();
            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            var ingestion = await provider.GetRequiredService<DocumentIngestor>().IngestAsync(SeedsPath, progress: null, cancellationToken);
            return new SeededStore(temp, ingestion);
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }

    /// <summary>One line of a seed document as it is on disk, as evidence cites it (<c>doc</c>, 1-based <c>line</c>).</summary>
    /// <param name="document">The document's path relative to <c>seeds/</c>, with forward slashes.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <returns>The line without its line break, or <see langword="null"/> when the document has no such line.</returns>
    /// <exception cref="FileNotFoundException">No such seed document.</exception>
    public string? SeedLine(string document, int line)
    {
        var lines = _seedLines.GetOrAdd(document, d =>
            File.ReadAllText(Path.Combine(SeedsPath, d.Replace('/', Path.DirectorySeparatorChar)))
                .Split('\n')
                .Select(l => l.TrimEnd('\r'))
                .ToArray());
        return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>Disposes the store and deletes its folder.</summary>
    /// <returns>A task that completes when done.</returns>
    public ValueTask DisposeAsync() => _temp.DisposeAsync();
}
