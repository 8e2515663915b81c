namespace GraphExplorer.Storage.Sqlite;

/// <content>Disposal: the background checkpoint, then the pooled connections.</content>
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Releases the pooled connections to the file. A background checkpoint still running goes on to its end on its own
    /// connection (<see cref="DisposeAsync"/> waits for it).
    /// </summary>
    public void Dispose()
    {
        _ = _checkpointer.Stop();
        Release();
    }

    /// <summary>Waits for a background checkpoint still running, then releases the pooled connections to the file.</summary>
    /// <returns>A task that completes when the connections are released.</returns>
    public async ValueTask DisposeAsync()
    {
        await _checkpointer.DisposeAsync().ConfigureAwait(false);
        Release();
    }

    private void Release()
    {
        _readModels.Dispose();
        _connector.ClearPool();
        _initializeLock.Dispose();
    }
}
