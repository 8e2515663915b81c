using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Traversals;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Registers the embedded SQLite graph store, with the traversal service over it.</summary>
public static class SqliteGraphStoreExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteGraphStore"/> as the <see cref="IGraphStore"/>, with <see cref="TraversalCatalogue"/>
    /// and <see cref="SqliteTraversalService"/> (the in-memory read model) as the <see cref="ITraversalService"/>. Settings come from the
    /// <see cref="SqliteGraphStoreOptions.SectionName"/> section, then <c>ConnectionStrings:{connectionName}</c>
    /// (a path or <c>Data Source=path</c>) wins over its <c>Path</c>, then <paramref name="configureOptions"/> runs.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="connectionName">The connection string's name.</param>
    /// <param name="configureOptions">Changes the settings last, e.g. <c>o =&gt; o.Path = storeFromCommandLine</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionName"/> is empty.</exception>
    /// <remarks>
    /// The options are bound as a whole from configuration when first used, and validated when the host starts: no
    /// path left once every source is applied fails with an <see cref="OptionsValidationException"/> naming both keys.
    /// The store's readiness check (<see cref="GraphStoreHealthCheck"/>, tagged <c>ready</c>) is registered unless
    /// <c>GraphExplorer:Sqlite:DisableHealthChecks</c> is true.
    /// </remarks>
    public static IHostApplicationBuilder AddSqliteGraphStore(
        this IHostApplicationBuilder builder,
        string connectionName = SqliteGraphStoreOptions.DefaultConnectionName,
        Action<SqliteGraphStoreOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        // Bound as a whole when the options are first used: every option of the section reaches the store, and
        // configuration added after this call still counts.
        builder.Services.AddOptions<SqliteGraphStoreOptions>()
            .BindConfiguration(SqliteGraphStoreOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
                {
                    options.Path = PathOf(connectionString);
                }
            })
            .Configure(options => configureOptions?.Invoke(options))
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.Path),
                $"No SQLite graph store path is configured: set 'ConnectionStrings:{connectionName}' or '{SqliteGraphStoreOptions.SectionName}:Path'.");
        builder.Services.AddSqliteGraphStore();
        if (!builder.Configuration.GetValue<bool>($"{SqliteGraphStoreOptions.SectionName}:{nameof(SqliteGraphStoreOptions.DisableHealthChecks)}"))
        {
            builder.Services.TryAddSingleton<GraphStoreHealthCheck>();
            builder.Services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>(GraphStoreHealthCheck.Name, tags: [GraphStoreHealthCheck.ReadyTag]);
        }

        return builder;
    }

    /// <summary>
    /// Registers <see cref="SqliteGraphStore"/> as the <see cref="IGraphStore"/>, with <see cref="TraversalCatalogue"/>
    /// and <see cref="SqliteTraversalService"/> as the <see cref="ITraversalService"/>, each only if not registered yet.
    /// The options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configureOptions">Sets the options; the defaults otherwise (<c>graph.db</c> in the current directory).</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, Action<SqliteGraphStoreOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<SqliteGraphStoreOptions>();
        if (configureOptions is not null)
        {
            options.Configure(configureOptions);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteGraphStoreOptions>, SqliteGraphStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteGraphStore>();
        // Every reader sees the graph as analysts curated it; the decisions live in the same file.
        services.TryAddSingleton(provider => new CuratedGraphStore(provider.GetRequiredService<SqliteGraphStore>(), provider.GetRequiredService<SqliteGraphStore>()));
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<CuratedGraphStore>());
        services.TryAddSingleton<ICurationStore>(provider => provider.GetRequiredService<CuratedGraphStore>());
        services.TryAddSingleton<TraversalCatalogue>();
        // The engine follows the store: the read model over this store, the generic walk over one a host put in its place.
        services.TryAddSingleton<ITraversalService>(provider =>
        {
            var store = provider.GetRequiredService<IGraphStore>();
            var catalogue = provider.GetRequiredService<TraversalCatalogue>();
            return store is CuratedGraphStore { Inner: SqliteGraphStore sqlite } curated
                ? new SqliteTraversalService(sqlite, catalogue, curated)
                : store is SqliteGraphStore bare ? new SqliteTraversalService(bare, catalogue) : new GraphTraversalService(store, catalogue);
        });
        return services;
    }

    private static string PathOf(string connectionString) =>
        connectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionString).DataSource
            : connectionString;
}
