using System.Text.Json;
using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Bench_TinySizesAsJson_PrintsOneObjectWithTheFiguresAndScaleRows()
    {
        var run = await RunTinyAsync("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        string[] figures =
        [
            "extract_mb_per_s", "extract_mb_per_s_all_cores", "ingest_mb_per_s", "ingest_cpu_s", "peak_memory_mb",
            "dependents_of_p50_ms", "dependents_of_p99_ms", "path_between_p50_ms", "path_between_p99_ms", "most_depended_on_p50_ms",
        ];
        Assert.All(figures, key => Assert.True(root.GetProperty(key).GetDouble() > 0, $"{key} is {root.GetProperty(key)}."));
        Assert.InRange(root.GetProperty("corpus_mb").GetDouble(), 0.9, 1.1);
        Assert.InRange(root.GetProperty("extract_warmup_passes").GetInt32(), 6, 30);
        Assert.InRange(root.GetProperty("extract_passes").GetInt32(), 1, 5);
        Assert.Equal(2_000, root.GetProperty("graph_edges").GetInt32());
        Assert.Equal(200, root.GetProperty("graph_entities").GetInt32());
        var scale = root.GetProperty("scale").EnumerateArray().ToArray();
        Assert.Equal([1_000, 2_000], scale.Select(s => s.GetProperty("edges").GetInt32()));
        Assert.All(scale, row => Assert.All(
            ["dependents_of_p50_ms", "path_between_p50_ms", "most_depended_on_p50_ms", "load_s"],
            key => Assert.True(row.GetProperty(key).GetDouble() > 0, $"scale {row.GetProperty("edges")}: {key} is {row.GetProperty(key)}.")));
    }

    [Fact]
    public async Task Bench_TinySizes_ProgressOnStderrAndWorkFilesRemoved()
    {
        var run = await RunTinyAsync("--format", "table");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bench: corpus 1 MB: writing", run.Error, StringComparison.Ordinal);
        Assert.Contains("dependents-of p50/p99", run.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_work.Path));
    }

    [Fact]
    public async Task Bench_SeedsFolderMissing_UsageError()
    {
        var run = await CliRun.RunAsync("bench", "--seeds", _work.Combine("missing"), "--work-dir", _work.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seeds", run.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> RunTinyAsync(params string[] format) => CliRun.RunAsync(
        [
            "bench", "--seeds", RepositoryPaths.Seeds, "--work-dir", _work.Path,
            "--corpus-mb", "1", "--graph-edges", "1000", "2000", "--runs", "5", .. format,
        ]);
}
