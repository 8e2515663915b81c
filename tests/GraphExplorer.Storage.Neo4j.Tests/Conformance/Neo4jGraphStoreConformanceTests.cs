using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using GraphExplorer.Testing.Conformance;
using GraphExplorer.Testing.Neo4j;

namespace GraphExplorer.Storage.Neo4j.Tests.Conformance;

/// <summary>The conformance suite against a real Neo4j, traversals by the generic engine over the store.</summary>
/// <param name="fixture">The shared Neo4j.</param>
[Collection(Neo4jCollection.Name)]
public class Neo4jGraphStoreConformanceTests(Neo4jFixture fixture) : GraphStoreConformanceTests
{
    private Neo4jTestHost? _host;

    private protected Neo4jTestHost Host => _host ?? throw new InvalidOperationException("The store is created by the test.");

    protected override void SkipUnlessAvailable() => Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken)
    {
        _host = new Neo4jTestHost(fixture.Uri, options =>
        {
            options.User = fixture.User;
            options.Password = fixture.Password;
            options.Database = fixture.Database;
            options.RequestTimeout = TimeSpan.FromSeconds(30);
            options.RetryDelay = TimeSpan.FromMilliseconds(200);
        });
        var store = _host.Store;
        await store.InitializeAsync(cancellationToken);
        await store.ClearAsync(cancellationToken);
        return store;
    }

    protected override async ValueTask DisposeStoreAsync(IGraphStore store)
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
