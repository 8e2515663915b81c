using GraphExplorer.Core.Storage;
using GraphExplorer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests;

/// <summary>The API over the sample graph (<see cref="SampleGraph"/>), in memory: one per test class.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The store the API serves.</summary>
    public IGraphStore Store => _store ?? throw new InvalidOperationException("The fixture is not initialised.");

    public virtual async ValueTask InitializeAsync() =>
        _store = await SampleGraph.CreateStoreAsync(TestContext.Current.CancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services => services.AddSingleton(Store));
    }
}
