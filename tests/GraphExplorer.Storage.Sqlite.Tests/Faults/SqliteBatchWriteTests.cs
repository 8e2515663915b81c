using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Faults;

/// <summary>The bulk path: many documents per transaction, each all or nothing, and a failed batch leaves the last commit.</summary>
public sealed class SqliteBatchWriteTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task WriteDocumentsAsync_OneMalformedDocument_WritesTheOthersWhole()
    {
        var store = _temp.Store;
        var malformed = new DocumentGraph(
            "bad.md",
            "h",
            [new Entity(new EntityKey("a"), "A", EntityType.Company, ["A"])],
            [Relationship.Create(new EntityKey("a"), RelationshipType.BuiltOn, new EntityKey("missing"), [new Evidence("bad.md", 1, "A on missing")])]);

        var failures = await store.WriteDocumentsAsync(
            [Document("a.md", "A", "Base"), malformed, Document("c.md", "C", "Base")], Ct);

        Assert.Equal("bad.md", Assert.Single(failures).Document);
        Assert.IsType<ArgumentException>(failures[0].Error, exactMatch: false);
        Assert.Equal(["a.md", "c.md"], (await store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(2, (await store.GetStatisticsAsync(Ct)).Edges);
    }

    [Fact]
    public async Task WriteDocumentsAsync_SameGraphAsOneByOne_GivesTheIdenticalStore()
    {
        var documents = Enumerable.Range(0, 6).Select(i => Document($"d{i}.md", $"E{i}", $"E{(i + 1) % 6}")).ToArray();
        await using var oneByOne = new TempStore();
        foreach (var document in documents)
        {
            await oneByOne.Store.WriteDocumentAsync(document, Ct);
        }

        await _temp.Store.WriteDocumentsAsync(documents[..3], Ct);
        await _temp.Store.WriteDocumentsAsync(documents[3..], Ct);

        Assert.Equal(await GraphSnapshot.ExportAsync(oneByOne.Store, Ct), await GraphSnapshot.ExportAsync(_temp.Store, Ct));
    }

    [Fact]
    public async Task WriteDocumentsAsync_StoreFillsUpMidBatch_RollsBackTheWholeBatchAndKeepsTheLastCommit()
    {
        var store = _temp.Open(o => o.MaxSizeBytes = 256 * 1024);
        await store.WriteDocumentsAsync([Document("first.md", "A", "Base")], Ct);
        var before = await GraphSnapshot.ExportAsync(store, Ct);
        var batch = Enumerable.Range(0, 40).Select(i => LargeDocument($"big-{i:D2}.md", i)).ToArray();

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(() => store.WriteDocumentsAsync(batch, Ct));

        Assert.Contains("is full", exception.Message, StringComparison.Ordinal);
        Assert.Equal(["first.md"], (await store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(before, await GraphSnapshot.ExportAsync(store, Ct));
    }

    private static DocumentGraph Document(string path, string source, string target) =>
        new DocumentGraphBuilder(path, "hash-" + path).Edge(source, RelationshipType.BuiltOn, target).Build();

    private static DocumentGraph LargeDocument(string document, int seed)
    {
        var builder = new DocumentGraphBuilder(document, "hash-" + document);
        for (var i = 0; i < 100; i++)
        {
            builder.Edge($"Source {seed}-{i}", RelationshipType.BuiltOn, $"Target {seed}-{i % 17}", quote: $"Source {seed}-{i} is built on Target {seed}. " + new string('x', 400));
        }

        return builder.Build();
    }
}
