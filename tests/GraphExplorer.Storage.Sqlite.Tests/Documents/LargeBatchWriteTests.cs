using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.Documents;

/// <summary>
/// Batches of large overlapping documents: every row is written once, edges get their ids in the order documents give
/// them, edges that exist already keep theirs, and a document the store refuses half way leaves nothing behind.
/// </summary>
public sealed class LargeBatchWriteTests : IAsyncDisposable
{
    private const int EdgesPerDocument = 160;

    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task WriteDocumentsAsync_LargeOverlappingDocuments_WritesEveryRowOnceWithIdsInDocumentOrder()
    {
        var first = Document("first.md", 0);
        var second = Document("second.md", EdgesPerDocument / 2);

        var failures = await _temp.Store.WriteDocumentsAsync([first, second], Ct);

        Assert.Empty(failures);
        var expectedEdges = first.Relationships.Concat(second.Relationships).Select(Wire).Distinct().ToArray();
        Assert.Equal(expectedEdges, await ReadAsync(_temp, "SELECT source || ' ' || type || ' ' || target FROM edges ORDER BY id;"));
        var statistics = await _temp.Store.GetStatisticsAsync(Ct);
        Assert.Equal(first.Relationships.Count + second.Relationships.Count, statistics.Evidence);
        Assert.Equal(first.Entities.Concat(second.Entities).Select(e => e.Key).Distinct().Count(), statistics.Entities);
        var aliases = first.Entities.Concat(second.Entities).SelectMany(e => e.Aliases.Select(a => $"{e.Key.Value} {a}")).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(aliases, await ReadAsync(_temp, "SELECT entity_key || ' ' || alias FROM entity_aliases ORDER BY 1;"));
    }

    [Fact]
    public async Task WriteDocumentsAsync_RemoveAndRewriteLargeDocuments_SameGraphAsWritingTheSurvivorAlone()
    {
        var first = Document("first.md", 0);
        var second = Document("second.md", EdgesPerDocument / 2);
        await _temp.Store.WriteDocumentsAsync([first, second], Ct);

        // Rewritten with a third of its edges, in one batch with a new document; then the other one removed.
        var shorter = first with { ContentHash = "hash-2", Relationships = first.Relationships.Take(EdgesPerDocument / 3).ToArray() };
        var third = Document("third.md", EdgesPerDocument * 2);
        await _temp.Store.WriteDocumentsAsync([shorter, third], Ct);
        await _temp.Store.RemoveDocumentAsync("default", "second.md", Ct);

        await using var alone = new TempStore();
        await alone.Store.WriteDocumentsAsync([shorter, third], Ct);
        Assert.Equal(
            GraphSnapshot.SortedLines(await GraphSnapshot.ExportAsync(alone.Store, Ct)),
            GraphSnapshot.SortedLines(await GraphSnapshot.ExportAsync(_temp.Store, Ct)));
        Assert.Equal(
            (await alone.Store.GetStatisticsAsync(Ct)).Evidence,
            (await _temp.Store.GetStatisticsAsync(Ct)).Evidence);
    }

    [Fact]
    public async Task WriteDocumentsAsync_DocumentRefusedByTheStoreMidWrite_RollsBackAllOfItAndWritesTheNextWhole()
    {
        // Given: the store refuses one quote (a trigger), which the middle document gives on its last edge, after its
        // entities, mentions, aliases and first edges are written.
        await _temp.Store.InitializeAsync(Ct);
        await ExecuteAsync("CREATE TRIGGER refuse BEFORE INSERT ON evidence WHEN NEW.quote LIKE '%refuse me%' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        var good = Document("good.md", 0);
        var bad = Document("bad.md", EdgesPerDocument * 3);
        var last = bad.Relationships[^1];
        bad = bad with
        {
            Relationships = [.. bad.Relationships.SkipLast(1), last with { Evidence = [last.Evidence[0] with { Quote = "refuse me" }] }],
        };
        var after = Document("after.md", EdgesPerDocument * 6);

        var failures = await _temp.Store.WriteDocumentsAsync([good, bad, after], Ct);

        Assert.Equal("bad.md", Assert.Single(failures).Document);
        Assert.IsType<SqliteException>(failures[0].Error);
        await using var reference = new TempStore();
        await reference.Store.WriteDocumentsAsync([good, after], Ct);
        Assert.Equal(await GraphSnapshot.ExportAsync(reference.Store, Ct), await GraphSnapshot.ExportAsync(_temp.Store, Ct));
        Assert.Equal(await ReadAsync(reference, "SELECT key FROM entities ORDER BY rowid;"), await ReadAsync(_temp, "SELECT key FROM entities ORDER BY rowid;"));
    }

    private static string Wire(Relationship relationship) =>
        $"{relationship.Source.Value} {relationship.Type.ToWireName()} {relationship.Target.Value}";

    /// <summary>A document of <see cref="EdgesPerDocument"/> edges from entity <paramref name="start"/> on, each entity with two extra aliases.</summary>
    private static DocumentGraph Document(string path, int start)
    {
        var builder = new DocumentGraphBuilder(path, "hash-" + path);
        for (var i = start; i < start + EdgesPerDocument + 1; i++)
        {
            builder.Entity($"Node {i:D4}", EntityType.Product, $"N{i}", $"Node #{i}");
        }

        for (var i = start; i < start + EdgesPerDocument; i++)
        {
            builder.Edge($"Node {i:D4}", i % 2 == 0 ? RelationshipType.BuiltOn : RelationshipType.Develops, $"Node {i + 1:D4}", quote: $"Node {i} and node {i + 1}, as {path} says.");
        }

        return builder.Build();
    }

    private static async Task<string[]> ReadAsync(TempStore store, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return [.. rows];
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
