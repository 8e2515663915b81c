using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, otherwise collected and dropped), a liveness check, and
/// <see cref="MapDefaultEndpoints"/> for the health endpoints. Stores register their own readiness checks.
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

    /// <summary>Adds OpenTelemetry logging, metrics (ASP.NET Core, HttpClient, runtime) and tracing (ASP.NET Core, HttpClient).</summary>
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
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetryName))
            .WithTracing(tracing => tracing
                .AddSource(TelemetryName)
                // Probes every few seconds are noise in a trace store.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// Maps <c>/health/live</c> (liveness: only the <see cref="LiveTag"/> checks, no I/O), <c>/health/ready</c> and its
    /// alias <c>/health</c> (readiness: the <see cref="ReadyTag"/> checks, e.g. the store), each answering JSON with every
    /// check's status, description and data.
    /// </summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static IEndpointRouteBuilder MapDefaultEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync };
        var live = new HealthCheckOptions { Predicate = c => c.Tags.Contains(LiveTag), ResponseWriter = HealthReportWriter.WriteAsync };
        app.MapHealthChecks("/health", ready).WithName("Health").WithSummary("Ready, including the graph store (alias of /health/ready)");
        app.MapHealthChecks("/health/ready", ready).WithName("HealthReady").WithSummary("Ready, including the graph store");
        app.MapHealthChecks("/health/live", live).WithName("HealthLive").WithSummary("The process answers (no I/O)");
        return app;
    }
}
