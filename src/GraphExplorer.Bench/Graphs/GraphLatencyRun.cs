using System.Diagnostics;
using GraphExplorer.Bench.Measurement;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Storage.Sqlite.Traversals;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Bench.Graphs;

/// <summary>
/// Loads a <see cref="SyntheticGraphGenerator"/> graph into a fresh embedded store (the bulk path), then times
/// <c>dependents-of</c>, <c>path-between</c> and <c>most-depended-on</c> through the store's own engine
/// (<see cref="SqliteTraversalService"/>, on the in-memory read model), and the bare CSR walk as the floor, from start entities
/// picked by a seeded random among those that have dependents (or edges, for paths).
/// </summary>
/// <param name="graph">The graph's shape.</param>
/// <param name="options">How many runs.</param>
public sealed class GraphLatencyRun(SyntheticGraphOptions graph, GraphLatencyOptions options)
{
    private const int Depth = 4;

    /// <summary>Synthetic documents per bulk transaction (each document still all or nothing).</summary>
    private const int DocumentsPerBatch = 10;

    /// <summary>The bench store's page cache per connection, in MiB (the store's default is 64).</summary>
    private const int LoadCacheMegabytes = 1024;

    /// <summary>Loads the graph into <paramref name="storePath"/>, measures, then deletes the store.</summary>
    /// <param name="storePath">The store file to create; it must not exist.</param>
    /// <param name="progress">Told what is being done; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="IOException">The store file exists already.</exception>
    /// <exception cref="InvalidOperationException">The graph has no entity with dependents.</exception>
    public async Task<GraphMeasurement> MeasureAsync(string storePath, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        if (File.Exists(storePath))
        {
            throw new IOException($"The bench store '{storePath}' exists already; graphs are loaded into a fresh store.");
        }

        try
        {
            // A page cache that holds the indexes being filled: the load inserts random keys all over them.
            await using var store = new SqliteGraphStore(
                Options.Create(new SqliteGraphStoreOptions { Path = storePath, CacheSizeMegabytes = LoadCacheMegabytes }));
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report($"loading {graph.Edges:N0} edges among {graph.Entities:N0} entities");
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = Environment.CpuUsage.TotalTime;
            foreach (var batch in new SyntheticGraphGenerator(graph).Generate().Chunk(DocumentsPerBatch))
            {
                var failures = await store.WriteDocumentsAsync(batch, cancellationToken).ConfigureAwait(false);
                if (failures.Count > 0)
                {
                    throw new InvalidOperationException($"The synthetic document {failures[0].Document} was not written: {failures[0].Error.Message}");
                }
            }

            var load = Stopwatch.GetElapsedTime(started);
            var loadCpu = Environment.CpuUsage.TotalTime - cpuStarted;
            var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report($"loaded in {load.TotalSeconds:F1} s; timing traversals");

            var (bases, connected) = await CandidatesAsync(store, cancellationToken).ConfigureAwait(false);
            ITraversalService service = new SqliteTraversalService(store, new TraversalCatalogue());

            // The first traversal builds the in-memory read model; timed on its own.
            var building = Stopwatch.GetTimestamp();
            await service.ExecuteAsync(new TraversalRequest("dependents-of", bases[0], Depth: Depth), cancellationToken).ConfigureAwait(false);
            var modelBuild = Stopwatch.GetElapsedTime(building);
            progress?.Report($"read model built in {modelBuild.TotalSeconds:F1} s");

            var random = new Random(options.Seed);
            var dependents = await TimeAsync(
                "dependents-of", options.DependentsRuns, options.WarmUpRuns, () => (Pick(bases, random), null), service, progress, cancellationToken).ConfigureAwait(false);
            var paths = await TimeAsync(
                "path-between", options.PathRuns, options.WarmUpRuns, () => (Pick(connected, random), Pick(connected, random)), service, progress, cancellationToken).ConfigureAwait(false);
            var firstRanking = Stopwatch.GetTimestamp();
            await service.ExecuteAsync(new TraversalRequest("most-depended-on", Depth: Depth), cancellationToken).ConfigureAwait(false);
            var rankingFirst = Stopwatch.GetElapsedTime(firstRanking);
            var ranking = await TimeAsync(
                "most-depended-on", options.RankingRuns, 0, () => (null, null), service, progress, cancellationToken).ConfigureAwait(false);
            var floorRandom = new Random(options.Seed);
            var floor = (await CsrFloor.LoadAsync(store, cancellationToken).ConfigureAwait(false))
                .Time(Enumerable.Range(0, options.DependentsRuns).Select(_ => Pick(bases, floorRandom)).ToArray(), Depth);
            progress?.Report($"floor (CSR BFS, depth {Depth}): p50 {floor.P50:F4} ms");
            return new GraphMeasurement(
                statistics.Entities,
                statistics.Edges,
                load,
                dependents.Latency,
                paths.Latency,
                ranking.Latency,
                dependents.MeanRows,
                paths.NonEmptyShare)
            {
                LoadCpu = loadCpu,
                ModelBuild = modelBuild,
                MostDependedOnFirst = rankingFirst,
                Floor = floor,
            };
        }
        finally
        {
            StoreFiles.Delete(storePath);
        }
    }

    private async Task<(LatencySummary Latency, double MeanRows, double NonEmptyShare)> TimeAsync(
        string traversal,
        int runs,
        int warmUpRuns,
        Func<(string? Entity, string? To)> pick,
        ITraversalService service,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        TraversalRequest Next()
        {
            var (entity, to) = pick();
            return new TraversalRequest(traversal, entity, to, Depth);
        }

        for (var i = 0; i < warmUpRuns; i++)
        {
            await service.ExecuteAsync(Next(), cancellationToken).ConfigureAwait(false);
        }

        var recorder = new LatencyRecorder();
        long rows = 0;
        var nonEmpty = 0;
        var cpu = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < runs; i++)
        {
            var request = Next();
            await recorder.TimeAsync(async () =>
            {
                var result = await service.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
                rows += result.Rows.Count;
                nonEmpty += result.Rows.Count > 0 ? 1 : 0;
            }).ConfigureAwait(false);
        }

        // Processor time per run: steadier than wall-clock time when other processes share the cores.
        var summary = recorder.Summarize() with { CpuMean = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / runs };
        progress?.Report($"{traversal}: p50 {summary.P50:F2} ms, p99 {summary.P99:F2} ms, {summary.CpuMean:F2} CPU-ms per run over {runs} runs");
        return (summary, rows / (double)runs, nonEmpty / (double)runs);
    }

    /// <summary>The keys of entities that have dependents, and of entities that have any edge, each in ordinal order.</summary>
    private static async Task<(string[] Bases, string[] Connected)> CandidatesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var bases = new HashSet<EntityKey>();
        var connected = new HashSet<EntityKey>();
        var steps = TraversalCatalogue.DependentSteps;
        await foreach (var edge in store.ReadAllEdgesAsync(RelationshipTypes.All, cancellationToken).ConfigureAwait(false))
        {
            connected.Add(edge.Source);
            connected.Add(edge.Target);
            foreach (var step in steps)
            {
                if (step.Type == edge.Type)
                {
                    bases.Add(step.Direction == EdgeDirection.Incoming ? edge.Target : edge.Source);
                }
            }
        }

        return bases.Count == 0
            ? throw new InvalidOperationException("The synthetic graph has no entity with dependents to start dependents-of from.")
            : (Sorted(bases), Sorted(connected));
    }

    private static string[] Sorted(HashSet<EntityKey> keys) => keys.Select(k => k.Value).Order(StringComparer.Ordinal).ToArray();

    private static string Pick(string[] keys, Random random) => keys[random.Next(keys.Length)];
}
