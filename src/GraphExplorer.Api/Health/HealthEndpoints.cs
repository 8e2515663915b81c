using GraphExplorer.ServiceDefaults;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Health;

/// <summary>The health endpoints of a web host (the checks come from <c>AddServiceDefaults</c> and the store).</summary>
public static class HealthEndpoints
{
    /// <summary>
    /// Maps <c>/health/live</c> (liveness: only the <see cref="ServiceDefaultsExtensions.LiveTag"/> checks, no I/O),
    /// <c>/health/ready</c> and its alias <c>/health</c> (readiness: the <see cref="ServiceDefaultsExtensions.ReadyTag"/>
    /// checks, e.g. the store's, cached a few seconds), each answering JSON with every check's status, description and data.
    /// </summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static IEndpointRouteBuilder MapDefaultEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ServiceDefaultsExtensions.ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync };
        var live = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ServiceDefaultsExtensions.LiveTag), ResponseWriter = HealthReportWriter.WriteAsync };
        app.MapHealthChecks("/health", ready).WithName("Health").WithSummary("Ready, including the graph store (alias of /health/ready)");
        app.MapHealthChecks("/health/ready", ready).WithName("HealthReady").WithSummary("Ready, including the graph store");
        app.MapHealthChecks("/health/live", live).WithName("HealthLive").WithSummary("The process answers (no I/O)");
        return app;
    }
}
