using System.Diagnostics;
using System.Text;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Bench.Extraction;

/// <summary>
/// Measures extraction throughput: each file read, decoded and extracted, one at a time (one core) or
/// <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>
/// over all cores. Only one document's text is held per worker, so memory stays flat as the corpus grows.
/// </summary>
/// <param name="extractor">The extractor measured.</param>
public sealed class ExtractionThroughput(IDocumentExtractor extractor)
{
    // Files are extracted untimed before the first pass, a second at a time, until a second's throughput (per CPU
    // second) stops improving: tiered JIT and dynamic PGO take several seconds of steady work to optimise extraction
    // (measured: 7, 11, 18, then 22-26 MB/s per pass). Bounded in time, and in passes over a small corpus.
    private static readonly TimeSpan WarmUpSlice = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(20);
    private const int MinWarmUpSlices = 4;
    private const double SteadyGain = 1.05;
    private const int MaxWarmUpPasses = 20;

    private bool _warm;

    /// <summary>Extracts every file in turn on the calling thread.</summary>
    /// <param name="files">The files' full paths.</param>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>The measurement.</returns>
    public Task<ExtractionMeasurement> MeasureAsync(IReadOnlyList<string> files, CancellationToken cancellationToken = default) =>
        MeasureAsync(files, 1, cancellationToken);

    /// <summary>Extracts the files <paramref name="degree"/> at a time.</summary>
    /// <param name="files">The files' full paths.</param>
    /// <param name="degree">How many at once; 1 reads and extracts sequentially.</param>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degree"/> is below 1.</exception>
    public async Task<ExtractionMeasurement> MeasureAsync(IReadOnlyList<string> files, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        await WarmUpAsync(files, cancellationToken).ConfigureAwait(false);
        long bytes = 0, entities = 0, relationships = 0;
        var cpu = ProcessorTime();
        var started = Stopwatch.GetTimestamp();
        if (degree == 1)
        {
            foreach (var file in files)
            {
                var (b, e, r) = await ExtractAsync(file, cancellationToken).ConfigureAwait(false);
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

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new ExtractionMeasurement(bytes, files.Count, entities, relationships, elapsed, degree, ProcessorTime() - cpu);
    }

    /// <summary>Extracts files untimed, once per instance, until throughput is steady (see <see cref="WarmUpSlice"/>).</summary>
    private async Task WarmUpAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (_warm || files.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var previous = 0.0;
        var next = 0;
        for (var slice = 1; next < files.Count * MaxWarmUpPasses && Stopwatch.GetElapsedTime(started) < MaxWarmUp; slice++)
        {
            var sliceStarted = Stopwatch.GetTimestamp();
            var cpu = ProcessorTime();
            long bytes = 0;
            while (Stopwatch.GetElapsedTime(sliceStarted) < WarmUpSlice && next < files.Count * MaxWarmUpPasses)
            {
                bytes += (await ExtractAsync(files[next++ % files.Count], cancellationToken).ConfigureAwait(false)).Bytes;
            }

            var rate = bytes / Math.Max((ProcessorTime() - cpu).TotalSeconds, 1e-9);
            if (slice >= MinWarmUpSlices && rate < previous * SteadyGain)
            {
                break;
            }

            previous = Math.Max(previous, rate);
        }

        _warm = true;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private async Task<(long Bytes, int Entities, int Relationships)> ExtractAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var source = new DocumentSource(Path.GetFileName(file), "bench", Encoding.UTF8.GetString(bytes));
        var graph = extractor.Extract(source).Graph;
        return (bytes.Length, graph.Entities.Count, graph.Relationships.Count);
    }
}
