using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests;

/// <summary>A SQLite store filled by running <c>ingest seeds/</c> once, shared by a test class; deleted afterwards.</summary>
public sealed class SeededStoreFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public string StorePath => Path.Combine(_directory.Path, "graph.db");

    public string SeedsPath => RepositoryPaths.Seeds;

    internal CliRun Ingest { get; private set; } = new(-1, "", "");

    public async ValueTask InitializeAsync()
    {
        Ingest = await CliRun.RunAsync("ingest", SeedsPath, "--store", StorePath);
        Assert.Equal(0, Ingest.ExitCode);
    }

    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
