using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using GraphExplorer.Api.Answers;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Api.Graph;
using GraphExplorer.Core.Export;
using GraphExplorer.Core.Traversals;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Hosting;

/// <summary>Registers the API's services on a host builder.</summary>
public static class GraphExplorerApiBuilderExtensions
{
    /// <summary>
    /// Adds the traversal service, exporter, graph views, problem details, JSON settings, OpenAPI, health checks (the
    /// store registers its own readiness check), the Cypher limits and the API key. The <see cref="Core.Storage.IGraphStore"/> is not added here:
    /// register one (<c>AddSqliteGraphStore</c>, <c>AddNeo4jGraphStore</c>) before or after this call.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHostApplicationBuilder AddGraphExplorerApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TraversalCatalogue>();
        services.TryAddScoped<ITraversalService, GraphTraversalService>();
        services.TryAddScoped<GraphExporter>();
        services.TryAddScoped<GraphViewBuilder>();
        services.AddOptions<AnswerCacheOptions>().BindConfiguration(AnswerCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<AnswerCache>();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            // Chinese names as themselves, enums as names: the same conventions as the CLI's JSON.
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GraphExplorer API";
            document.Info.Description = "Named traversals over the generative-AI industry graph: who depends on whom, who invests, who competes; every answer with its evidence.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks(); // The store's readiness check comes with the store (AddSqliteGraphStore, AddNeo4jGraphStore).

        services.AddOptions<CypherOptions>().BindConfiguration(CypherOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CypherOptions>, CypherOptionsValidator>());
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.SectionName)
            .Validate(
                o => string.IsNullOrEmpty(o.ApiKey) || o.ApiKey.Trim().Length >= ApiKeyOptions.MinimumLength,
                $"GraphExplorer:ApiKey must be at least {ApiKeyOptions.MinimumLength} characters (or unset, which disables the endpoints that need it).")
            .ValidateOnStart();
        return builder;
    }
}
