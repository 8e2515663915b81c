using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// The connections readers reuse: a session takes one (or opens one), and gives it back with no transaction open, so
/// a request neither opens a connection nor compiles its statements again. At most <see cref="MaxKept"/> are kept;
/// <see cref="DisposeAsync"/> closes them (before the store releases its pool, so the file can be moved or deleted).
/// </summary>
/// <param name="open">Opens a new connection to the store.</param>
internal sealed class ReaderConnections(Func<CancellationToken, Task<SqliteConnection>> open) : IAsyncDisposable
{
    /// <summary>The most idle connections kept.</summary>
    public const int MaxKept = 32;

    private readonly ConcurrentBag<ReaderConnection> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    /// <summary>An idle connection, or a new one.</summary>
    /// <param name="cancellationToken">Cancels opening one.</param>
    /// <returns>The connection; give it back with <see cref="ReturnAsync"/>.</returns>
    public async Task<ReaderConnection> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        return new ReaderConnection(await open(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Takes a connection back; it must have no transaction open. Closed instead when enough are kept or after disposal.</summary>
    /// <param name="connection">The connection.</param>
    /// <returns>A task that completes when it is kept or closed.</returns>
    public async ValueTask ReturnAsync(ReaderConnection connection)
    {
        if (!_disposed && Interlocked.Increment(ref _idleCount) <= MaxKept)
        {
            _idle.Add(connection);
            if (!_disposed)
            {
                return;
            }

            // Disposed meanwhile: close whatever is still kept, this one included.
            await CloseIdleAsync().ConfigureAwait(false);
            return;
        }

        Interlocked.Decrement(ref _idleCount);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await CloseIdleAsync().ConfigureAwait(false);
    }

    private async ValueTask CloseIdleAsync()
    {
        while (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            await idle.DisposeAsync().ConfigureAwait(false);
        }
    }
}
