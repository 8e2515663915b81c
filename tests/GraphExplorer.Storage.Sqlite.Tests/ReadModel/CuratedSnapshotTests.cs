using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.ReadModel;

/// <summary>A reader holding a curated snapshot keeps it whole while a decision commits; the next reader sees the decision.</summary>
public sealed class CuratedSnapshotTests : IAsyncDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task ReadSession_RejectCommitsWhileItIsOpen_KeepsTheCuratedEdgeAndItsEvidenceWhileNewReadersLoseIt()
    {
        // Given: a curated store (A merged into B) and a reader holding its session.
        var store = _temp.Store;
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "a1")
            .Edge("A", RelationshipType.BuiltOn, "Base", quote: "A on Base")
            .Edge("C", RelationshipType.BuiltOn, "Base", quote: "C on Base").Build(), Ct);
        await store.AddCurationAsync(CurationDecision.Create(CurationKind.Merge, Key("C"), Key("A"), null, null, "ana", null, At), Ct);
        await using var held = await store.OpenReadSessionAsync(Ct);
        var heldOverlay = Assert.IsType<CurationOverlay>(held.Model.Overlay);

        // When: the merged edge is rejected, committed by another caller.
        var edge = new GraphEdge(Key("C"), RelationshipType.BuiltOn, Key("Base"));
        await store.AddCurationAsync(CurationDecision.Create(CurationKind.RejectEdge, Key("C"), Key("Base"), RelationshipType.BuiltOn, null, "ana", "wrong", At.AddMinutes(1)), Ct);

        // Then: the held snapshot still shows the merged edge with both quotes; a new reader has no dependents of Base.
        var snapshot = new SnapshotGraphStore(held.Connection, held.Transaction);
        var view = new CuratedGraphStore(snapshot, snapshot, heldOverlay);
        var relationship = Assert.Single(await view.GetRelationshipsAsync([edge], Ct));
        Assert.Equal(["A on Base", "C on Base"], relationship.Evidence.Select(e => e.Quote));
        Assert.True(held.Model.TryGetNode(Key("C"), out var c) && held.Model.TryGetNode(Key("Base"), out var b)
            && held.Model.Rows(RelationshipType.BuiltOn, outgoing: true).EdgeIndexOf(c, b) >= 0);
        Assert.False(held.Model.TryGetNode(Key("A"), out _));
        var answer = await new SqliteTraversalService(store, new TraversalCatalogue()).ExecuteAsync(new TraversalRequest("dependents-of", "Base"), Ct);
        Assert.Empty(answer.Rows);
    }

    private static EntityKey Key(string name) => EntityKey.FromName(name);
}
