using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Testing;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Tests.Faults;

/// <summary>
/// <c>ingest</c> killed at random points (seeded), then run again to the end: the graph equals that of one
/// uninterrupted run, with nothing lost and nothing duplicated.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private const int SeedCopies = 6;
    private const int Kills = 5;

    // Fixed so a failure replays; other seeds give other kill points (each run takes a few seconds: one is enough here).
    private const int Seed = 7;

    private readonly TempDirectory _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_KilledAtRandomPointsThenRerun_GraphEqualsUninterruptedRun()
    {
        var corpus = CopySeeds(_temp.Combine("corpus"));
        var total = Directory.GetFiles(corpus).Length;
        var store = _temp.Combine("killed/graph.db");
        var random = new Random(Seed);
        var stored = new List<int>();

        for (var i = 0; i < Kills; i++)
        {
            // Ascending ranges, so each run gets further; the last document is left out so the kill usually lands mid-run.
            var document = random.Next(1 + (i * (total - 2) / Kills), 1 + ((i + 1) * (total - 2) / Kills));
            using var cli = CliProcess.Start(["ingest", corpus, "--store", store], line => line.StartsWith($"[{document}/{total}]", StringComparison.Ordinal));
            await cli.Seen.WaitAsync(TimeSpan.FromMinutes(1), Ct);
            await Task.Delay(random.Next(0, 30), Ct);
            await cli.KillAsync(Ct);
            stored.Add(await CountDocumentsAsync(store));
        }

        var (exitCode, error) = await CliProcess.RunAsync(["ingest", corpus, "--store", store], null, Ct);
        var reference = _temp.Combine("reference/graph.db");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", corpus, "--store", reference)).ExitCode);

        Assert.True(exitCode == 0, error);

        // A kill can land after the run has finished (the machine may be busy): that is a valid outcome, not a failure.
        // What must hold is that some kill interrupted a run part-way and that the runs made progress.
        var progress = $"Documents stored after each kill: {string.Join(", ", stored)}.";
        Assert.All(stored, count => Assert.InRange(count, 0, total));
        Assert.True(stored.Exists(count => count < total), progress);
        Assert.True(stored[^1] > 0, progress);
        Assert.Equal(total, await CountDocumentsAsync(store));
        Assert.Equal(await ExportLinesAsync(reference), await ExportLinesAsync(store));
    }

    private static async Task<int> CountDocumentsAsync(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        await using var store = new SqliteGraphStore(Options.Create(new SqliteGraphStoreOptions { Path = path }));
        return (await store.GetDocumentsAsync(Ct)).Count;
    }

    private static async Task<IReadOnlyList<string>> ExportLinesAsync(string store)
    {
        var run = await CliRun.RunAsync("export", "--format", "jsonl", "--store", store);
        Assert.Equal(0, run.ExitCode);
        return GraphSnapshot.SortedLines(run.Out);
    }

    /// <summary>The seeds, <see cref="SeedCopies"/> times over under distinct names: enough for a run to take a moment.</summary>
    private static string CopySeeds(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < SeedCopies; i++)
        {
            foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
            {
                File.Copy(seed, Path.Combine(folder, $"copy-{i}-{Path.GetFileName(seed)}"));
            }
        }

        return folder;
    }
}
