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
    // How long files are extracted untimed before the first pass: tiered JIT and dynamic PGO need a few seconds
    // of steady work before extraction runs at its optimised speed (measured: 7, 11, 18, then 22-26 MB/s per pass).
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(4);

    // A small corpus warms up for at most this many passes over it instead.
    private const int MaxWarmUpPasses = 10;

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

    /// <summary>Extracts files untimed, once per instance, so timed passes run optimised code on a warm file cache.</summary>
    private async Task WarmUpAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (_warm || files.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < files.Count * MaxWarmUpPasses && Stopwatch.GetElapsedTime(started) < WarmUpTime; i++)
        {
            await ExtractAsync(files[i % files.Count], cancellationToken).ConfigureAwait(false);
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
