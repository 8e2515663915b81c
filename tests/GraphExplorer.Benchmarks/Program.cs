using System.Globalization;
using GraphExplorer.Api.Benchmarks;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// dotnet run -c Release --project tests/GraphExplorer.Benchmarks -- api-load [--duration 30] [--concurrency 8] [--store sample|seeds]
// dotnet run --project tests/GraphExplorer.Benchmarks -- serve-sample [--urls http://127.0.0.1:5080]
var command = args.FirstOrDefault() ?? "api-load";
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var store = await SampleGraph.CreateStoreAsync(stop.Token);

if (command == "serve-sample")
{
    await GraphExplorerApiHost.RunAsync(["--urls", Option("--urls", "http://127.0.0.1:5080")], b => b.Services.AddSingleton(store), stop.Token);
    return 0;
}

if (command != "api-load")
{
    await Console.Error.WriteLineAsync($"Unknown command '{command}'. Use api-load [--duration s] [--concurrency n] or serve-sample [--urls url].");
    return 2;
}

// The store: the in-memory sample graph, or (--store seeds) a SQLite file filled from seeds/ by the real extractor.
await using var seeded = Option("--store", "sample") == "seeds" ? await SeededStore.CreateAsync(stop.Token) : null;
Action<IHostApplicationBuilder> configureStore = seeded is null
    ? b => b.Services.AddSingleton(store)
    : b => b.AddSqliteGraphStore(configureOptions: o => o.Path = seeded.FilePath);

// A quiet server on a free loopback port: request logging would measure the console, not the API.
await using var app = GraphExplorerApiHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], configureStore);
await app.StartAsync(stop.Token);
var address = app.Urls.First();

var run = new ApiLoadRun
{
    Duration = TimeSpan.FromSeconds(double.Parse(Option("--duration", "30"), CultureInfo.InvariantCulture)),
    Concurrency = int.Parse(Option("--concurrency", "8"), CultureInfo.InvariantCulture),
};
using var client = new HttpClient { BaseAddress = new Uri(address) };
Console.WriteLine($"Load run against {address} ({(seeded is null ? "sample graph, in memory" : "seeds on SQLite")}) for {run.Duration.TotalSeconds} s (+{run.WarmUp.TotalSeconds} s warm-up), {Environment.ProcessorCount} cores…");
var report = await run.RunAsync(client, ApiLoadRun.DependentsOfNvidia, stop.Token);
Console.WriteLine(report);
await app.StopAsync(CancellationToken.None);
return report.Errors == 0 ? 0 : 1;
