using System.Diagnostics;
using System.Text;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Bench.Extraction;

/// <summary>
/// Measures extraction throughput: each file read, decoded and extracted, one at a time (one core) or
/// <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>
/// over all cores. Only one document's text is held per worker, so memory stays flat as the corpus grows.
/// </summary>
/// <remarks>
/// Steady state, not start-up: before the first measurement the files are extracted untimed in warm-up passes until
/// <see cref="SettlingRule"/> says the throughput per CPU-second has settled (tiered JIT and dynamic PGO take tens
/// of seconds of steady work on one core: passes of the 10 MB corpus measured 4.2, 2.2, 1.3, 1.4, 0.8, then
/// 0.6-0.75 CPU-s). Then whole passes over the corpus are timed, <see cref="MeasuredPasses"/> of them (fewer when
/// they take longer than <see cref="MaxMeasuring"/>), and the medians of their wall-clock and CPU times reported.
/// </remarks>
/// <param name="extractor">The extractor measured.</param>
/// <param name="settling">When warm-up stops; <see cref="SettlingRule.Default"/> when <see langword="null"/>.</param>
public sealed class ExtractionThroughput(IDocumentExtractor extractor, SettlingRule? settling = null)
{
    /// <summary>Each warm-up pass extracts this many bytes (cycling through the files), or the whole corpus when smaller.</summary>
    public const long WarmUpPassBytes = 10L * Units.BytesPerMegabyte;

    /// <summary>Timed passes over the corpus per measurement, at most.</summary>
    public const int MeasuredPasses = 5;

    /// <summary>No further timed pass starts once the passes so far have taken this long (wall-clock).</summary>
    public static readonly TimeSpan MaxMeasuring = TimeSpan.FromSeconds(30);

    /// <summary>No further warm-up pass starts once warm-up has taken this long (wall-clock), settled or not.</summary>
    public static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(120);

    private readonly SettlingRule _settling = settling ?? SettlingRule.Default;
    private int? _warmUpPasses;

    /// <summary>Extracts every file in turn on the calling thread.</summary>
    /// <param name="files">The files' full paths.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>The measurement.</returns>
    public Task<ExtractionMeasurement> MeasureAsync(IReadOnlyList<string> files, CancellationToken cancellationToken = default) =>
        MeasureAsync(files, 1, cancellationToken);

    /// <summary>Extracts the files <paramref name="degree"/> at a time, in several timed passes after warm-up.</summary>
    /// <param name="files">The files' full paths.</param>
    /// <param name="degree">How many at once; 1 reads and extracts sequentially.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>The measurement: the median pass's times, and the pass counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degree"/> is below 1.</exception>
    public async Task<ExtractionMeasurement> MeasureAsync(IReadOnlyList<string> files, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        _warmUpPasses ??= WarmUp(files, cancellationToken);
        var passes = new List<Pass>();
        var started = Stopwatch.GetTimestamp();
        do
        {
            passes.Add(await PassAsync(files, degree, cancellationToken).ConfigureAwait(false));
        }
        while (passes.Count < MeasuredPasses && Stopwatch.GetElapsedTime(started) < MaxMeasuring);

        var first = passes[0];
        return new ExtractionMeasurement(
            first.Bytes,
            files.Count,
            first.Entities,
            first.Relationships,
            TimeSpan.FromSeconds(SettlingRule.Median(passes.Select(p => p.Elapsed.TotalSeconds))),
            degree,
            TimeSpan.FromSeconds(SettlingRule.Median(passes.Select(p => p.ProcessorTime.TotalSeconds))))
        {
            Passes = passes.Count,
            WarmUpPasses = _warmUpPasses.Value,
        };
    }

    /// <summary>Extracts files untimed until <see cref="SettlingRule.IsSettled"/>; returns the passes run.</summary>
    private int WarmUp(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var rates = new List<double>();
        var next = 0;
        while (rates.Count < _settling.MaxPasses && Stopwatch.GetElapsedTime(started) < MaxWarmUp && !_settling.IsSettled(rates))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cpu = ProcessorTime();
            long bytes = 0;
            var passStart = next;
            do
            {
                bytes += Extract(files[next]).Bytes;
                next = (next + 1) % files.Count;
            }
            while (bytes < WarmUpPassBytes && next != passStart);

            rates.Add(bytes / Math.Max((ProcessorTime() - cpu).TotalSeconds, 1e-9));
        }

        return rates.Count;
    }

    private async Task<Pass> PassAsync(IReadOnlyList<string> files, int degree, CancellationToken cancellationToken)
    {
        long bytes = 0, entities = 0, relationships = 0;
        var cpu = ProcessorTime();
        var started = Stopwatch.GetTimestamp();
        if (degree == 1)
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (b, e, r) = Extract(file);
                (bytes, entities, relationships) = (bytes + b, entities + e, relationships + r);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(files, parallel, async (file, ct) =>
            {
                var (b, e, r) = await ExtractAsync(file, ct).ConfigureAwait(false);
                Interlocked.Add(ref bytes, b);
                Interlocked.Add(ref entities, e);
                Interlocked.Add(ref relationships, r);
            }).ConfigureAwait(false);
        }

        return new Pass(bytes, entities, relationships, Stopwatch.GetElapsedTime(started), ProcessorTime() - cpu);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // One core (and warm-up) reads synchronously on the calling thread: an await per file hops to thread-pool threads,
    // whose spinning between work items counts in the process's CPU time. Measured pinned to one core (taskset): 5.1 and
    // 7.1 MB per CPU-second with an await per file, settled after 6 warm-up passes, against 16.7 synchronously.
    private (long Bytes, int Entities, int Relationships) Extract(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var source = new DocumentSource(Path.GetFileName(file), "bench", Encoding.UTF8.GetString(bytes));
        var graph = extractor.Extract(source).Graph;
        return (bytes.Length, graph.Entities.Count, graph.Relationships.Count);
    }

    private async Task<(long Bytes, int Entities, int Relationships)> ExtractAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var source = new DocumentSource(Path.GetFileName(file), "bench", Encoding.UTF8.GetString(bytes));
        var graph = extractor.Extract(source).Graph;
        return (bytes.Length, graph.Entities.Count, graph.Relationships.Count);
    }

    private sealed record Pass(long Bytes, long Entities, long Relationships, TimeSpan Elapsed, TimeSpan ProcessorTime);
}
