using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Export;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Llm;
using GraphExplorer.Extraction.Llm.Reporting;
using GraphExplorer.Ingestion;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.ServiceDefaults;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// The services one CLI command uses, for the store <c>--store</c> chose: a host that is built but not run,
/// so configuration (appsettings.json, environment), logging to stderr and DI are the same as the worker's.
/// </summary>
internal sealed class GraphServices : IAsyncDisposable
{
    /// <summary>The environment variable that sets the CLI's log level (default Warning).</summary>
    public const string LogLevelEnvironmentVariable = "GRAPHEXPLORER_LOG_LEVEL";

    private readonly IHost _host;

    private GraphServices(IHost host, StoreLocation location)
    {
        _host = host;
        Location = location;
    }

    /// <summary>The store in use.</summary>
    public StoreLocation Location { get; }

    /// <summary>The graph store.</summary>
    public IGraphStore Store => _host.Services.GetRequiredService<IGraphStore>();

    /// <summary>The traversal service over the store.</summary>
    public ITraversalService Traversals => _host.Services.GetRequiredService<ITraversalService>();

    /// <summary>The analysts' decisions over the store.</summary>
    public CurationService Curation => new(
        _host.Services.GetRequiredService<CuratedGraphStore>(), _host.Services.GetService<TimeProvider>() ?? TimeProvider.System);

    /// <summary>The duplicate suggestions over the curated store.</summary>
    public DuplicateFinder Duplicates => new(_host.Services.GetRequiredService<CuratedGraphStore>());

    /// <summary>The exporter over the store.</summary>
    public GraphExporter Exporter => _host.Services.GetRequiredService<GraphExporter>();

    /// <summary>The document ingestor writing to the store.</summary>
    public DocumentIngestor Ingestor => _host.Services.GetRequiredService<DocumentIngestor>();

    /// <summary>What the model did, when <c>--extractor llm|hybrid</c> is in use; otherwise <see langword="null"/>.</summary>
    public LlmExtractionReport? LlmReport => _host.Services.GetService<LlmExtractionReport>();

    /// <summary>Ingests a folder into the store, reporting each document on <paramref name="progress"/>.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="progress">Where progress lines go (stderr).</param>
    /// <param name="cancellationToken">Cancels the run; documents already written stay written.</param>
    /// <returns>What the run did.</returns>
    public Task<IngestionSummary> IngestAsync(string folder, TextWriter progress, CancellationToken cancellationToken) =>
        IngestAsync(new IngestionRequest(folder), progress, cancellationToken);

    /// <summary>Ingests a folder into the store as <paramref name="request"/> says, reporting each document on <paramref name="progress"/>.</summary>
    /// <param name="request">The folder, source and link handling.</param>
    /// <param name="progress">Where progress lines go (stderr).</param>
    /// <param name="cancellationToken">Cancels the run; documents already written stay written.</param>
    /// <returns>What the run did.</returns>
    public Task<IngestionSummary> IngestAsync(IngestionRequest request, TextWriter progress, CancellationToken cancellationToken)
    {
        LlmReport?.Progress = new SectionProgressWriter(progress);
        return Ingestor.IngestAsync(request, new ProgressLineWriter(progress), cancellationToken);
    }

    /// <summary>Builds the services and opens (creates or migrates) the store.</summary>
    /// <param name="location">The store.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <param name="catalogue">The entity catalogue extraction uses (<c>--catalogue</c>); the built-in one when <see langword="null"/>.</param>
    /// <param name="extractor">Which extractor ingestion uses; the model's settings are checked here for llm and hybrid.</param>
    /// <returns>The services; dispose them when the command ends.</returns>
    /// <exception cref="CliUsageException">The model's settings are missing or invalid (the message names the variable).</exception>
    public static async Task<GraphServices> OpenAsync(
        StoreLocation location,
        CancellationToken cancellationToken,
        Extraction.Catalogue.EntityCatalogue? catalogue = null,
        ExtractorMode extractor = ExtractorMode.Rules)
    {
        var builder = CreateBuilder(location, extractor: extractor);
        if (catalogue is not null)
        {
            // Registered before AddGraphExtraction's TryAdd, so the extractor is built over it.
            builder.Services.Replace(ServiceDescriptor.Singleton(catalogue));
        }

        var host = builder.Build();
        var services = new GraphServices(host, location);
        try
        {
            LlmExtractionSetup.Validate(host.Services, extractor);
            await services.Store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates the host builder with the store, extraction and ingestion registered; <c>serve</c> adds the API to it.</summary>
    /// <param name="location">The store.</param>
    /// <param name="args">Command-line style configuration overrides, if any.</param>
    /// <param name="extractor">Which extractor ingestion uses (rules registers no model client).</param>
    /// <returns>The builder.</returns>
    public static HostApplicationBuilder CreateBuilder(StoreLocation location, string[]? args = null, ExtractorMode extractor = ExtractorMode.Rules)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The CLI's own output says what happens; logs (on stderr) are for warnings and errors unless
        // GRAPHEXPLORER_LOG_LEVEL asks for more (e.g. Information, Debug).
        // Retries are reported by the one error line a failed command prints; Polly's per-attempt warnings only
        // show when GRAPHEXPLORER_LOG_LEVEL asks for logs.
        var level = Environment.GetEnvironmentVariable(LogLevelEnvironmentVariable);
        builder.Configuration.AddInMemoryCollection(
        [
            new("Logging:LogLevel:Default", level ?? nameof(LogLevel.Warning)),
            new("Logging:LogLevel:Polly", level ?? nameof(LogLevel.None)),
            // The store's "unavailable" error is the command's own error line: printed once, by the CLI.
            new("Logging:LogLevel:GraphExplorer.Storage.Sqlite.SqliteGraphStore", level ?? nameof(LogLevel.Critical)),
        ]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddServiceDefaults();
        AddStore(builder, location);
        builder.Services.AddGraphExtraction();
        builder.Services.AddIngestion();
        builder.Services.AddLlmExtraction(extractor, o => o.CacheFolder ??= LlmExtractionSetup.CacheFolder(location));
        builder.Services.AddSingleton<GraphExporter>();
        return builder;
    }

    /// <summary>Registers the store <paramref name="location"/> names, with the traversal service over it.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="location">The store.</param>
    public static void AddStore(IHostApplicationBuilder builder, StoreLocation location)
    {
        switch (location.Kind)
        {
            case StoreKind.Sqlite:
                var path = Path.GetFullPath(location.Value ?? StoreLocation.DefaultSqlitePath);
                CreateStoreFolder(path);
                builder.AddSqliteGraphStore(configureOptions: o => o.Path = path);
                break;
            case StoreKind.Neo4j:
                builder.AddNeo4jGraphStore("neo4j", o =>
                {
                    if (location.Value is { } uri)
                    {
                        o.Uri = new Uri(uri);
                    }
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(location), location.Kind, "Unknown store kind.");
        }
    }

    /// <summary>Creates the store file's folder, saying which store it is for when that fails (e.g. a file has its name).</summary>
    private static void CreateStoreFolder(string storePath)
    {
        var folder = Path.GetDirectoryName(storePath) ?? ".";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException ex)
        {
            throw new IOException($"The folder of the graph store '{storePath}' cannot be created: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UnauthorizedAccessException($"The folder of the graph store '{storePath}' cannot be created: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _host.Dispose();
        }
    }
}
