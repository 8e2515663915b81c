namespace GraphExplorer.Bench.Extraction;

/// <summary>
/// Decides when warm-up has settled, from the throughput of each warm-up pass so far (MB per CPU-second, higher is
/// faster): once there are two full windows of <see cref="Window"/> passes and the median of the latest window is no
/// more than <see cref="Tolerance"/> faster than the median of the window before it, tiered JIT and dynamic PGO have
/// stopped paying off. Medians of windows, not single passes, so one noisy pass neither ends warm-up early nor keeps
/// it going, and a two-pass plateau of half-optimised code (seen: 1.30 s then 1.38 s, before 0.82 s) is not taken
/// for the steady state. The caller caps the passes (<see cref="MaxPasses"/>) in case the figures never settle.
/// </summary>
/// <param name="Window">Passes per window; settling needs at least twice as many passes.</param>
/// <param name="Tolerance">How much faster (as a fraction) the latest window may be and still count as settled.</param>
/// <param name="MaxPasses">The most warm-up passes the caller runs, settled or not.</param>
public sealed record SettlingRule(int Window = 3, double Tolerance = 0.05, int MaxPasses = 30)
{
    /// <summary>The bench's rule: windows of 3 passes, 5 %, at most 30 passes.</summary>
    public static SettlingRule Default { get; } = new();

    /// <summary>Whether the passes so far show a settled throughput.</summary>
    /// <param name="rates">Each warm-up pass's throughput, in order; higher is faster.</param>
    /// <returns><see langword="true"/> when the latest window is no more than <see cref="Tolerance"/> faster than the one before.</returns>
    public bool IsSettled(IReadOnlyList<double> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.Count < 2 * Window)
        {
            return false;
        }

        var latest = Median(Slice(rates, rates.Count - Window));
        var before = Median(Slice(rates, rates.Count - 2 * Window));
        return latest <= before * (1 + Tolerance);
    }

    /// <summary>The median of some values: the middle one, or the mean of the two middle ones when their count is even.</summary>
    /// <param name="values">At least one value.</param>
    /// <returns>The median.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private IEnumerable<double> Slice(IReadOnlyList<double> rates, int start) =>
        Enumerable.Range(start, Window).Select(i => rates[i]);
}
