using GraphExplorer.Api.Endpoints;
using GraphExplorer.Api.Explorer;
using GraphExplorer.Api.Health;
using GraphExplorer.Core.Storage;
using Scalar.AspNetCore;

namespace GraphExplorer.Api.Hosting;

/// <summary>Builds the API's pipeline and routes on a built application.</summary>
public static class GraphExplorerApiApplicationExtensions
{
    /// <summary>The path of the interactive API reference (served from the package's embedded assets).</summary>
    public const string ApiReferencePath = "/api/docs";

    /// <summary>
    /// Adds problem details for exceptions and bare status codes, request timing, the explorer page at <c>/</c>,
    /// the OpenAPI document (<c>/openapi/v1.json</c>), the API reference (<c>/api/docs</c>), <c>/health</c> and
    /// the <c>/api/*</c> endpoints.
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

        app.UseMiddleware<RequestTimingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
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
        app.MapHealthEndpoints();

        app.MapTraversalEndpoints();
        app.MapEntityEndpoints();
        app.MapGraphEndpoints();
        app.MapExportEndpoints();
        app.MapCypherEndpoints();
        return app;
    }
}
