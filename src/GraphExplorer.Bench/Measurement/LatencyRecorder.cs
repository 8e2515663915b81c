using System.Diagnostics;

namespace GraphExplorer.Bench.Measurement;

/// <summary>Collects operation latencies and reports percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];

    /// <summary>The number of samples.</summary>
    public int Count => _milliseconds.Count;

    /// <summary>Times one operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>A task that completes with the operation.</returns>
    public async Task TimeAsync(Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var start = Stopwatch.GetTimestamp();
        await operation().ConfigureAwait(false);
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>Records a latency measured elsewhere.</summary>
    /// <param name="milliseconds">The latency in milliseconds.</param>
    internal void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    /// <summary>The latency at a percentile (nearest rank).</summary>
    /// <param name="percentile">From 0 to 100.</param>
    /// <returns>The latency in milliseconds, or 0 with no samples.</returns>
    public double Percentile(double percentile)
    {
        if (_milliseconds.Count == 0)
        {
            return 0;
        }

        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The samples' median, 99th percentile and maximum.</summary>
    /// <returns>The summary; all zero with no samples.</returns>
    public LatencySummary Summarize() => new(Count, Percentile(50), Percentile(99), Percentile(100));
}
