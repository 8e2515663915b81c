using GraphExplorer.Core.Export;
using GraphExplorer.Core.Storage;
using GraphExplorer.Extraction.Llm.Reporting;
using GraphExplorer.Extraction.Llm.Tests.Fakes;
using GraphExplorer.Ingestion;
using GraphExplorer.Ingestion.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GraphExplorer.Extraction.Llm.Tests.Extraction;

/// <summary>
/// Ingestion wired as the CLI wires it (rules, store, AddLlmExtraction) against the fake endpoint, on a
/// <see cref="FakeTimeProvider"/> so retry delays and timeouts pass without real waiting.
/// </summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-secret-0123456789";

    private readonly ServiceProvider _provider;

    public LlmTestHost(FakeChatServer server, IGraphStore store, string cacheFolder, ExtractorMode mode, Action<LlmExtractionOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [LlmExtractionOptions.EndpointVariable] = server.Endpoint.ToString(),
            [LlmExtractionOptions.ModelVariable] = "fake-model",
            [LlmExtractionOptions.ApiKeyVariable] = ApiKey,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(store);
        services.AddSingleton<GraphExporter>();
        services.AddGraphExtraction();
        services.AddIngestion();
        services.AddLlmExtraction(mode, o =>
        {
            o.CacheFolder = cacheFolder;
            o.RetryDelay = TimeSpan.FromSeconds(1);
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
            configure?.Invoke(o);
        });
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _provider;

    public LlmExtractionReport Report => _provider.GetRequiredService<LlmExtractionReport>();

    /// <summary>Ingests the folder without moving fake time: no retry can fire, no attempt can time out.</summary>
    public Task<IngestionSummary> IngestAsync(string folder, CancellationToken cancellationToken) =>
        _provider.GetRequiredService<DocumentIngestor>().IngestAsync(folder, null, cancellationToken);

    /// <summary>
    /// Ingests the folder, advancing fake time one second per step until the server has seen <paramref name="requests"/>
    /// requests (so retry delays and attempt timeouts elapse), then lets the run finish without moving time again.
    /// </summary>
    /// <returns>The summary and how much fake time passed before the last request arrived (at least the true delays).</returns>
    public async Task<(IngestionSummary Summary, TimeSpan Advanced)> IngestAdvancingAsync(
        string folder, FakeChatServer server, int requests, CancellationToken cancellationToken)
    {
        var run = IngestAsync(folder, cancellationToken);
        var advanced = TimeSpan.Zero;
        for (var step = 0; server.Requests.Count < requests && !run.IsCompleted; step++)
        {
            Assert.True(step < 2_000, "The requests did not arrive within 2,000 fake seconds.");
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken));
            if (server.Requests.Count < requests && !run.IsCompleted)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
                advanced += TimeSpan.FromSeconds(1);
            }
        }

        return (await run, advanced);
    }

    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        using var writer = new StringWriter();
        await _provider.GetRequiredService<GraphExporter>().ExportAsync(GraphExportFormat.JsonLines, writer, cancellationToken);
        return writer.ToString();
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
