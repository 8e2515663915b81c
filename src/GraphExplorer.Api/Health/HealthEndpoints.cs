using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Health;

/// <summary>Liveness (<c>/health/live</c>) and readiness including the store (<c>/health/ready</c>, <c>/health</c>).</summary>
public static class HealthEndpoints
{
    /// <summary>The tag of checks that must pass before the service takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Maps the health endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder, for chaining.</returns>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", ready).WithName("Health").WithSummary("Ready, including the graph store");
        app.MapHealthChecks("/health/ready", ready).WithName("HealthReady").WithSummary("Ready, including the graph store");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("HealthLive")
            .WithSummary("The process answers");
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), context.RequestAborted);
    }
}
