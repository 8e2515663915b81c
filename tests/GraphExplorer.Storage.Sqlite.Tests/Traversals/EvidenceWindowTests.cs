using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Traversals;

/// <summary>The per-step evidence cap and the paged <c>evidence</c> traversal, on both engines over the same store.</summary>
public sealed class EvidenceWindowTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<bool> Engines => [true, false];

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task DependentsOf_EdgeWithFiveMentions_CarriesTheFirstThreeAndTheTotal(bool readModel)
    {
        var sut = await CreateSutAsync(readModel);

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "Base"), Ct);

        var step = Assert.Single(Assert.Single(result.Rows).Path);
        Assert.Equal(5, step.EvidenceCount);
        Assert.Equal([("a.md", 1), ("a.md", 2), ("a.md", 3)], step.Evidence.Select(e => (e.Document, e.Line)));
        Assert.Equal(3, result.Parameters.Evidence);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task DependentsOf_EvidenceParameter_SetsTheCapAndZeroKeepsOnlyTheTotal(bool readModel)
    {
        var sut = await CreateSutAsync(readModel);

        var one = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "Base", Evidence: 1), Ct);
        var none = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "Base", Evidence: 0), Ct);

        Assert.Equal([("a.md", 1)], one.Rows[0].Path[0].Evidence.Select(e => (e.Document, e.Line)));
        Assert.Empty(none.Rows[0].Path[0].Evidence);
        Assert.Equal(5, none.Rows[0].Path[0].EvidenceCount);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Evidence_OffsetAndLimit_PageThroughEveryQuote(bool readModel)
    {
        var sut = await CreateSutAsync(readModel);

        var pages = new List<(string, int)>();
        for (var offset = 0; offset < 6; offset += 2)
        {
            var page = await sut.ExecuteAsync(new TraversalRequest("evidence", "A", "Base", Limit: 2, Offset: offset), Ct);
            var step = Assert.Single(Assert.Single(page.Rows).Path);
            Assert.Equal(5, step.EvidenceCount);
            pages.AddRange(step.Evidence.Select(e => (e.Document, e.Line)));
        }

        var past = await sut.ExecuteAsync(new TraversalRequest("evidence", "A", "Base", Limit: 2, Offset: 50), Ct);

        Assert.Equal([("a.md", 1), ("a.md", 2), ("a.md", 3), ("b.md", 1), ("b.md", 2)], pages);
        Assert.Empty(past.Rows[0].Path[0].Evidence);
        Assert.Equal((5, 50), (past.Rows[0].Path[0].EvidenceCount, past.Parameters.Offset ?? -1));
    }

    [Theory]
    [InlineData("dependents-of", 101, null, "evidence")]
    [InlineData("dependents-of", -1, null, "evidence")]
    [InlineData("dependents-of", null, 2, "offset")]
    [InlineData("evidence", 2, null, "evidence")]
    [InlineData("evidence", null, -1, "offset")]
    public async Task Request_EvidenceOrOffsetOutOfBounds_FailsNamingTheParameter(string traversal, int? evidence, int? offset, string parameter)
    {
        var sut = await CreateSutAsync(readModel: true);

        var exception = await Assert.ThrowsAsync<TraversalException>(
            () => sut.ExecuteAsync(new TraversalRequest(traversal, "A", "Base", Evidence: evidence, Offset: offset), Ct));

        Assert.Equal(parameter, exception.Parameter);
    }

    private async Task<ITraversalService> CreateSutAsync(bool readModel)
    {
        var a = new DocumentGraphBuilder("a.md", "ha");
        var b = new DocumentGraphBuilder("b.md", "hb");
        for (var line = 1; line <= 3; line++)
        {
            a.Edge("A", RelationshipType.BuiltOn, "Base", line);
        }

        b.Edge("A", RelationshipType.BuiltOn, "Base", 1).Edge("A", RelationshipType.BuiltOn, "Base", 2);
        await _temp.Store.WriteDocumentAsync(b.Build(), Ct);
        await _temp.Store.WriteDocumentAsync(a.Build(), Ct);
        var catalogue = new TraversalCatalogue();
        return readModel ? new SqliteTraversalService(_temp.Store, catalogue) : new GraphTraversalService(_temp.Store, catalogue);
    }
}
