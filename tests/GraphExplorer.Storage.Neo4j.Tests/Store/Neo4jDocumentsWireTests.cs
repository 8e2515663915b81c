using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;

namespace GraphExplorer.Storage.Neo4j.Tests.Store;

/// <summary>Sources, kept text, the document list and the writer lock on the wire, against the fake Query API.</summary>
public sealed class Neo4jDocumentsWireTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!; // Set in InitializeAsync, before any test runs.

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task WriteDocumentAsync_DocumentOfASourceWithText_SendsItsKeyTextDateAndLineCount()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);
        var a = new Entity(EntityKey.FromName("A"), "A", EntityType.Company, ["A"]);
        var b = new Entity(EntityKey.FromName("B"), "B", EntityType.Company, ["B"]);
        var document = new DocumentGraph("sub/n.md", "h", [a, b], [Relationship.Create(a.Key, RelationshipType.BuiltOn, b.Key, [new Evidence("sub/n.md", 2, "A on B")])])
        {
            Source = "notes",
            Text = "# N\nA on B\n",
            Date = "2026-01-02",
        };

        await host.Store.WriteDocumentAsync(document, Ct);

        var statements = _server.Committed.Single().Statements;
        var write = statements.Single(s => FileOf(s.Statement) == CypherStatement.WriteDocument);
        Assert.Equal(("notes//sub/n.md", "# N\nA on B\n", "2026-01-02"), (write.StringParameter("doc"), write.StringParameter("text"), write.StringParameter("date")));
        Assert.Equal(2, write.Parameters.GetProperty("lineCount").GetInt32());
        var evidence = statements.Single(s => FileOf(s.Statement) == CypherStatement.WriteDocumentRelationships).Rows().Single().GetProperty("evidence")[0];
        Assert.Equal("notes//sub/n.md", evidence.GetProperty("doc").GetString());
    }

    [Fact]
    public async Task ListDocumentsAsync_Rows_SplitTheKeyIntoSourceAndPath()
    {
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.ListDocuments
            ? (["path", "contentHash", "date", "lines", "entities", "edges"], [["notes//sub/n.md", "h1", "2026-01-02", 2, 2, 1], ["a.md", "h2", null, 0, 3, 2]])
            : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var documents = await host.Store.ListDocumentsAsync(Ct);

        Assert.Equal(
            [new DocumentSummary(SourceNames.Default, "a.md", "h2", null, 3, 2, 0), new DocumentSummary("notes", "sub/n.md", "h1", "2026-01-02", 2, 1, 2)],
            documents);
    }

    [Fact]
    public async Task GetRelationshipsAsync_EvidenceOfTwoSources_CarriesEachSource()
    {
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.GetRelationships
            ? (["source", "type", "target", "docs", "lines", "quotes", "bases"],
                [["a", "BUILT_ON", "b", new[] { "two//x.md", "x.md" }, new[] { 3, 1 }, new[] { "q2", "q1" }, new[] { "prose", "structure" }]])
            : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var relationship = Assert.Single(await host.Store.GetRelationshipsAsync([new GraphEdge(new EntityKey("a"), RelationshipType.BuiltOn, new EntityKey("b"))], Ct));

        // Evidence is ordered by document key, as the embedded store orders it ('two//x.md' before 'x.md').
        Assert.Equal([("two", "x.md", 3), ("default", "x.md", 1)], relationship.Evidence.Select(e => (e.Source!, e.Document, e.Line)));
    }

    [Fact]
    public async Task AcquireWriterLockAsync_HeldByAnother_ThrowsBusyNamingTheHolder()
    {
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.AcquireWriterLock
            ? (["acquired", "owner", "since"], [[false, "host-9 pid 7 abc", "2026-12-01T22:00:00Z"]])
            : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var error = await Assert.ThrowsAsync<GraphStoreBusyException>(() => host.Store.AcquireWriterLockAsync(Ct));

        Assert.Contains("host-9 pid 7 abc", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => FileOf(r.Statement) == CypherStatement.ReleaseWriterLock);
    }

    [Fact]
    public async Task AcquireWriterLockAsync_Acquired_ReleasesWithTheSameOwnerOnDispose()
    {
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.AcquireWriterLock
            ? (["acquired", "owner", "since"], [[true, r.StringParameter("owner"), "2026-12-01T22:00:00Z"]])
            : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var held = await host.Store.AcquireWriterLockAsync(Ct);
        await held.DisposeAsync();

        var acquire = _server.Requests.First(r => FileOf(r.Statement) == CypherStatement.AcquireWriterLock);
        var release = Assert.Single(_server.Requests, r => FileOf(r.Statement) == CypherStatement.ReleaseWriterLock);
        Assert.Equal(acquire.StringParameter("owner"), release.StringParameter("owner"));
        Assert.Equal(120, acquire.Parameters.GetProperty("leaseSeconds").GetInt32());
    }

    private static string? FileOf(string? statement) =>
        CypherFiles.Names.FirstOrDefault(n => n != CypherStatement.Schema && CypherFiles.Get(n) == statement);
}
