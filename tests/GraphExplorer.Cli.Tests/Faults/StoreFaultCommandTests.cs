using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Cli.Tests.Faults;

/// <summary>A store file the CLI cannot use: one clear line naming it on stderr, exit 1, and nothing half-written.</summary>
public sealed class StoreFaultCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string StorePath => _temp.Combine("graph.db");

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> CommandsOnTheStore => new()
    {
        new[] { "ingest", RepositoryPaths.Seeds },
        new[] { "export", "--format", "jsonl" },
        new[] { "stats" },
        new[] { "query", "dependents-of", "NVIDIA" },
    };

    [Theory]
    [MemberData(nameof(CommandsOnTheStore))]
    public async Task Command_GarbageStoreFile_ExitsOneNamingStoreWithoutStackTraceAndLeavesFileUntouched(string[] command)
    {
        var garbage = new byte[16 * 1024];
        new Random(3).NextBytes(garbage);
        await File.WriteAllBytesAsync(StorePath, garbage, TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync([.. command, "--store", StorePath]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: The graph store '{StorePath}' is not a readable SQLite database", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(StorePath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ingest_StoreLockedByAnotherWriter_ExitsOneSaysLockedAndWritesNothingThenResumes()
    {
        var docs = CopySeeds(_temp.Combine("docs"), count: 2);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", docs, "--store", StorePath)).ExitCode);
        var before = await ExportAsync(StorePath);
        CopySeeds(docs, count: 1, prefix: "later-");
        CliRun locked;
        await using (var other = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            await other.OpenAsync(TestContext.Current.CancellationToken);
            await using var holdLock = other.CreateCommand();
            holdLock.CommandText = "BEGIN EXCLUSIVE;";
            await holdLock.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);

            locked = await CliRun.RunAsync("ingest", docs, "--store", StorePath);
        }

        var afterFailure = await ExportAsync(StorePath);
        var resumed = await CliRun.RunAsync("ingest", docs, "--store", StorePath);
        var fresh = _temp.Combine("fresh.db");
        await CliRun.RunAsync("ingest", docs, "--store", fresh);

        Assert.Equal(1, locked.ExitCode);
        Assert.Contains($"error: The graph store '{StorePath}' is locked by another process", locked.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", locked.Error, StringComparison.Ordinal);
        Assert.Equal(before, afterFailure);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(await ExportAsync(fresh), await ExportAsync(StorePath));
    }

    [Fact]
    public async Task Ingest_StoreFolderIsAFile_ExitsOneNamingStore()
    {
        var file = _temp.WriteText("not-a-folder", "x");
        var store = Path.Combine(file, "graph.db");

        var run = await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: The folder of the graph store '{store}' cannot be created", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_StorePathIsAFolder_ExitsOneSaysCannotBeOpened()
    {
        var folder = _temp.Combine("a-folder");
        Directory.CreateDirectory(folder);

        var run = await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: The graph store '{folder}' cannot be opened", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    /// <summary>Copies the seeds <paramref name="count"/> times into <paramref name="folder"/>, each copy under its own name.</summary>
    private static string CopySeeds(string folder, int count, string prefix = "copy-")
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
            {
                File.Copy(seed, Path.Combine(folder, $"{prefix}{i}-{Path.GetFileName(seed)}"));
            }
        }

        return folder;
    }

    private static async Task<string> ExportAsync(string store)
    {
        var run = await CliRun.RunAsync("export", "--format", "jsonl", "--store", store);
        Assert.Equal(0, run.ExitCode);
        return run.Out;
    }
}
