using GraphExplorer.ServiceDefaults;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphExplorer.Api.Hosting;

/// <summary>The one call a host makes to serve the API: the API's own Program and the CLI's <c>serve</c>.</summary>
public static class GraphExplorerApiHost
{
    /// <summary>Creates the web application with the API and the store that <paramref name="configureStore"/> registers.</summary>
    /// <param name="args">Command-line arguments for the web host, e.g. <c>["--urls", "http://127.0.0.1:5080"]</c>.</param>
    /// <param name="configureStore">Registers the <see cref="Core.Storage.IGraphStore"/>, e.g. <c>b => b.AddSqliteGraphStore("graph")</c>.</param>
    /// <returns>The application, routes mapped, not started.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="configureStore"/> registered no store.</exception>
    public static WebApplication Build(string[] args, Action<IHostApplicationBuilder> configureStore)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configureStore);
        // appsettings.json is found beside the application, wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.AddServiceDefaults();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation())
            // Probes every few seconds are noise in a trace store.
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(
                o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)));
        configureStore(builder);
        builder.AddGraphExplorerApi();
        var app = builder.Build();
        app.MapGraphExplorerApi();
        return app;
    }

    /// <summary>Builds the application and serves until <paramref name="cancellationToken"/> is cancelled or the host stops.</summary>
    /// <param name="args">Command-line arguments for the web host, e.g. <c>["--urls", "http://127.0.0.1:5080"]</c>.</param>
    /// <param name="configureStore">Registers the <see cref="Core.Storage.IGraphStore"/>.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    public static async Task RunAsync(string[] args, Action<IHostApplicationBuilder> configureStore, CancellationToken cancellationToken = default)
    {
        await using var app = Build(args, configureStore);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
