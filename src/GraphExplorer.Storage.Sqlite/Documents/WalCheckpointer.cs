using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// Copies the write-ahead log into the store file in the background after a batch commits, on a connection of its own,
/// so the writer goes on to the next batch instead of checkpointing on its commit. One checkpoint runs at a time; a
/// request made while one runs starts another when it ends. A checkpoint is <c>PASSIVE</c>: it never waits for
/// writers or readers and never blocks them; what it cannot copy yet is copied by the next. Durability does not depend
/// on it (a commit is durable once its WAL frames are synced), and a crash during one leaves every commit in place.
/// </summary>
/// <param name="open">Opens a connection to the store file.</param>
/// <param name="logger">Receives the checkpoints that fail (the next one tries again).</param>
internal sealed class WalCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open, ILogger logger) : IAsyncDisposable
{
    /// <summary>
    /// The WAL size, in pages, at which a batch's commit checkpoints on its own (<c>PRAGMA wal_autocheckpoint</c> on the
    /// batch's connection), as every commit does at SQLite's default of 1,000 pages: it bounds the log at about 64 MiB
    /// when the background checkpoints fall behind, or cannot finish because readers still use the log.
    /// </summary>
    public const int BatchAutoCheckpointPages = 16_384;

    /// <summary>SQLite's default <c>wal_autocheckpoint</c>, which the batch's pooled connection is given back.</summary>
    public const int DefaultAutoCheckpointPages = 1_000;

    private readonly Lock _lock = new();
    private Task _running = Task.CompletedTask;
    private bool _active;
    private bool _again;
    private bool _disposed;

    /// <summary>Asks for a checkpoint: starts one, or another after the one running.</summary>
    public void Request()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_active)
            {
                _again = true;
                return;
            }

            _active = true;
            _running = Task.Run(RunAsync, CancellationToken.None);
        }
    }

    /// <summary>Lets no new checkpoint start; the one running, if any, goes on to its end (see <see cref="DisposeAsync"/>).</summary>
    /// <returns>The checkpoint running, or a completed task.</returns>
    public Task Stop()
    {
        lock (_lock)
        {
            _disposed = true;
            _again = false;
            return _running;
        }
    }

    /// <summary>Lets no new checkpoint start and waits for the one running, if any.</summary>
    /// <returns>A task that completes when no checkpoint runs.</returns>
    public async ValueTask DisposeAsync() => await Stop().ConfigureAwait(false);

    private async Task RunAsync()
    {
        while (true)
        {
            try
            {
                await using var connection = await open(CancellationToken.None).ConfigureAwait(false);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SqliteException or SqliteGraphStoreException or IOException)
            {
                logger.CheckpointFailed(ex.Message);
            }

            lock (_lock)
            {
                if (!_again)
                {
                    _active = false;
                    return;
                }

                _again = false;
            }
        }
    }
}
