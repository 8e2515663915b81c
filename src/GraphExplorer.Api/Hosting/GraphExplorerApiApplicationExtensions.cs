using GraphExplorer.Api.Endpoints;
using GraphExplorer.Api.Explorer;
using GraphExplorer.Core.Storage;
using GraphExplorer.Api.Health;
using Scalar.AspNetCore;

namespace GraphExplorer.Api.Hosting;

/// <summary>Builds the API's pipeline and routes on a built application.</summary>
public static class GraphExplorerApiApplicationExtensions
{
    /// <summary>The path of the interactive API reference (served from the package's embedded assets).</summary>
    public const string ApiReferencePath = "/api/docs";

    /// <summary>
    /// Adds security headers, problem details for exceptions and bare status codes, request timing, the explorer page
    /// at <c>/</c>, the OpenAPI document (<c>/openapi/v1.json</c>), the API reference (<c>/api/docs</c>), the health
    /// endpoints (<c>/health/live</c>, <c>/health/ready</c>, <c>/health</c>) and the <c>/api/*</c> endpoints.
    /// </summary>
    /// <param name="app">The application built from a builder that called <see cref="GraphExplorerApiBuilderExtensions.AddGraphExplorerApi"/>.</param>
    /// <returns>The application, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No <see cref="IGraphStore"/> is registered.</exception>
    public static WebApplication MapGraphExplorerApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(IGraphStore)) != true)
        {
            throw new InvalidOperationException(
                "No IGraphStore is registered: call builder.AddSqliteGraphStore(..) or builder.AddNeo4jGraphStore(..) before building the API host.");
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestTimingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<Problems.RepeatedQueryParameterMiddleware>();
        app.UseExplorerPage();

        app.MapOpenApi();
        app.MapScalarApiReference(ApiReferencePath, options => options
            .WithTitle("GraphExplorer API")
            .DisableDefaultFonts()
            // An offline tool: no hosted-service buttons (Ask AI, Deploy, Generate SDK), no MCP, no telemetry.
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .HideClientButton()
            .DisableTelemetry());
        app.MapDefaultEndpoints();

        app.MapTraversalEndpoints();
        app.MapEntityEndpoints();
        app.MapDocumentEndpoints();
        app.MapGraphEndpoints();
        app.MapExportEndpoints();
        app.MapCypherEndpoints();
        app.MapCurationEndpoints();
        return app;
    }
}
