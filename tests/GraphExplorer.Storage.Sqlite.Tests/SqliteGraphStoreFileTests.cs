using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreFileTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesCurrentSchemaInWalMode()
    {
        var store = _temp.Store;

        await store.InitializeAsync(Ct);

        Assert.Equal(SqliteSchema.CurrentVersion, await store.GetSchemaVersionAsync(Ct));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task InitializeAsync_ReopenedFile_KeepsDataAndVersion()
    {
        await _temp.Store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);
        await _temp.Store.DisposeAsync();
        var reopened = _temp.Open();

        await reopened.InitializeAsync(Ct);

        Assert.Equal(SqliteSchema.CurrentVersion, await reopened.GetSchemaVersionAsync(Ct));
        Assert.Equal(1, (await reopened.GetStatisticsAsync(Ct)).Edges);
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_ThrowsNamingPath()
    {
        await ScalarAsync("PRAGMA user_version = 999;");

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(() => _temp.Store.InitializeAsync(Ct));

        Assert.Contains(_temp.FilePath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_NotASqliteFile_ThrowsNamingPath()
    {
        await File.WriteAllTextAsync(_temp.FilePath, new string('x', 4096), Ct);

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(() => _temp.Store.InitializeAsync(Ct));

        Assert.Equal(_temp.FilePath, exception.Path);
        Assert.Contains(_temp.FilePath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable SQLite database", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteDocumentAsync_FileLockedByAnotherWriter_ThrowsNamingPath()
    {
        var store = _temp.Open(o => o.BusyTimeout = TimeSpan.FromSeconds(1));
        await store.InitializeAsync(Ct);
        await using var other = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await other.OpenAsync(Ct);
        await using var holdLock = other.CreateCommand();
        holdLock.CommandText = "BEGIN EXCLUSIVE;";
        await holdLock.ExecuteNonQueryAsync(Ct);

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(
            () => store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct));

        Assert.Contains(_temp.FilePath, exception.Message, StringComparison.Ordinal);
        Assert.Contains("locked", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_FolderMissing_CreatesFolderAndFile()
    {
        var path = _temp.Folder.Combine("nested/deeper/graph.db");
        var store = _temp.Open(o => o.Path = path);

        await store.InitializeAsync(Ct);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Options_Defaults_AreDocumentedValues()
    {
        var options = new SqliteGraphStoreOptions();

        Assert.Equal("graph.db", options.Path);
        Assert.Equal(TimeSpan.FromSeconds(5), options.BusyTimeout);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(Ct))?.ToString();
    }
}
