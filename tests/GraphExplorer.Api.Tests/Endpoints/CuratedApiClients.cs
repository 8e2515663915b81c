using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Testing;
using GraphExplorer.Testing.Stores;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>Clients of the API over a fresh curated sample graph each, disposed together with the test class.</summary>
internal sealed class CuratedApiClients : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _factories = [];

    /// <summary>A client of a new API whose store is a fresh <see cref="SampleGraph"/> under a <see cref="CuratedGraphStore"/>.</summary>
    /// <param name="configuredKey">The API key the service is configured with; none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels building the sample graph.</param>
    public async Task<HttpClient> CreateAsync(string? configuredKey, CancellationToken cancellationToken)
    {
        var inner = (InMemoryGraphStore)await SampleGraph.CreateStoreAsync(cancellationToken);
        var curated = new CuratedGraphStore(inner, inner);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("GraphExplorer:ApiKey", configuredKey)
            .ConfigureServices(s =>
            {
                s.AddSingleton<IGraphStore>(curated);
                s.AddSingleton<ITraversalService>(new GraphTraversalService(curated, new TraversalCatalogue()));
            }));
        _factories.Add(factory);
        return factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }
    }
}
