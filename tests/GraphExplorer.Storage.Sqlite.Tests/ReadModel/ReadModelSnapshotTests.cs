using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.ReadModel;

/// <summary>
/// Readers of the in-memory model see whole committed documents only, and a reader keeps its snapshot while writes
/// commit. The interleavings are forced with explicit steps (an open write transaction, an open read session), not timing.
/// </summary>
public sealed class ReadModelSnapshotTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task Traversal_DocumentHalfWrittenInAnOpenTransaction_SeesNoneOfItThenAllOfItOnCommit()
    {
        var sut = CreateSut();
        await _temp.Store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "a1").Edge("A", RelationshipType.BuiltOn, "Base").Build(), Ct);
        Assert.Equal(["A"], await DependentsAsync(sut, "Base"));
        var second = new DocumentGraphBuilder("b.md", "b1")
            .Edge("B", RelationshipType.BuiltOn, "Base")
            .Edge("C", RelationshipType.BuiltOn, "B")
            .Build();

        // Given: another connection has written part of b.md (its first edge) and holds the transaction open.
        await using var writer = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False;Foreign Keys=True");
        await writer.OpenAsync(Ct);
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync(Ct);
        var firstHalf = second with { Relationships = second.Relationships.Take(1).ToArray(), Entities = second.Entities.Where(e => e.Name != "C").ToArray() };
        await DocumentWriter.WriteAsync(writer, transaction, PreparedDocument.From(firstHalf), DateTimeOffset.UnixEpoch, Ct);
        await StoreVersion.IncrementAsync(writer, transaction, Ct);

        // When: a reader runs meanwhile, then the rest is written and committed, then a reader runs again.
        var during = await DependentsAsync(sut, "Base");
        await DocumentWriter.WriteAsync(writer, transaction, PreparedDocument.From(second), DateTimeOffset.UnixEpoch, Ct);
        await transaction.CommitAsync(Ct);
        var after = await DependentsAsync(sut, "Base");

        // Then: none of b.md, then all of it.
        Assert.Equal(["A"], during);
        Assert.Equal(["A", "B", "C"], after);
    }

    [Fact]
    public async Task ReadSession_WriteCommitsWhileItIsOpen_KeepsItsVersionAndEvidenceWhileNewReadersSeeTheWrite()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "a1").Edge("A", RelationshipType.BuiltOn, "Base", quote: "A on Base").Build(), Ct);
        await using var old = await store.OpenReadSessionAsync(Ct);

        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "a2").Edge("A", RelationshipType.BuiltOn, "Base", quote: "A still on Base").Edge("X", RelationshipType.BuiltOn, "Base").Build(), Ct);
        await using var fresh = await store.OpenReadSessionAsync(Ct);

        Assert.Equal(old.Model.Version + 1, fresh.Model.Version);
        Assert.Equal(1, old.Model.Edges.Count);
        Assert.Equal(2, fresh.Model.Edges.Count);
        var edge = new GraphEdge(new("a"), RelationshipType.BuiltOn, new("base"));
        var oldEvidence = await new SessionRowSource(old).GetEvidenceAsync([edge], EvidenceWindow.Default, Ct);
        var newEvidence = await new SessionRowSource(fresh).GetEvidenceAsync([edge], EvidenceWindow.Default, Ct);
        Assert.Equal("A on Base", Assert.Single(Assert.Single(oldEvidence).Items).Quote);
        Assert.Equal("A still on Base", Assert.Single(Assert.Single(newEvidence).Items).Quote);
    }

    [Fact]
    public async Task Traversal_NoWriteBetweenReads_ReusesTheModelAndRebuildsOncePerNewVersion()
    {
        var sut = CreateSut();
        await _temp.Store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "Base").Build(), Ct);

        await DependentsAsync(sut, "Base");
        await DependentsAsync(sut, "Base");
        var afterTwoReads = _temp.Store.ReadModelBuilds;
        await _temp.Store.WriteDocumentAsync(new DocumentGraphBuilder("b.md").Edge("B", RelationshipType.BuiltOn, "Base").Build(), Ct);
        var seen = await DependentsAsync(sut, "Base");
        await DependentsAsync(sut, "Base");

        Assert.Equal(1, afterTwoReads);
        Assert.Equal(2, _temp.Store.ReadModelBuilds);
        Assert.Equal(["A", "B"], seen);
    }

    [Fact]
    public async Task Traversal_AnotherStoreInstanceWritesTheFile_SeesItsCommit()
    {
        var sut = CreateSut();
        await _temp.Store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "Base").Build(), Ct);
        Assert.Equal(["A"], await DependentsAsync(sut, "Base"));

        var other = _temp.Open();
        await other.RemoveDocumentAsync(SourceNames.Default, "a.md", Ct);
        await other.WriteDocumentAsync(new DocumentGraphBuilder("b.md").Edge("B", RelationshipType.BuiltOn, "Base").Build(), Ct);

        Assert.Equal(["B"], await DependentsAsync(sut, "Base"));
    }

    private SqliteTraversalService CreateSut() => new(_temp.Store, new TraversalCatalogue());

    private static async Task<string[]> DependentsAsync(SqliteTraversalService sut, string entity) =>
        (await sut.ExecuteAsync(new TraversalRequest("dependents-of", entity), Ct)).Rows.Select(r => r.Entity.Name).ToArray();
}
