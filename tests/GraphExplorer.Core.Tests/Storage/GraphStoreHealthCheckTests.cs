using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Testing;
using GraphExplorer.Testing.Stores;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace GraphExplorer.Core.Tests.Storage;

public sealed class GraphStoreHealthCheckTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DocumentGraph Document(string name) =>
        new DocumentGraphBuilder(name + ".md").Entity(name + "-a").Entity(name + "-b").Edge(name + "-a", RelationshipType.BuiltOn, name + "-b").Build();

    [Fact]
    public async Task CheckHealthAsync_WithinTheCachePeriod_AnswersFromCacheThenAsksTheStoreAgain()
    {
        var store = new InMemoryGraphStore();
        await store.WriteDocumentAsync(Document("one"), Token);
        var time = new FakeTimeProvider();
        var check = new GraphStoreHealthCheck(store, time);

        var first = await check.CheckHealthAsync(new HealthCheckContext(), Token);
        await store.WriteDocumentAsync(Document("two"), Token);
        time.Advance(GraphStoreHealthCheck.CacheDuration - TimeSpan.FromMilliseconds(1));
        var cached = await check.CheckHealthAsync(new HealthCheckContext(), Token);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var fresh = await check.CheckHealthAsync(new HealthCheckContext(), Token);

        Assert.Equal(HealthStatus.Healthy, first.Status);
        Assert.Equal(2, (int)first.Data["entities"]);
        Assert.Equal(2, (int)cached.Data["entities"]);
        Assert.Equal(4, (int)fresh.Data["entities"]);
    }

    [Fact]
    public async Task CheckHealthAsync_EmptyStore_IsDegradedSayingToIngest()
    {
        var check = new GraphStoreHealthCheck(new InMemoryGraphStore(), new FakeTimeProvider());

        var result = await check.CheckHealthAsync(new HealthCheckContext(), Token);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("ingest", result.Description, StringComparison.Ordinal);
    }
}
