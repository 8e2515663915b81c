using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphExplorer.ServiceDefaults;

/// <summary>
/// What every GraphExplorer host (the ingestion worker, the CLI and its <c>serve</c>, the API) sets up the same way,
/// as eShop's ServiceDefaults: OpenTelemetry logs, traces and metrics (exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, otherwise collected and dropped) and a liveness check. Stores register
/// their own readiness checks; web hosts add ASP.NET Core's instrumentation and map the health endpoints
/// (<c>GraphExplorer.Api</c>'s <c>MapDefaultEndpoints</c>), which keeps this project free of ASP.NET Core for the worker.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The tag of liveness checks (<c>/health/live</c>): the process answers, no I/O.</summary>
    public const string LiveTag = "live";

    /// <summary>The tag of readiness checks (<c>/health/ready</c>), e.g. the graph store's.</summary>
    public const string ReadyTag = "ready";

    /// <summary>The activity sources and meters GraphExplorer's own code reports under.</summary>
    public const string TelemetryName = "GraphExplorer";

    /// <summary>Adds OpenTelemetry and the default health checks.</summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureOpenTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>Adds OpenTelemetry logging, metrics (HttpClient, runtime, GraphExplorer) and tracing (HttpClient, GraphExplorer).</summary>
    /// <typeparam name="TBuilder">The host builder type.</typeparam>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetryName))
            .WithTracing(tracing => tracing
                .AddSource(TelemetryName)
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
