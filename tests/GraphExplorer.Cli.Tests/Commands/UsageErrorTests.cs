using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Commands;

public sealed class UsageErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--limit", "abc")]
    [InlineData("--depth", "2.5")]
    public async Task Query_NotAWholeNumber_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var run = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", option, value, "--store", _temp.Combine("graph.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {option} must be a whole number; got '{value}'.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_CorruptStore_PrintsItsErrorOnce()
    {
        var store = _temp.Combine("graph.db");
        await File.WriteAllBytesAsync(store, Enumerable.Range(0, 16384).Select(i => (byte)(i * 7)).ToArray(), TestContext.Current.CancellationToken);

        var (exitCode, stderr) = await CliProcess.RunAsync(["stats", "--store", store], null, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"error: The graph store '{store}' is not a readable SQLite database", line, StringComparison.Ordinal);
    }
}
