using GraphExplorer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Api.Tests;

/// <summary>
/// The API over a real store: a fresh temp SQLite file filled from <c>seeds/</c> by the real extractor and
/// ingestor (<see cref="SeededStore"/>), opened by the API's own <c>AddSqliteGraphStore</c> through
/// <c>ConnectionStrings:graph</c> as in production. One per test class; the file is deleted on dispose.
/// </summary>
public class SeededApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private SeededStore? _seeded;

    /// <summary>The seeded store: its file, the ingestion summary, the seed lines evidence cites.</summary>
    public SeededStore Seeded => _seeded ?? throw new InvalidOperationException("The fixture is not initialised.");

    public virtual async ValueTask InitializeAsync() =>
        _seeded = await SeededStore.CreateAsync(TestContext.Current.CancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:graph", Seeded.FilePath);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_seeded is not null)
        {
            await _seeded.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
