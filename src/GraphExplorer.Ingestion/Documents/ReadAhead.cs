namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// Prepares items ahead of the one being consumed, up to <c>window</c> at once on the thread pool, and hands them out
/// strictly in index order, so what the consumer does with them (write, skip, count) happens in the same order and
/// gives the same result as preparing them one after another. An item whose preparation failed throws when it is
/// reached, not earlier.
/// </summary>
/// <typeparam name="T">What preparing an item gives.</typeparam>
internal sealed class ReadAhead<T> : IAsyncDisposable
{
    private readonly Queue<Task<T>> _started = new();
    private readonly Func<int, CancellationToken, Task<T>> _prepare;
    private readonly CancellationTokenSource _stop;
    private readonly int _count;
    private readonly int _window;
    private int _next;

    /// <summary>Initializes a new instance; nothing starts until <see cref="NextAsync"/> is first called.</summary>
    /// <param name="count">How many items there are (indexes 0 to <paramref name="count"/> − 1).</param>
    /// <param name="window">The most items prepared at once (1: the next one only, while the current one is consumed).</param>
    /// <param name="prepare">Prepares the item of an index; started in index order, run on the thread pool (it must not touch the consumer's state).</param>
    /// <param name="cancellationToken">Cancels the preparations.</param>
    public ReadAhead(int count, int window, Func<int, CancellationToken, Task<T>> prepare, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _count = count;
        _window = window;
        _prepare = prepare;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Waits for the next item in index order, starting the ones after it that fit in the window.</summary>
    /// <returns>The item; its preparation's exception if it failed.</returns>
    /// <exception cref="InvalidOperationException">Every item was handed out already.</exception>
    public async Task<T> NextAsync()
    {
        Fill();
        if (!_started.TryDequeue(out var next))
        {
            throw new InvalidOperationException("Every item was handed out already.");
        }

        // The item after the window's last starts now, while this one is consumed.
        Fill();
        return await next.ConfigureAwait(false);
    }

    /// <summary>Cancels the preparations still running and waits for them, so none outlives the consumer.</summary>
    /// <returns>A task that completes when every started preparation has ended.</returns>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        while (_started.TryDequeue(out var task))
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The consumer stopped before this item; what its preparation did no longer matters.
            }
        }

        _stop.Dispose();
    }

    private void Fill()
    {
        while (_started.Count < _window && _next < _count)
        {
            var index = _next++;
            var token = _stop.Token;
            _started.Enqueue(Task.Run(() => _prepare(index, token), token));
        }
    }
}
