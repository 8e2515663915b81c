using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Testing;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Tests.Faults;

/// <summary>
/// A disk that fills up mid-ingestion, simulated by the store's size limit (<c>GraphExplorer:Sqlite:MaxSizeBytes</c>,
/// SQLite's max_page_count: the same SQLITE_FULL a full disk gives, without root or a small file system). Run as a
/// child process, since the limit comes from the environment.
/// </summary>
public sealed class StoreFullProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_StoreFillsUp_ExitsOneSaysFullAndKeepsOnlyWholeDocuments()
    {
        var corpus = _temp.Combine("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var copy in new[] { "a", "b" })
        {
            foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
            {
                File.Copy(seed, Path.Combine(corpus, $"{copy}-{Path.GetFileName(seed)}"));
            }
        }

        var store = _temp.Combine("full/graph.db");
        var limit = new Dictionary<string, string> { ["GraphExplorer__Sqlite__MaxSizeBytes"] = (400 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var (exitCode, error) = await CliProcess.RunAsync(["ingest", corpus, "--store", store], limit, Ct);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: The graph store '{store}' is full", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        var kept = await DocumentsAsync(store);
        Assert.InRange(kept.Count, 1, Directory.GetFiles(corpus).Length - 1);
        var wholeOnly = _temp.Combine("kept");
        Directory.CreateDirectory(wholeOnly);
        foreach (var document in kept)
        {
            File.Copy(Path.Combine(corpus, document), Path.Combine(wholeOnly, document));
        }

        var reference = _temp.Combine("reference/graph.db");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", wholeOnly, "--source", "corpus", "--store", reference)).ExitCode);
        Assert.Equal(await ExportLinesAsync(reference), await ExportLinesAsync(store));
    }

    private static async Task<IReadOnlyList<string>> DocumentsAsync(string path)
    {
        await using var store = new SqliteGraphStore(Options.Create(new SqliteGraphStoreOptions { Path = path }));
        return [.. (await store.GetDocumentsAsync(Ct)).Select(d => d.Document)];
    }

    private static async Task<IReadOnlyList<string>> ExportLinesAsync(string store)
    {
        var run = await CliRun.RunAsync("export", "--format", "jsonl", "--store", store);
        Assert.Equal(0, run.ExitCode);
        return GraphSnapshot.SortedLines(run.Out);
    }
}
