using System.Diagnostics;

namespace GraphExplorer.Bench.Load;

/// <summary>
/// A bounded load run against a running API over loopback: <see cref="Concurrency"/> loops send the same GET
/// back to back for <see cref="Duration"/> after a warm-up, and the latencies are summarised. A benchmark to
/// run (<c>bench api-load</c>), not a test.
/// </summary>
public sealed class ApiLoadRun
{
    /// <summary>The path of "who depends on NVIDIA".</summary>
    public const string DependentsOfNvidia = "/api/traversals/dependents-of?entity=NVIDIA";

    /// <summary>How long to measure.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to send before measuring (JIT, caches, connection pool).</summary>
    /// <value>The default value is 3 seconds.</value>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Requests kept in flight.</summary>
    /// <value>The default value is 8.</value>
    public int Concurrency { get; init; } = 8;

    /// <summary>Runs the load.</summary>
    /// <param name="client">A client whose base address is the API (e.g. <c>http://127.0.0.1:5080</c>).</param>
    /// <param name="path">The path and query to GET.</param>
    /// <param name="cancellationToken">Stops the run early.</param>
    /// <returns>The measured figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration or concurrency is not positive.</exception>
    public async Task<LoadRunReport> RunAsync(HttpClient client, string path = DependentsOfNvidia, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1);

        await LoopAsync(client, path, Stopwatch.GetTimestamp() + ToTicks(WarmUp), null, cancellationToken).ConfigureAwait(false);

        var started = Stopwatch.GetTimestamp();
        var until = started + ToTicks(Duration);
        var loops = Enumerable.Range(0, Concurrency)
            .Select(_ => LoopAsync(client, path, until, new List<long>(capacity: 64 * 1024), cancellationToken))
            .ToArray();
        var results = await Task.WhenAll(loops).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = results.SelectMany(r => r.Latencies!).Order().ToArray();
        return new LoadRunReport(
            path,
            Concurrency,
            elapsed,
            latencies.Length,
            results.Sum(r => r.Errors),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, latencies[^1]));
    }

    private static async Task<(List<long>? Latencies, int Errors)> LoopAsync(
        HttpClient client, string path, long until, List<long>? latencies, CancellationToken cancellationToken)
    {
        var errors = 0;
        while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    errors++;
                }
            }
            catch (HttpRequestException)
            {
                errors++;
            }

            latencies?.Add(Stopwatch.GetTimestamp() - sent);
        }

        return (latencies, errors);
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static TimeSpan Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)]);
}
