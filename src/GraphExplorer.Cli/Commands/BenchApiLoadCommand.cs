using System.CommandLine;
using GraphExplorer.Bench.Load;
using GraphExplorer.Cli.Output;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>bench api-load</c>: the query service under a bounded loopback load: the seeds in a fresh SQLite store,
/// the API in-process on a free port, requests kept in flight for a duration. For an external load generator
/// (<c>wrk</c>), run <c>serve</c> instead.
/// </summary>
internal static class BenchApiLoadCommand
{
    public static Command Create(CliConsole console, Option<DirectoryInfo?> seeds)
    {
        var duration = new Option<double>("--duration") { Description = "Seconds to measure, after a 3 s warm-up (default 30).", DefaultValueFactory = _ => 30 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests kept in flight (default 8).", DefaultValueFactory = _ => 8 };
        var path = new Option<string>("--path") { Description = "The request path and query.", DefaultValueFactory = _ => ApiLoadRun.DependentsOfNvidia };
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 3600)
            {
                r.AddError("Option '--duration' must be more than 0 and at most 3600 seconds.");
            }
        });
        concurrency.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                r.AddError("Option '--concurrency' must be between 1 and 1024.");
            }
        });

        var command = new Command("api-load", "Load the query service over loopback: the seeds on SQLite, GET a traversal back to back.")
        {
            duration, concurrency, path,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var seedsFolder = BenchCommand.SeedsFolder(parseResult.GetValue(seeds));
            var work = Path.Combine(Path.GetTempPath(), "graphexplorer-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                var run = new ApiLoadRun
                {
                    Duration = TimeSpan.FromSeconds(parseResult.GetValue(duration)),
                    Concurrency = parseResult.GetValue(concurrency),
                };
                var load = new SeededApiLoad(new DocumentExtractor(EntityCatalogue.Default));
                var report = await load.RunAsync(
                    seedsFolder,
                    Path.Combine(work, "seeds.db"),
                    run,
                    parseResult.GetRequiredValue(path),
                    new ProgressMessageWriter(console.Error, "bench api-load: "),
                    cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(report.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
                return report.Errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }
}
