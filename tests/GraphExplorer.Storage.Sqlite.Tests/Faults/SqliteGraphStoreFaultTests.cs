using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.Faults;

/// <summary>A store file that fills up, gets locked or corrupted: a clear error naming it, and no partial write.</summary>
public sealed class SqliteGraphStoreFaultTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task WriteDocumentAsync_SizeLimitReached_ThrowsFullNamingPathAndKeepsEarlierDocuments()
    {
        var store = _temp.Open(o => o.MaxSizeBytes = 256 * 1024);
        await store.InitializeAsync(Ct);
        var written = new List<string>();
        var before = "";

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(async () =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                before = await GraphSnapshot.ExportAsync(store, Ct);
                await store.WriteDocumentAsync(LargeDocument($"doc-{i:D4}.md", i), Ct);
                written.Add($"doc-{i:D4}.md");
            }
        });

        Assert.Equal(_temp.FilePath, exception.Path);
        Assert.Contains(_temp.FilePath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("is full", exception.Message, StringComparison.Ordinal);
        Assert.NotEmpty(written);
        Assert.Equal(written, (await store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(before, await GraphSnapshot.ExportAsync(store, Ct));
    }

    [Fact]
    public async Task WriteDocumentAsync_SizeLimitReached_ReplacedDocumentKeepsItsPreviousVersion()
    {
        var store = _temp.Open(o => o.MaxSizeBytes = 256 * 1024);
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md", "v1").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);
        var before = await GraphSnapshot.ExportAsync(store, Ct);

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(
            () => store.WriteDocumentAsync(LargeDocument("a.md", 0, edges: 200, quoteLength: 2_000), Ct));

        Assert.Contains("is full", exception.Message, StringComparison.Ordinal);
        Assert.Equal([new DocumentRecord("a.md", "v1")], await store.GetDocumentsAsync(Ct));
        Assert.Equal(before, await GraphSnapshot.ExportAsync(store, Ct));
    }

    [Fact]
    public async Task WriteDocumentAsync_LockReleasedAfterFailure_FailedWriteLeftNothingAndRetrySucceeds()
    {
        var store = _temp.Open(o => o.BusyTimeout = TimeSpan.FromSeconds(1));
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);
        var before = await GraphSnapshot.ExportAsync(store, Ct);
        var second = new DocumentGraphBuilder("b.md").Edge("C", RelationshipType.InvestsIn, "A").Edge("C", RelationshipType.Develops, "D").Build();
        var other = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await using (other)
        {
            await other.OpenAsync(Ct);
            await using var holdLock = other.CreateCommand();
            holdLock.CommandText = "BEGIN EXCLUSIVE;";
            await holdLock.ExecuteNonQueryAsync(Ct);

            var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(() => store.WriteDocumentAsync(second, Ct));

            Assert.Contains("locked", exception.Message, StringComparison.Ordinal);
        }

        var afterFailure = await GraphSnapshot.ExportAsync(store, Ct);
        await store.WriteDocumentAsync(second, Ct);

        Assert.Equal(before, afterFailure);
        Assert.Equal(["a.md", "b.md"], (await store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(3, (await store.GetStatisticsAsync(Ct)).Edges);
    }

    [Fact]
    public async Task GetStatisticsAsync_PagesOverwrittenWithGarbage_ThrowsNotReadableNamingPath()
    {
        await _temp.Store.WriteDocumentAsync(LargeDocument("a.md", 0, edges: 100), Ct);
        await _temp.Store.DisposeAsync();
        await CheckpointAsync();
        var bytes = await File.ReadAllBytesAsync(_temp.FilePath, Ct);
        new Random(7).NextBytes(bytes.AsSpan(4096));
        await File.WriteAllBytesAsync(_temp.FilePath, bytes, Ct);
        var reopened = _temp.Open();

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(async () =>
        {
            await reopened.GetStatisticsAsync(Ct);
            await GraphSnapshot.ExportAsync(reopened, Ct);
        });

        Assert.Equal(_temp.FilePath, exception.Path);
        Assert.Contains("not a readable SQLite database", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_GarbageFile_ThrowsAndLeavesFileUntouched()
    {
        var garbage = new byte[8192];
        new Random(11).NextBytes(garbage);
        await File.WriteAllBytesAsync(_temp.FilePath, garbage, Ct);

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(() => _temp.Store.InitializeAsync(Ct));

        Assert.Contains(_temp.FilePath, exception.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_temp.FilePath, Ct));
        Assert.False(File.Exists(_temp.FilePath + "-wal") && new FileInfo(_temp.FilePath + "-wal").Length > 0);
    }

    /// <summary>A document of <paramref name="edges"/> edges with long quotes, its names unique to <paramref name="seed"/>.</summary>
    private static DocumentGraph LargeDocument(string document, int seed, int edges = 100, int quoteLength = 200)
    {
        var builder = new DocumentGraphBuilder(document, $"hash-{document}-{edges}");
        for (var i = 0; i < edges; i++)
        {
            builder.Edge($"Source {seed}-{i}", RelationshipType.BuiltOn, $"Target {seed}-{i % 17}", quote: $"Source {seed}-{i} is built on Target {seed}-{i % 17}. " + new string('x', quoteLength));
        }

        return builder.Build();
    }

    /// <summary>Moves the WAL into the main file, so that overwriting the file's pages overwrites the data.</summary>
    private async Task CheckpointAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(Ct);
    }
}
