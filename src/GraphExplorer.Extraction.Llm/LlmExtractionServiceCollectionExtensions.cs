using System.ClientModel;
using System.ClientModel.Primitives;
using GraphExplorer.Core.Documents;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Llm.Extraction;
using GraphExplorer.Extraction.Llm.Reporting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;
using Polly;

namespace GraphExplorer.Extraction.Llm;

/// <summary>Registers model-assisted extraction with dependency injection.</summary>
public static class LlmExtractionServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> that talks to the model, with its retry and timeout handler.</summary>
    public const string HttpClientName = "GraphExplorer.Llm";

    /// <summary>
    /// Registers the model-assisted <see cref="IAsyncDocumentExtractor"/> for <paramref name="mode"/> <see cref="ExtractorMode.Llm"/>
    /// or <see cref="ExtractorMode.Hybrid"/>; for <see cref="ExtractorMode.Rules"/> it registers nothing, so no model can be called.
    /// Options bind from the <c>Llm</c> section, then the <c>GRAPHEXPLORER_LLM_*</c> variables, then <paramref name="configure"/>;
    /// they are validated on start and on first use (<see cref="OptionsValidationException"/> naming the variable).
    /// The model's <see cref="HttpClient"/> retries 429 (honouring <c>Retry-After</c>), 5xx, timeouts and dropped
    /// connections with exponential backoff, on the registered <see cref="TimeProvider"/>.
    /// Needs <c>AddGraphExtraction()</c> (the rules and the catalogue) and an <see cref="IConfiguration"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="mode">Which extractor the run uses.</param>
    /// <param name="configure">Sets options in code, e.g. the cache folder.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddLlmExtraction(this IServiceCollection services, ExtractorMode mode, Action<LlmExtractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (mode == ExtractorMode.Rules)
        {
            return services;
        }

        var builder = services.AddOptions<LlmExtractionOptions>()
            .BindConfiguration(LlmExtractionOptions.SectionName)
            .Configure<IConfiguration>(ReadVariables)
            .ValidateOnStart();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmExtractionOptions>, LlmExtractionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => EntityCatalogue.Default);
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(HttpClientName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmExtractionOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = false,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.TryAddSingleton(CreateChatClient);
        services.TryAddSingleton(provider => new LlmExtractionReport(provider.GetRequiredService<IOptions<LlmExtractionOptions>>().Value.Model ?? string.Empty));
        services.TryAddSingleton<IAsyncDocumentExtractor>(provider => new LlmDocumentExtractor(
            provider.GetRequiredService<IChatClient>(),
            provider.GetRequiredService<IDocumentExtractor>(),
            provider.GetRequiredService<EntityCatalogue>(),
            provider.GetRequiredService<IOptions<LlmExtractionOptions>>(),
            provider.GetRequiredService<LlmExtractionReport>(),
            mode,
            provider.GetRequiredService<ILogger<LlmDocumentExtractor>>()));
        return services;
    }

    private static void ReadVariables(LlmExtractionOptions options, IConfiguration configuration)
    {
        if (configuration[LlmExtractionOptions.EndpointVariable] is { Length: > 0 } endpoint
            && Uri.TryCreate(endpoint.Trim(), UriKind.RelativeOrAbsolute, out var uri))
        {
            options.Endpoint = uri;
        }

        if (configuration[LlmExtractionOptions.ModelVariable] is { Length: > 0 } model)
        {
            options.Model = model.Trim();
        }

        if (configuration[LlmExtractionOptions.ApiKeyVariable] is { Length: > 0 } key)
        {
            options.ApiKey = key;
        }
    }

    /// <summary>The OpenAI client over the resilient <see cref="HttpClient"/>; its own retries are off, Polly's do the work.</summary>
    private static IChatClient CreateChatClient(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<LlmExtractionOptions>>().Value;
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var client = new OpenAIClient(
            new ApiKeyCredential(options.ApiKey ?? string.Empty),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
        return client.GetChatClient(options.Model).AsIChatClient();
    }
}
