using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>Documents prepared ahead of the writer, several at once, are still handed out in file order.</summary>
public sealed class ReadAheadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NextAsync_LaterItemsFinishFirst_HandsOutInIndexOrderWithinTheWindow()
    {
        // Item i finishes only once item i + 1 has started (the last one at once), so in-order preparation would deadlock.
        var started = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var running = 0;
        var mostAtOnce = 0;
        async Task<int> Prepare(int i, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            started[i].SetResult();
            if (i + 1 < started.Length)
            {
                await started[i + 1].Task.WaitAsync(ct);
            }

            Interlocked.Decrement(ref running);
            return i * 10;
        }

        await using var sut = new ReadAhead<int>(started.Length, 2, Prepare, Ct);
        var results = new List<int>();
        for (var i = 0; i < started.Length; i++)
        {
            results.Add(await sut.NextAsync().WaitAsync(TimeSpan.FromSeconds(30), Ct));
        }

        Assert.Equal([0, 10, 20, 30], results);
        Assert.InRange(mostAtOnce, 2, 3);
    }

    [Fact]
    public async Task NextAsync_AnItemFails_ThrowsWhenThatItemIsReachedAndNotBefore()
    {
        await using var sut = new ReadAhead<int>(
            3, 3, (i, _) => i == 1 ? Task.FromException<int>(new IOException("unreadable")) : Task.FromResult(i), Ct);

        Assert.Equal(0, await sut.NextAsync());
        var error = await Assert.ThrowsAsync<IOException>(sut.NextAsync);
        Assert.Equal(2, await sut.NextAsync());
        Assert.Equal("unreadable", error.Message);
    }

    [Fact]
    public async Task DisposeAsync_ItemsStillRunning_CancelsAndWaitsForThem()
    {
        var running = 0;
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int> Prepare(int i, CancellationToken ct)
        {
            Interlocked.Increment(ref running);
            try
            {
                if (i == 0)
                {
                    firstStarted.SetResult();
                }

                await Task.Delay(Timeout.Infinite, ct);
                return i;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        var sut = new ReadAhead<int>(5, 3, Prepare, Ct);
        var first = sut.NextAsync();
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Items 1 to 3 are in the window (started or queued); only item 0, handed out already, is not the window's to wait for.
        await sut.DisposeAsync();
        var stillRunning = Volatile.Read(ref running);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        Assert.InRange(stillRunning, 0, 1);
        Assert.Equal(0, Volatile.Read(ref running));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
