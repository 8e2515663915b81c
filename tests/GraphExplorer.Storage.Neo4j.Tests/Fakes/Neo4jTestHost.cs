using GraphExplorer.Storage.Neo4j.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>The adapter wired as a host wires it (<c>AddNeo4jGraphStore</c>), pointed at the fake Neo4j or a real one.</summary>
internal sealed class Neo4jTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    public Neo4jTestHost(Uri uri, Action<Neo4jGraphStoreOptions>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddNeo4jGraphStore("neo4j", options =>
        {
            options.Uri = uri;
            options.User = "neo4j";
            options.Password = "s3cret-pass";
            // Generous: a cold first request on a loaded 2-core machine must not time out and be retried.
            // The timeout tests set their own short one.
            options.RequestTimeout = TimeSpan.FromSeconds(10);
            options.RetryDelay = TimeSpan.FromMilliseconds(5);
            options.MaxRetryAttempts = 4;
            configure?.Invoke(options);
        });
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public Neo4jQueryClient Client => Services.GetRequiredService<Neo4jQueryClient>();

    public Neo4jGraphStore Store => Services.GetRequiredService<Neo4jGraphStore>();

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
