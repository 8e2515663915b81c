using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreWriteTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task WriteDocumentAsync_EntitiesAndEdges_ReadBackWithAliasesLayerAndEvidence()
    {
        var store = _temp.Store;
        var nvidia = new Entity(EntityKey.FromName("NVIDIA"), "NVIDIA", EntityType.Company, ["NVIDIA", "英伟达", "Nvidia"], "基础层", "芯片");
        var graph = new DocumentGraphBuilder("000.md", "h1")
            .Entity(nvidia)
            .Entity("GPT-4", EntityType.Model)
            .Edge("NVIDIA", RelationshipType.SuppliesComputeTo, "OpenAI", 5, "英伟达为OpenAI提供算力")
            .Edge("OpenAI", RelationshipType.Develops, "GPT-4", 3, "OpenAI发布GPT-4")
            .Build();

        await store.WriteDocumentAsync(graph, Ct);

        var entities = await store.ReadAllEntitiesAsync(Ct).ToListAsync(Ct);
        Assert.Equal(["gpt-4", "nvidia", "openai"], entities.Select(e => e.Key.Value));
        var stored = entities[1];
        Assert.Equal("NVIDIA", stored.Name);
        Assert.Equal(EntityType.Company, stored.Type);
        Assert.Equal(["NVIDIA", "Nvidia", "英伟达"], stored.Aliases);
        Assert.Equal("基础层", stored.Layer);
        Assert.Equal("芯片", stored.Category);
        Assert.Equal(EntityType.Model, entities[0].Type);
        var relationships = await store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct);
        Assert.Equal(
            [
                ("nvidia", RelationshipType.SuppliesComputeTo, "openai", "000.md", 5, "英伟达为OpenAI提供算力"),
                ("openai", RelationshipType.Develops, "gpt-4", "000.md", 3, "OpenAI发布GPT-4"),
            ],
            relationships.SelectMany(r => r.Evidence.Select(e => (r.Source.Value, r.Type, r.Target.Value, e.Document, e.Line, e.Quote))));
    }

    [Fact]
    public async Task WriteDocumentAsync_SameDocumentTwice_SameCountsAndKeys()
    {
        var store = _temp.Store;
        var graph = new DocumentGraphBuilder("a.md")
            .Edge("A", RelationshipType.BuiltOn, "B")
            .Edge("C", RelationshipType.InvestsIn, "A")
            .Build();
        await store.WriteDocumentAsync(graph, Ct);
        var before = await SnapshotAsync(store);

        await store.WriteDocumentAsync(graph, Ct);

        var after = await SnapshotAsync(store);
        Assert.Equal(before, after);
        var statistics = await store.GetStatisticsAsync(Ct);
        Assert.Equal((1, 3, 2, 2), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
    }

    [Fact]
    public async Task WriteDocumentAsync_ChangedDocument_ReplacesItsEvidenceAndDropsEdgesOnlyItSupported()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(
            new DocumentGraphBuilder("a.md", "v1")
                .Edge("A", RelationshipType.BuiltOn, "B", 1)
                .Edge("C", RelationshipType.BuiltOn, "B", 2)
                .Edge("D", RelationshipType.InvestsIn, "A", 3)
                .Build(),
            Ct);
        await store.WriteDocumentAsync(new DocumentGraphBuilder("b.md").Edge("C", RelationshipType.BuiltOn, "B", 7).Build(), Ct);

        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "v2").Edge("A", RelationshipType.BuiltOn, "B", 4).Build(), Ct);

        var evidence = await EvidenceAsync(store);
        Assert.Equal(
            [
                ("a", RelationshipType.BuiltOn, "b", "a.md", 4),
                ("c", RelationshipType.BuiltOn, "b", "b.md", 7),
            ],
            evidence);
        Assert.Equal(["a", "b", "c"], await KeysAsync(store));
        Assert.Contains(new DocumentRecord("a.md", "v2"), await store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task WriteDocumentAsync_SameEdgeInTwoDocuments_OneEdgeWithEvidenceFromBoth()
    {
        var store = _temp.Store;

        await store.WriteDocumentAsync(new DocumentGraphBuilder("b.md").Edge("A", RelationshipType.BuiltOn, "B", 9).Build(), Ct);
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B", 2).Build(), Ct);

        var relationship = Assert.Single(await store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct));
        Assert.Equal([("a.md", 2), ("b.md", 9)], relationship.Evidence.Select(e => (e.Document, e.Line)));
        Assert.Equal(2, (await store.GetStatisticsAsync(Ct)).Entities);
    }

    [Fact]
    public async Task WriteDocumentAsync_CompetesWithInBothDirections_StoredOncePerPair()
    {
        var store = _temp.Store;
        var a = EntityKey.FromName("A");
        var b = EntityKey.FromName("B");
        DocumentGraph Graph(string document, EntityKey source, EntityKey target) => new(
            document,
            "h",
            [new Entity(a, "A", EntityType.Company, ["A"]), new Entity(b, "B", EntityType.Company, ["B"])],
            [new Relationship(source, RelationshipType.CompetesWith, target, [new Evidence(document, 1, "A与B竞争")])]);

        await store.WriteDocumentAsync(Graph("1.md", b, a), Ct);
        await store.WriteDocumentAsync(Graph("2.md", a, b), Ct);

        var relationship = Assert.Single(await store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct));
        Assert.Equal((a, b), (relationship.Source, relationship.Target));
        Assert.Equal(["1.md", "2.md"], relationship.Evidence.Select(e => e.Document));
    }

    [Fact]
    public async Task WriteDocumentAsync_EntityInSecondDocument_KeepsFirstNameAndTypeAndUnitesAliases()
    {
        var store = _temp.Store;
        var key = EntityKey.FromName("NVIDIA");
        await store.WriteDocumentAsync(
            new DocumentGraph("a.md", "h", [new Entity(key, "NVIDIA", EntityType.Company, ["Nvidia"])], []), Ct);

        await store.WriteDocumentAsync(
            new DocumentGraph("b.md", "h", [new Entity(key, "nvidia", EntityType.Product, ["英伟达"], Layer: "基础层")], []), Ct);

        var entity = Assert.Single(await store.ReadAllEntitiesAsync(Ct).ToListAsync(Ct));
        Assert.Equal(("NVIDIA", EntityType.Company, "基础层"), (entity.Name, entity.Type, entity.Layer));
        Assert.Equal(["NVIDIA", "Nvidia", "nvidia", "英伟达"], entity.Aliases);
    }

    [Fact]
    public async Task RemoveDocumentAsync_OnlyDocument_RemovesItsEdgesAndEntities()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);

        var removed = await store.RemoveDocumentAsync("a.md", Ct);

        Assert.True(removed);
        var statistics = await store.GetStatisticsAsync(Ct);
        Assert.Equal((0, 0, 0, 0), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
        Assert.Empty(await store.SearchEntitiesAsync("A", 5, Ct));
    }

    [Fact]
    public async Task RemoveDocumentAsync_EdgeAlsoInOtherDocument_KeepsEdgeWithOtherEvidence()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(
            new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B", 1).Edge("X", RelationshipType.BuiltOn, "B", 2).Build(), Ct);
        await store.WriteDocumentAsync(new DocumentGraphBuilder("b.md").Edge("A", RelationshipType.BuiltOn, "B", 5).Build(), Ct);

        await store.RemoveDocumentAsync("a.md", Ct);

        Assert.Equal([("a", RelationshipType.BuiltOn, "b", "b.md", 5)], await EvidenceAsync(store));
        Assert.Equal(["a", "b"], await KeysAsync(store));
        Assert.Equal([new DocumentRecord("b.md", "hash-1")], await store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task RemoveDocumentAsync_UnknownDocument_ReturnsFalse()
    {
        var removed = await _temp.Store.RemoveDocumentAsync("missing.md", Ct);

        Assert.False(removed);
    }

    [Fact]
    public async Task WriteDocumentAsync_RelationshipNamesUndeclaredEntity_ThrowsAndChangesNothing()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);
        var before = await SnapshotAsync(store);
        var a = EntityKey.FromName("A");
        var bad = new DocumentGraph(
            "a.md",
            "v2",
            [new Entity(a, "A", EntityType.Company, ["A"])],
            [new Relationship(a, RelationshipType.BuiltOn, EntityKey.FromName("Ghost"), [new Evidence("a.md", 1, "A on Ghost")])]);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.WriteDocumentAsync(bad, Ct));

        Assert.Contains("ghost", exception.Message, StringComparison.Ordinal);
        Assert.Equal("document", exception.ParamName);
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [Fact]
    public async Task WriteDocumentAsync_EvidenceFromAnotherDocument_Throws()
    {
        var graph = new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build();
        var foreign = graph with
        {
            Relationships = [graph.Relationships[0] with { Evidence = [new Evidence("other.md", 1, "q")] }],
        };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => _temp.Store.WriteDocumentAsync(foreign, Ct));

        Assert.Contains("a.md", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteDocumentAsync_FailsInsideTransaction_PreviousStateIntact()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "v1").Edge("A", RelationshipType.BuiltOn, "B", 1).Build(), Ct);
        var before = await SnapshotAsync(store);
        await using (var connection = new SqliteConnection($"Data Source={_temp.FilePath}"))
        {
            // Fails the write after its entities and edges are in: the insert of this evidence aborts.
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER fail_on_boom BEFORE INSERT ON evidence WHEN NEW.quote = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END;";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var failing = new DocumentGraphBuilder("a.md", "v2")
            .Edge("C", RelationshipType.BuiltOn, "D", 1)
            .Edge("E", RelationshipType.BuiltOn, "F", 2, "boom")
            .Build();
        await Assert.ThrowsAsync<SqliteException>(() => store.WriteDocumentAsync(failing, Ct));

        Assert.Equal(before, await SnapshotAsync(store));
        Assert.Equal([new DocumentRecord("a.md", "v1")], await store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task WriteDocumentAsync_Cancelled_PreviousStateIntact()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "v1").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);
        var before = await SnapshotAsync(store);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "v2").Edge("C", RelationshipType.BuiltOn, "D").Build(), cancelled.Token));

        Assert.Equal(before, await SnapshotAsync(store));
    }

    [Fact]
    public async Task GetStatisticsAsync_MixedGraph_CountsPerType()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(
            new DocumentGraphBuilder("a.md")
                .Entity("GPT-4", EntityType.Model)
                .Edge("OpenAI", RelationshipType.Develops, "GPT-4", 1)
                .Edge("OpenAI", RelationshipType.Develops, "GPT-4", 2)
                .Edge("Microsoft", RelationshipType.InvestsIn, "OpenAI", 3)
                .Build(),
            Ct);

        var statistics = await store.GetStatisticsAsync(Ct);

        Assert.Equal((1, 3, 2, 3), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
        Assert.Equal(2, statistics.EntitiesByType[EntityType.Company]);
        Assert.Equal(1, statistics.EntitiesByType[EntityType.Model]);
        Assert.Equal(0, statistics.EntitiesByType[EntityType.Product]);
        Assert.Equal(1, statistics.EdgesByType[RelationshipType.Develops]);
        Assert.Equal(1, statistics.EdgesByType[RelationshipType.InvestsIn]);
        Assert.Equal(0, statistics.EdgesByType[RelationshipType.CompetesWith]);
    }

    private static async Task<List<string>> KeysAsync(SqliteGraphStore store) =>
        (await store.ReadAllEntitiesAsync(Ct).ToListAsync(Ct)).Select(e => e.Key.Value).ToList();

    private static async Task<List<(string, RelationshipType, string, string, int)>> EvidenceAsync(SqliteGraphStore store) =>
        (await store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct))
            .SelectMany(r => r.Evidence.Select(e => (r.Source.Value, r.Type, r.Target.Value, e.Document, e.Line)))
            .ToList();

    private static async Task<string> SnapshotAsync(SqliteGraphStore store)
    {
        var entities = (await store.ReadAllEntitiesAsync(Ct).ToListAsync(Ct))
            .Select(e => $"{e.Key}|{e.Name}|{e.Type}|{string.Join(",", e.Aliases)}|{e.Layer}|{e.Category}");
        var relationships = (await store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct))
            .Select(r => $"{r.Source}-{r.Type}->{r.Target}:{string.Join(",", r.Evidence.Select(e => $"{e.Document}@{e.Line}:{e.Quote}"))}");
        var documents = (await store.GetDocumentsAsync(Ct)).Select(d => $"{d.Document}={d.ContentHash}");
        return string.Join("\n", entities.Concat(relationships).Concat(documents));
    }
}
