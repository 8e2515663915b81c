using System.CommandLine;
using GraphExplorer.Bench;
using GraphExplorer.Bench.Graphs;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>bench</c>: extraction and ingestion throughput, peak memory, and traversal latency on synthetic corpora and
/// graphs. Figures go to stdout (one JSON object with <c>--format json</c>), progress to stderr.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var quick = new Option<bool>("--quick")
        {
            Description = "A 10 MB corpus and graphs of 10k, 100k and 1M edges, instead of 10 MB / 100 MB / 1 GB and 10k / 100k / 1M / 10M edges.",
        };
        var format = CommonOptions.Format("table", "json");
        var workDir = new Option<DirectoryInfo?>("--work-dir")
        {
            Description = "Where corpora and stores are written (each deleted once measured); a fresh temp folder by default.",
        };
        var seeds = new Option<DirectoryInfo?>("--seeds")
        {
            Description = $"The seed documents the corpora are built from; '{SeedIngestion.SeedsFolderName}' here or above by default.",
        };

        // Hidden: sizes and runs for tests and partial runs.
        var corpusMb = Sizes("--corpus-mb", "Corpus sizes in MB, instead of the preset's.");
        var graphEdges = Sizes("--graph-edges", "Graph sizes in edges, instead of the preset's.");
        var runs = new Option<int?>("--runs") { Description = "Timed dependents-of runs (path-between half as many).", Hidden = true };
        runs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("Option '--runs' must be 1 or more.");
            }
        });

        var command = new Command(
            "bench",
            "Measure extraction and ingestion throughput, peak memory and traversal latency on synthetic data. Extraction is measured "
            + "at steady state: untimed warm-up passes until the median of the last 3 is within 5 % of the 3 before (at most 30), "
            + "then the median of up to 5 timed passes.")
        {
            quick, format, workDir, seeds, corpusMb, graphEdges, runs,
        };
        seeds.Recursive = true;
        command.Subcommands.Add(BenchApiLoadCommand.Create(console, seeds));
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var seedsFolder = SeedsFolder(parseResult.GetValue(seeds));
            var isQuick = parseResult.GetValue(quick);
            var ownWorkDir = parseResult.GetValue(workDir) is null;
            var work = parseResult.GetValue(workDir)?.FullName
                ?? Path.Combine(Path.GetTempPath(), "graphexplorer-bench", Guid.NewGuid().ToString("N"));
            var latency = parseResult.GetValue(runs) is { } n
                ? new GraphLatencyOptions { DependentsRuns = n, PathRuns = Math.Max(1, n / 2), WarmUpRuns = Math.Min(5, n) }
                : new GraphLatencyOptions();
            var options = new BenchOptions
            {
                SeedsFolder = seedsFolder,
                WorkDirectory = work,
                CorpusMegabytes = parseResult.GetValue(corpusMb) is { Length: > 0 } mb ? mb
                    : isQuick ? BenchOptions.QuickCorpusMegabytes : BenchOptions.FullCorpusMegabytes,
                GraphEdges = parseResult.GetValue(graphEdges) is { Length: > 0 } edges ? edges
                    : isQuick ? BenchOptions.QuickGraphEdges : BenchOptions.FullGraphEdges,
                Latency = latency,
            };

            try
            {
                var report = await new BenchRunner(options).RunAsync(new ProgressMessageWriter(console.Error, "bench: "), cancellationToken).ConfigureAwait(false);
                var text = parseResult.GetValue(format) == "json" ? BenchReportWriter.ToJson(report) : BenchReportWriter.ToTable(report);
                await console.Out.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            finally
            {
                if (ownWorkDir && Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        });
        return command;
    }

    /// <summary>The seeds folder: <paramref name="given"/>, else the nearest <c>seeds/</c> here or above.</summary>
    /// <exception cref="CliUsageException">No such folder.</exception>
    public static string SeedsFolder(DirectoryInfo? given)
    {
        var folder = given?.FullName
            ?? FolderSearch.FindUpwards(Directory.GetCurrentDirectory(), SeedIngestion.SeedsFolderName)
            ?? FolderSearch.FindUpwards(AppContext.BaseDirectory, SeedIngestion.SeedsFolderName)
            ?? throw new CliUsageException($"No '{SeedIngestion.SeedsFolderName}' folder here or above: give one with --seeds.");
        return Directory.Exists(folder)
            ? folder
            : throw new CliUsageException($"Option '--seeds': '{folder}' does not exist or is not a folder.");
    }

    private static Option<int[]> Sizes(string name, string description)
    {
        var option = new Option<int[]>(name) { Description = description, Hidden = true, AllowMultipleArgumentsPerToken = true };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int[]>()?.Any(v => v < 1) == true)
            {
                r.AddError($"Option '{name}' takes sizes of 1 or more.");
            }
        });
        return option;
    }
}
