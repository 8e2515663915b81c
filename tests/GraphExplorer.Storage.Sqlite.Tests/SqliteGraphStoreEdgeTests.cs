using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreEdgeTests : IAsyncDisposable
{
    private static readonly EntityKey A = EntityKey.FromName("A");
    private static readonly EntityKey B = EntityKey.FromName("B");
    private static readonly EntityKey C = EntityKey.FromName("C");

    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Theory]
    [InlineData(EdgeDirection.Outgoing, "a-BuiltOn->b")]
    [InlineData(EdgeDirection.Incoming, "c-BuiltOn->a")]
    [InlineData(EdgeDirection.Both, "a-BuiltOn->b,c-BuiltOn->a")]
    public async Task GetEdgesAsync_Direction_ReturnsEdgesOnThatSide(EdgeDirection direction, string expected)
    {
        var store = await CreateSutAsync();

        var edges = await store.GetEdgesAsync([A], direction, [RelationshipType.BuiltOn], Ct);

        Assert.Equal(expected, Describe(edges));
    }

    [Fact]
    public async Task GetEdgesAsync_TypeFilter_ReturnsOnlyThoseTypes()
    {
        var store = await CreateSutAsync();

        var edges = await store.GetEdgesAsync([A], EdgeDirection.Both, [RelationshipType.InvestsIn, RelationshipType.CompetesWith], Ct);

        Assert.Equal("a-CompetesWith->c,b-InvestsIn->a", Describe(edges));
    }

    [Fact]
    public async Task GetEdgesAsync_FrontierBeyondParameterLimit_ReturnsEdgesOfKnownKeys()
    {
        var store = await CreateSutAsync();
        var frontier = Enumerable.Range(0, 40_000).Select(i => new EntityKey($"missing-{i}")).Append(B).Append(C).ToArray();

        var edges = await store.GetEdgesAsync(frontier, EdgeDirection.Outgoing, RelationshipTypes.All, Ct);

        Assert.Equal("b-InvestsIn->a,c-BuiltOn->a", Describe(edges));
    }

    [Fact]
    public async Task GetRelationshipsAsync_EdgesInAnyOrientation_EvidenceOrderedByDocumentThenLine()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(new DocumentGraphBuilder("0.md").Edge("A", RelationshipType.BuiltOn, "B", 40).Build(), Ct);

        var relationships = await store.GetRelationshipsAsync(
            [
                new GraphEdge(A, RelationshipType.BuiltOn, B),
                new GraphEdge(C, RelationshipType.CompetesWith, A),
                new GraphEdge(B, RelationshipType.Develops, C),
            ],
            Ct);

        Assert.Equal(
            ["a-BuiltOn->b: 0.md@40, x.md@1, x.md@6", "a-CompetesWith->c: x.md@4"],
            relationships.Select(r => $"{r.Source}-{r.Type}->{r.Target}: {string.Join(", ", r.Evidence.Select(e => $"{e.Document}@{e.Line}"))}"));
    }

    [Fact]
    public async Task ReadAllEdgesAsync_Types_StreamsOnlyThoseTypes()
    {
        var store = await CreateSutAsync();

        var edges = await store.ReadAllEdgesAsync([RelationshipType.BuiltOn], Ct).ToListAsync(Ct);

        Assert.Equal("a-BuiltOn->b,c-BuiltOn->a", Describe(edges));
    }

    [Fact]
    public async Task ReadAllRelationshipsAsync_Cancelled_Throws()
    {
        var store = await CreateSutAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in store.ReadAllRelationshipsAsync(cancelled.Token))
            {
            }
        });
    }

    private static string Describe(IEnumerable<GraphEdge> edges) =>
        string.Join(",", edges.Select(e => $"{e.Source}-{e.Type}->{e.Target}").Order(StringComparer.Ordinal));

    private async Task<SqliteGraphStore> CreateSutAsync()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(
            new DocumentGraphBuilder("x.md")
                .Edge("A", RelationshipType.BuiltOn, "B", 1)
                .Edge("C", RelationshipType.BuiltOn, "A", 2)
                .Edge("B", RelationshipType.InvestsIn, "A", 3)
                .Edge("C", RelationshipType.CompetesWith, "A", 4)
                .Edge("A", RelationshipType.BuiltOn, "B", 6)
                .Build(),
            Ct);
        return store;
    }
}
