using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Storage.Sqlite.Tests.Documents;

/// <summary>
/// Batches leave the write-ahead log to one background checkpoint at a time: requests made while one runs start one
/// more after it, none starts once disposed, and a batch's connection checkpoints on commit again afterwards.
/// </summary>
public sealed class WalCheckpointerTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempStore _temp = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _secondOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _opened;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task Request_WhileOneRuns_RunsOneMoreAfterIt()
    {
        var sut = CreateSut();

        sut.Request();
        await _firstOpened.Task.WaitAsync(Patience, Ct);
        sut.Request();
        sut.Request();
        _gate.SetResult();
        await _secondOpened.Task.WaitAsync(Patience, Ct);
        await Task.Delay(50, Ct);
        await sut.DisposeAsync();

        // The two requests made while the first ran started one more, not two.
        Assert.Equal(2, _opened);
    }

    [Fact]
    public async Task Request_AfterDispose_StartsNone()
    {
        var sut = CreateSut();
        _gate.SetResult();

        await sut.DisposeAsync();
        sut.Request();
        await sut.DisposeAsync();

        Assert.Equal(0, _opened);
    }

    [Fact]
    public async Task DisposeAsync_CheckpointRunning_WaitsForIt()
    {
        var sut = CreateSut();
        sut.Request();
        await _firstOpened.Task.WaitAsync(Patience, Ct);

        var disposing = sut.DisposeAsync().AsTask();
        await Task.Delay(50, Ct);
        var doneBeforeTheGate = disposing.IsCompleted;
        _gate.SetResult();
        await disposing.WaitAsync(Patience, Ct);

        Assert.False(doneBeforeTheGate);
    }

    [Fact]
    public async Task WriteAsync_BatchCommitted_ItsConnectionIsBackAtSqliteDefaults()
    {
        // Given: a store file, and a connection of the test's own (not pooled) for the batch.
        await _temp.Store.InitializeAsync(Ct);
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        var outcome = new BatchOutcome();

        // When
        await using (var batch = new PreparedBatch([new DocumentGraphBuilder("a.md", "h-a").Edge("A", RelationshipType.BuiltOn, "B").Build()]))
        {
            await DocumentBatchWriter.WriteAsync(connection, batch, DateTimeOffset.UnixEpoch, outcome, Ct);
        }

        // Then: the batch was written, and the connection is back at SQLite's defaults for its next use.
        Assert.Equal(["a.md"], outcome.Written.Select(d => d.Document));
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint;";
        Assert.Equal((long)WalCheckpointer.DefaultAutoCheckpointPages, await command.ExecuteScalarAsync(Ct));
        command.CommandText = "PRAGMA temp_store;";
        Assert.Equal(0L, await command.ExecuteScalarAsync(Ct));
    }

    private WalCheckpointer CreateSut() => new(OpenAsync, NullLogger.Instance);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var opened = Interlocked.Increment(ref _opened);
        (opened == 1 ? _firstOpened : _secondOpened).TrySetResult();

        await _gate.Task.WaitAsync(cancellationToken);
        var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
