using System.CommandLine;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>serve [--urls …]</c>: the query service: HTTP API, OpenAPI page and explorer page over the store.</summary>
internal static class ServeCommand
{
    /// <summary>Where the service listens by default: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. http://0.0.0.0:8080 (default {DefaultUrls}).",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var store = CommonOptions.Store();
        var command = new Command("serve", "Serve the HTTP API and the explorer page. An empty store is filled from seeds/ first.") { urls, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var location = StoreLocation.Parse(parseResult.GetValue(store));
            await using (var services = await GraphServices.OpenAsync(location, cancellationToken).ConfigureAwait(false))
            {
                await SeedIngestion.EnsureNotEmptyAsync(services, console, cancellationToken).ConfigureAwait(false);
            }

            var address = parseResult.GetRequiredValue(urls);
            await console.Error.WriteLineAsync($"Serving {location} at {address} (explorer page at /, API docs at /api/docs/). Ctrl+C stops.".AsMemory(), cancellationToken).ConfigureAwait(false);
            await GraphExplorerApiHost.RunAsync(["--urls", address], builder =>
            {
                GraphServices.AddStore(builder, location);
                if (location.Kind == StoreKind.Neo4j)
                {
                    builder.Services.TryAddSingleton<IReadOnlyCypherRunner, Neo4jCypherRunner>();
                }
            }, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
