using System.Globalization;

namespace GraphExplorer.Bench.Load;

/// <summary>What a loopback load run measured.</summary>
/// <param name="Path">The request path and query.</param>
/// <param name="Concurrency">Requests kept in flight.</param>
/// <param name="Elapsed">The measured time (after warm-up).</param>
/// <param name="Requests">Requests completed in that time.</param>
/// <param name="Errors">Requests that failed or answered other than 200.</param>
/// <param name="P50">The median latency.</param>
/// <param name="P99">The 99th-percentile latency.</param>
/// <param name="Max">The slowest request.</param>
public sealed record LoadRunReport(
    string Path, int Concurrency, TimeSpan Elapsed, int Requests, int Errors, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    /// <summary>Completed requests per second.</summary>
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"GET {Path}: {Requests} requests in {Elapsed.TotalSeconds:0.0} s at concurrency {Concurrency} = {RequestsPerSecond:0} req/s; " +
        $"p50 {P50.TotalMilliseconds:0.00} ms, p99 {P99.TotalMilliseconds:0.00} ms, max {Max.TotalMilliseconds:0.00} ms; {Errors} errors");
}
