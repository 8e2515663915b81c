using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Store;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;

namespace GraphExplorer.Storage.Neo4j.Tests.Store;

/// <summary>The store's writes on the wire: one explicit transaction per document, its statements from cypher/, and faults.</summary>
public sealed class Neo4jGraphStoreWireTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!; // Set in InitializeAsync, before any test runs.

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task WriteDocumentAsync_Document_RunsTheCypherFilesInOneTransactionInBatches()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri, o => o.BatchSize = 2);
        var document = Document("notes.md", entities: 5, relationships: 3);

        await host.Store.WriteDocumentAsync(document, Ct);

        var transaction = Assert.Single(_server.Committed);
        Assert.Equal(
            [
                CypherStatement.DetachDocumentEvidence, CypherStatement.DetachDocumentMentions, CypherStatement.WriteDocument,
                CypherStatement.WriteDocumentEntities, CypherStatement.WriteDocumentEntities, CypherStatement.WriteDocumentEntities,
                CypherStatement.WriteDocumentRelationships, CypherStatement.WriteDocumentRelationships,
                CypherStatement.RefreshEntities, CypherStatement.RefreshEntities, CypherStatement.RefreshEntities,
            ],
            transaction.Statements.Select(s => FileOf(s.Statement)));
        Assert.Equal("notes.md", transaction.Statements[2].StringParameter("doc"));
        Assert.Equal(document.ContentHash, transaction.Statements[2].StringParameter("contentHash"));
        Assert.Equal([2, 2, 1], transaction.Statements.Where(s => FileOf(s.Statement) == CypherStatement.WriteDocumentEntities).Select(s => s.Rows().Count()));
    }

    [Fact]
    public async Task WriteDocumentAsync_QuoteLikeCypher_TravelsOnlyAsAParameter()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);
        const string quote = "x'}) MATCH (n) DETACH DELETE n //";
        var a = Entity("Alpha");
        var b = Entity("Beta");
        var document = new DocumentGraph("q.md", "hash", [a, b], [Relationship.Create(a.Key, RelationshipType.BuiltOn, b.Key, [new Evidence("q.md", 7, quote)])]);

        await host.Store.WriteDocumentAsync(document, Ct);

        var statements = _server.Committed.Single().Statements;
        Assert.All(statements, s => Assert.DoesNotContain("DETACH DELETE n //", s.Statement, StringComparison.Ordinal));
        var row = statements.Single(s => FileOf(s.Statement) == CypherStatement.WriteDocumentRelationships).Rows().Single();
        Assert.Equal(("alpha", "BUILT_ON", "beta"), (row.GetProperty("source").GetString(), row.GetProperty("type").GetString(), row.GetProperty("target").GetString()));
        var evidence = row.GetProperty("evidence").EnumerateArray().Single();
        Assert.Equal((quote, 7, "prose"), (evidence.GetProperty("quote").GetString(), evidence.GetProperty("line").GetInt32(), evidence.GetProperty("basis").GetString()));
        Assert.Equal(DocumentWritePlan.EvidenceId(new Evidence("q.md", 7, quote)), evidence.GetProperty("id").GetString());
    }

    [Fact]
    public async Task WriteDocumentAsync_ClientError_SurfacesWithCodeAndIsNotRetried()
    {
        _server.Faults.Add(new FakeFault(r => FileOf(r.Statement) == CypherStatement.WriteDocumentEntities, FakeFaultKind.Neo4jError, times: 10)
        {
            Code = "Neo.ClientError.Schema.ConstraintValidationFailed",
            StatusCode = 400,
        });
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Store.WriteDocumentAsync(Document("a.md", 2, 1), Ct));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Single(_server.Requests, r => r.Kind == FakeRequestKind.Begin);
        Assert.Empty(_server.Committed);
    }

    [Fact]
    public async Task WriteDocumentAsync_TransientErrorMidTransaction_RetriesTheWholeDocumentInANewTransaction()
    {
        var entityBatches = 0;
        _server.Faults.Add(new FakeFault(r => FileOf(r.Statement) == CypherStatement.WriteDocumentEntities && ++entityBatches == 2, FakeFaultKind.Neo4jError)
        {
            Code = "Neo.TransientError.Transaction.DeadlockDetected",
            StatusCode = 400,
        });
        await using var host = new Neo4jTestHost(_server.BaseUri, o => o.BatchSize = 2);
        var document = Document("a.md", entities: 5, relationships: 4);

        await host.Store.WriteDocumentAsync(document, Ct);

        Assert.Single(_server.Abandoned);
        var committed = Assert.Single(_server.Committed);
        Assert.Equal(Keys(document), EntityKeys(committed));
        Assert.Equal(EvidenceIds(document), EvidenceIds(committed));
    }

    [Fact]
    public async Task WriteDocumentAsync_FaultsEverywhere_CommitsEachDocumentOnceWithNothingLostOrDuplicated()
    {
        // Given: faults at every kind of request, each before the fake processes the request.
        _server.Faults.Add(new FakeFault(r => r.Ordinal % 7 == 3, FakeFaultKind.Status, times: 6) { StatusCode = 503 });
        _server.Faults.Add(new FakeFault(r => r.Ordinal % 11 == 5, FakeFaultKind.Drop, times: 4));
        _server.Faults.Add(new FakeFault(r => r.Kind == FakeRequestKind.Commit && r.Ordinal % 2 == 0, FakeFaultKind.Status, times: 2) { StatusCode = 502 });
        _server.Faults.Add(new FakeFault(r => FileOf(r.Statement) == CypherStatement.WriteDocumentRelationships, FakeFaultKind.Neo4jError, times: 2)
        {
            Code = "Neo.TransientError.Transaction.LockClientStopped",
            StatusCode = 400,
        });
        _server.Faults.Add(new FakeFault(r => r.Kind == FakeRequestKind.Begin && r.Ordinal > 20, FakeFaultKind.Delay, times: 2) { Delay = TimeSpan.FromSeconds(60) });
        // The attempt timeout must fire only on the injected delays: a shorter one (400 ms) also fired on answers a
        // loaded CI machine was merely slow to give, which shifted the faults onto one request until its retries ran out.
        await using var host = new Neo4jTestHost(_server.BaseUri, o => (o.BatchSize, o.RequestTimeout) = (3, TimeSpan.FromSeconds(2)));
        var documents = Enumerable.Range(1, 6).Select(i => Document($"doc-{i}.md", entities: 4 + i, relationships: 2 + i)).ToArray();

        // When
        foreach (var document in documents)
        {
            await host.Store.WriteDocumentAsync(document, Ct);
        }

        // Then: every fault fired, and each document's committed transaction holds each of its rows exactly once.
        Assert.All(_server.Faults, f => Assert.True(f.Injected > 0, $"A {f.Kind} fault never fired."));
        Assert.Equal(documents.Select(d => d.Document), _server.Committed.Select(t => t.Document));
        foreach (var (document, committed) in documents.Zip(_server.Committed))
        {
            Assert.Equal(Keys(document), EntityKeys(committed));
            Assert.Equal(EvidenceIds(document), EvidenceIds(committed));
        }

        Assert.All(_server.Abandoned, t => Assert.DoesNotContain(t.Id, _server.Committed.Select(c => c.Id)));
    }

    [Fact]
    public async Task RemoveDocumentAsync_Document_DetachesRemovesAndRefreshesInOneTransaction()
    {
        _server.Respond = r => FileOf(r.Statement) switch
        {
            CypherStatement.DetachDocumentMentions => (["key"], [["alpha"], ["beta"]]),
            CypherStatement.RemoveDocument => (["removed"], [[1]]),
            _ => ([], []),
        };
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var removed = await host.Store.RemoveDocumentAsync("a.md", Ct);

        Assert.True(removed);
        var transaction = Assert.Single(_server.Committed);
        Assert.Equal(
            [CypherStatement.DetachDocumentEvidence, CypherStatement.DetachDocumentMentions, CypherStatement.RemoveDocument, CypherStatement.RefreshEntities],
            transaction.Statements.Select(s => FileOf(s.Statement)));
        Assert.Equal(["alpha", "beta"], transaction.Statements[3].Rows("keys").Select(k => k.GetString()));
    }

    [Fact]
    public async Task InitializeAsync_Schema_RunsEverySchemaStatementOnItsOwn()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);

        await host.Store.InitializeAsync(Ct);

        var statements = _server.Requests.Select(r => r.Statement).ToArray();
        Assert.Equal<string?>(CypherFiles.GetAll(CypherStatement.Schema), statements);
        Assert.Contains(statements, s => s!.Contains("REQUIRE e.key IS UNIQUE", StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Equal(FakeRequestKind.Query, r.Kind));
    }

    private static string? FileOf(string? statement) =>
        CypherFiles.Names.FirstOrDefault(n => n != CypherStatement.Schema && CypherFiles.Get(n) == statement);

    private static Entity Entity(string name) => new(EntityKey.FromName(name), name, EntityType.Company, [name]);

    private static DocumentGraph Document(string path, int entities, int relationships)
    {
        var list = Enumerable.Range(0, entities).Select(i => Entity($"{Path.GetFileNameWithoutExtension(path)} Entity {i}")).ToArray();
        var edges = Enumerable.Range(0, relationships)
            .Select(i => Relationship.Create(
                list[i % entities].Key,
                RelationshipTypes.All[i % RelationshipTypes.All.Count],
                list[(i + 1) % entities].Key,
                [new Evidence(path, i + 1, $"line {i + 1}"), new Evidence(path, i + 100, $"line {i + 100}")]))
            .ToArray();
        return new DocumentGraph(path, $"hash-{path}", list, edges);
    }

    private static string[] Keys(DocumentGraph document) => document.Entities.Select(e => e.Key.Value).Order(StringComparer.Ordinal).ToArray();

    private static string[] EvidenceIds(DocumentGraph document) =>
        document.Relationships.SelectMany(r => r.Evidence).Select(DocumentWritePlan.EvidenceId).Order(StringComparer.Ordinal).ToArray();

    private static string[] EntityKeys(FakeTransaction transaction) =>
        transaction.Statements
            .Where(s => FileOf(s.Statement) == CypherStatement.WriteDocumentEntities)
            .SelectMany(s => s.Rows())
            .Select(r => r.GetProperty("key").GetString() ?? string.Empty)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] EvidenceIds(FakeTransaction transaction) =>
        transaction.Statements
            .Where(s => FileOf(s.Statement) == CypherStatement.WriteDocumentRelationships)
            .SelectMany(s => s.Rows())
            .SelectMany(r => r.GetProperty("evidence").EnumerateArray())
            .Select(e => e.GetProperty("id").GetString() ?? string.Empty)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
