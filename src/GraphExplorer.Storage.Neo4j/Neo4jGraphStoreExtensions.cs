using System.Net.Http.Headers;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Traversals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>Registers Neo4j as the graph store: <c>builder.AddNeo4jGraphStore("neo4j", o =&gt; o.Database = "neo4j")</c>.</summary>
public static class Neo4jGraphStoreExtensions
{
    /// <summary>The environment variable (or configuration key) holding the Neo4j HTTP URI.</summary>
    public const string UriVariable = "NEO4J_URI";

    /// <summary>The environment variable (or configuration key) holding the user.</summary>
    public const string UserVariable = "NEO4J_USER";

    /// <summary>The environment variable (or configuration key) holding the password.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The environment variable (or configuration key) holding the database name.</summary>
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>
    /// Registers <see cref="Neo4jGraphStore"/> as <see cref="IGraphStore"/>, <see cref="Neo4jTraversalService"/> as
    /// <see cref="ITraversalService"/> (unless one is registered already), the typed <see cref="Neo4jQueryClient"/> with the
    /// standard resilience handler (jittered retries on transport faults, 5xx and timeouts; attempt and total timeouts;
    /// circuit breaker) and the pipeline that retries a document's transaction on <c>Neo.TransientError.*</c>.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="connectionName">The name of the connection string (<c>ConnectionStrings:{name}</c>, a URI) that, when present, sets <see cref="Neo4jGraphStoreOptions.Uri"/>.</param>
    /// <param name="configureOptions">Adjusts the options after configuration is bound; wins over every other source.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionName"/> is null or white space.</exception>
    /// <remarks>
    /// Options are read from the <c>Neo4j</c> section, then <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>,
    /// <c>NEO4J_DATABASE</c>, then <c>ConnectionStrings:{name}</c>, then <paramref name="configureOptions"/>, and are
    /// validated when the host starts (<see cref="OptionsValidationException"/> names the bad setting; a value that is
    /// not a URI at all fails with an <see cref="InvalidOperationException"/> naming its variable). Credentials in the URI
    /// (<c>http://user:password@host:7474</c>) are used for authentication and removed from the URI (<see cref="Neo4jUris"/>).
    /// </remarks>
    public static IHostApplicationBuilder AddNeo4jGraphStore(
        this IHostApplicationBuilder builder, string connectionName, Action<Neo4jGraphStoreOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var services = builder.Services;

        services.AddOptions<Neo4jGraphStoreOptions>()
            .BindConfiguration(Neo4jGraphStoreOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) => ApplyEnvironment(options, configuration, connectionName))
            .Configure(options => configureOptions?.Invoke(options))
            .PostConfigure(Neo4jUris.MoveCredentials)
            .Validate(
                options => options.Uri is { IsAbsoluteUri: true, Scheme: "http" or "https" },
                $"Neo4j's URI must be its HTTP endpoint (http://host:7474 or https://host:7473), not bolt:// or neo4j://: set {UriVariable}, {Neo4jGraphStoreOptions.SectionName}:Uri or ConnectionStrings:{connectionName}.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jGraphStoreOptions>, Neo4jGraphStoreOptionsValidator>());

        services.AddHttpClient<Neo4jQueryClient>(http =>
            {
                // Neo4jQueryClient sets the base address from the options.
                http.Timeout = Timeout.InfiniteTimeSpan; // The resilience handler's timeouts govern.
                http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("GraphExplorer", "1.0"));
            })
            // The client lives in a singleton store: let connections, not handlers, be recycled (DNS changes).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
                ConfigureResilience(resilience, provider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value));

        services.AddResiliencePipeline(Neo4jGraphStore.TransactionPipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILogger<Neo4jGraphStore>>();
            // The backoff runs on the host's clock, so tests can drive it with a fake one.
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jQueryException>(IsRetriableTransactionFailure),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.RetryJitter,
                Delay = options.RetryDelay,
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is Neo4jQueryException failure)
                    {
                        logger.TransactionRetried(failure.Code, args.AttemptNumber + 1, args.RetryDelay, failure);
                    }

                    return ValueTask.CompletedTask;
                },
            });
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TraversalCatalogue>();
        services.TryAddSingleton<Neo4jGraphStore>();
        // Every reader sees the graph as analysts curated it; the decisions are (:CurationDecision) nodes.
        services.TryAddSingleton(provider => new CuratedGraphStore(provider.GetRequiredService<Neo4jGraphStore>(), provider.GetRequiredService<Neo4jGraphStore>()));
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<CuratedGraphStore>());
        services.TryAddSingleton<ICurationStore>(provider => provider.GetRequiredService<CuratedGraphStore>());
        services.TryAddSingleton<ITraversalService, Neo4jTraversalService>();
        if (!builder.Configuration.GetValue<bool>($"{Neo4jGraphStoreOptions.SectionName}:{nameof(Neo4jGraphStoreOptions.DisableHealthChecks)}"))
        {
            services.TryAddSingleton<GraphStoreHealthCheck>();
            services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>(GraphStoreHealthCheck.Name, tags: [GraphStoreHealthCheck.ReadyTag]);
        }

        return builder;
    }

    /// <summary>
    /// Whether a document's whole transaction should run again: a transient error, or a transaction Neo4j no longer
    /// has (rolled back after a transport retry, or committed just before a lost response: re-running is idempotent).
    /// </summary>
    internal static bool IsRetriableTransactionFailure(Neo4jQueryException exception) =>
        exception.IsTransient || exception.Code == Neo4jQueryException.TransactionNotFoundCode;

    private static void ApplyEnvironment(Neo4jGraphStoreOptions options, IConfiguration configuration, string connectionName)
    {
        if (configuration[UriVariable] is { Length: > 0 } uri)
        {
            options.Uri = Neo4jUris.Parse(uri, UriVariable);
        }

        if (configuration[UserVariable] is { Length: > 0 } user)
        {
            options.User = user;
        }

        if (configuration[PasswordVariable] is { } password)
        {
            options.Password = password;
        }

        if (configuration[DatabaseVariable] is { Length: > 0 } database)
        {
            options.Database = database;
        }

        if (configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
        {
            options.Uri = Neo4jUris.Parse(connectionString, $"ConnectionStrings:{connectionName}");
        }
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, Neo4jGraphStoreOptions options)
    {
        resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.AttemptTimeout.Timeout = options.RequestTimeout;

        // Room for every attempt and the backoff between them (jitter stays below twice the nominal delay).
        var backoff = options.RetryDelay * ((1 << options.MaxRetryAttempts) * 2);
        resilience.TotalRequestTimeout.Timeout = options.RequestTimeout * (options.MaxRetryAttempts + 1) + backoff;
        var sampling = options.RequestTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = sampling > TimeSpan.FromSeconds(30) ? sampling : TimeSpan.FromSeconds(30);
    }
}
