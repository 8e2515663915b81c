using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

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

    [Fact]
    public async Task WriteDocumentsAsync_EveryDocumentMalformed_RefusesThemAllWithoutACommit()
    {
        var store = _temp.Store;
        await store.WriteDocumentsAsync([Document("first.md", "A", "Base")], Ct);
        var before = await VersionAsync();
        var malformed = Document("bad.md", "X", "Y") with { Entities = [] };

        var failures = await store.WriteDocumentsAsync([malformed, malformed with { Document = "worse.md" }], Ct);

        Assert.Equal(["bad.md", "worse.md"], failures.Select(f => f.Document));
        Assert.Equal(before, await VersionAsync());
        Assert.Equal(["first.md"], (await store.GetDocumentsAsync(Ct)).Select(d => d.Document));
    }

    [Fact]
    public async Task WriteDocumentsAsync_BatchesRewritesAndRemovals_EveryReferenceHoldsAndRemovalsStillCascade()
    {
        // Given: batches whose documents overlap, rewrite and drop entities and edges.
        var store = _temp.Store;
        await store.WriteDocumentsAsync([Texted("a.md", "A", "Base"), Texted("b.md", "B", "Base"), Texted("c.md", "C", "A")], Ct);
        await store.WriteDocumentsAsync([Texted("a.md", "A2", "Base"), Texted("c.md", "C", "B"), Texted("d.md", "D", "C")], Ct);

        // When: a document goes.
        await store.RemoveDocumentAsync(SourceNames.Default, "b.md", Ct);

        // Then: no row names a row that is not there, and the removal took the document's text with it (a cascade).
        Assert.Empty(await ReadAsync("PRAGMA foreign_key_check;"));
        Assert.Equal(["a.md", "c.md", "d.md"], await ReadAsync("SELECT document FROM document_texts ORDER BY document;"));
    }

    private async Task<long> VersionAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        return await StoreVersion.ReadAsync(connection, null, Ct);
    }

    private async Task<List<string>> ReadAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    private static DocumentGraph Texted(string path, string source, string target) =>
        Document(path, source, target) with { Text = $"{source} is built on {target}.\n" };

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
