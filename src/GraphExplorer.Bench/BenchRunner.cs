using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Bench.Corpus;
using GraphExplorer.Bench.Extraction;
using GraphExplorer.Bench.Graphs;
using GraphExplorer.Bench.Ingestion;
using GraphExplorer.Bench.Measurement;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Bench;

/// <summary>
/// Runs the bench: for each corpus size, writes the corpus, extracts it on one core and on all, ingests it into a
/// fresh store, and reads the peak memory; for each graph size, loads a synthetic graph and times the traversals.
/// Corpora and stores go under <see cref="BenchOptions.WorkDirectory"/> and are deleted once measured.
/// </summary>
/// <param name="options">What to measure.</param>
public sealed class BenchRunner(BenchOptions options)
{
    /// <summary>Runs every measurement in turn.</summary>
    /// <param name="progress">Told what is being done (for stderr); may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The figures.</returns>
    public async Task<BenchReport> RunAsync(IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(options.WorkDirectory);
        var catalogue = EntityCatalogue.Default;
        var extractor = new DocumentExtractor(catalogue);
        var throughput = new ExtractionThroughput(extractor);
        var corpora = new List<CorpusFigures>();
        foreach (var megabytes in options.CorpusMegabytes.Order())
        {
            corpora.Add(await MeasureCorpusAsync(megabytes, catalogue, extractor, throughput, progress, cancellationToken).ConfigureAwait(false));
        }

        var graphs = new List<GraphMeasurement>();
        foreach (var edges in options.GraphEdges.Order())
        {
            var shape = new SyntheticGraphOptions { Edges = edges, Entities = Math.Max(2, edges / options.EdgesPerEntity), Seed = options.Seed };
            progress?.Report(Invariant($"graph {edges:N0} edges: generating"));
            var run = new GraphLatencyRun(shape, options.Latency);
            var store = Path.Combine(options.WorkDirectory, Invariant($"graph-{edges}.db"));
            graphs.Add(await run.MeasureAsync(store, Prefixed(progress, Invariant($"graph {edges:N0} edges: ")), cancellationToken).ConfigureAwait(false));
        }

        return new BenchReport(Environment.ProcessorCount, corpora, graphs, Stopwatch.GetElapsedTime(started));
    }

    private async Task<CorpusFigures> MeasureCorpusAsync(
        int megabytes,
        EntityCatalogue catalogue,
        DocumentExtractor extractor,
        ExtractionThroughput throughput,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var label = Invariant($"corpus {megabytes} MB: ");
        var folder = Path.Combine(options.WorkDirectory, Invariant($"corpus-{megabytes}mb"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        try
        {
            MemoryProbe.TryResetPeak();
            progress?.Report(label + "writing");
            var started = Stopwatch.GetTimestamp();
            var generator = new SyntheticCorpusGenerator(
                new SyntheticCorpusOptions { TargetBytes = megabytes * Units.BytesPerMegabyte, Seed = options.Seed }, catalogue);
            var corpus = await generator.WriteAsync(options.SeedsFolder, folder, cancellationToken).ConfigureAwait(false);
            var generation = Stopwatch.GetElapsedTime(started);

            progress?.Report(Invariant($"{label}{corpus.Files.Count} files written in {generation.TotalSeconds:F1} s; extracting on one core"));
            var oneCore = await throughput.MeasureAsync(corpus.Files, 1, cancellationToken).ConfigureAwait(false);
            progress?.Report(Invariant($"{label}{oneCore.MegabytesPerSecond:F1} MB/s on one core ({oneCore.MegabytesPerProcessorSecond:F1} per CPU-s, median of {oneCore.Passes} passes after {oneCore.WarmUpPasses} warm-up passes); extracting on {Environment.ProcessorCount} cores"));
            var allCores = await throughput.MeasureAsync(corpus.Files, Environment.ProcessorCount, cancellationToken).ConfigureAwait(false);
            progress?.Report(Invariant($"{label}{allCores.MegabytesPerSecond:F1} MB/s on all cores"));

            IngestMeasurement? ingest = null;
            if (megabytes <= options.IngestUpToMegabytes)
            {
                progress?.Report(label + "ingesting into a fresh SQLite store");
                var store = Path.Combine(options.WorkDirectory, Invariant($"ingest-{megabytes}mb.db"));
                ingest = await new IngestThroughput(extractor).MeasureAsync(corpus.Folder, corpus.Bytes, store, cancellationToken).ConfigureAwait(false);
                progress?.Report(Invariant($"{label}ingested at {ingest.MegabytesPerSecond:F1} MB/s ({ingest.Elapsed.TotalSeconds:F1} s)"));
            }

            return new CorpusFigures(corpus.Megabytes, corpus.Files.Count, generation, oneCore, allCores, ingest, MemoryProbe.PeakWorkingSetMegabytes());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IProgress<string>? Prefixed(IProgress<string>? progress, string prefix) =>
        progress is null ? null : new PrefixedProgress(progress, prefix);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class PrefixedProgress(IProgress<string> inner, string prefix) : IProgress<string>
    {
        public void Report(string value) => inner.Report(prefix + value);
    }
}
