using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Tests.Faults;

/// <summary>
/// Queries running while a folder is ingested (first written, then every document rewritten) see whole documents:
/// each document's edges all present in one of its versions, or all absent; never a mix, never a part.
/// </summary>
public sealed class ConcurrentQueryTests : IAsyncDisposable
{
    private const int DocumentCount = 40;
    private const int OwnEdges = 5;
    private const int PauseEvery = 8;
    private const int BatchDocuments = 3;

    private readonly TempStore _temp = new();
    private readonly TempDirectory _docs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _docs.Dispose();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task IngestAsync_WhileQueried_EverySnapshotHoldsWholeDocuments()
    {
        WriteDocuments(version: 1);
        var reader = _temp.Open();
        var snapshotRequested = new SemaphoreSlim(0);
        var snapshotTaken = new SemaphoreSlim(0);
        using var ingestionDone = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var partialSnapshots = 0;
        var snapshots = 0;

        var readers = Task.WhenAll(
            Task.Run(async () =>
            {
                while (!ingestionDone.IsCancellationRequested)
                {
                    var requested = await snapshotRequested.WaitAsync(0, Ct);
                    var documents = await CheckRelationshipsAsync(reader);
                    Interlocked.Increment(ref snapshots);
                    if (documents is > 0 and < DocumentCount)
                    {
                        Interlocked.Increment(ref partialSnapshots);
                    }

                    if (requested)
                    {
                        snapshotTaken.Release();
                    }
                }
            }, Ct),
            Task.Run(async () =>
            {
                while (!ingestionDone.IsCancellationRequested)
                {
                    CheckStatistics(await reader.GetStatisticsAsync(Ct));
                }
            }, Ct));

        // Every few documents the writer waits for a whole snapshot, so partial states are surely read; between
        // those pauses the readers run freely against the writer's transactions.
        var pauses = new Progress(report =>
        {
            if (report.Index % PauseEvery == 0)
            {
                snapshotRequested.Release();
                Assert.True(snapshotTaken.Wait(TimeSpan.FromSeconds(10), Ct), "The reader did not take a snapshot within 10 s.");
            }
        });
        try
        {
            var first = await CreateSut().IngestAsync(_docs.Path, pauses, Ct);
            WriteDocuments(version: 2);
            var second = await CreateSut().IngestAsync(_docs.Path, pauses, Ct);

            Assert.Equal((DocumentCount, DocumentCount), (first.Ingested, second.Ingested));
        }
        finally
        {
            await ingestionDone.CancelAsync();
            await readers;
        }

        Assert.Equal(DocumentCount, await CheckRelationshipsAsync(reader, requiredVersion: 2));
        Assert.True(partialSnapshots >= DocumentCount / PauseEvery, $"{partialSnapshots} of {snapshots} snapshots were taken mid-ingestion.");
    }

    /// <summary>
    /// Reads every relationship in one query and checks each document in it is whole, in one version; then checks the
    /// shared edge's evidence names exactly those documents, and the store lists them all.
    /// </summary>
    /// <returns>How many documents the snapshot holds.</returns>
    private static async Task<int> CheckRelationshipsAsync(SqliteGraphStore store, int? requiredVersion = null)
    {
        var evidenceByDocument = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var sharedEvidence = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var relationship in store.ReadAllRelationshipsAsync(Ct))
        {
            foreach (var evidence in relationship.Evidence)
            {
                if (relationship.Type == RelationshipType.SuppliesComputeTo)
                {
                    sharedEvidence.Add(evidence.Document);
                }
                else
                {
                    if (!evidenceByDocument.TryGetValue(evidence.Document, out var lines))
                    {
                        evidenceByDocument[evidence.Document] = lines = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    lines.Add($"{evidence.Line}: {evidence.Quote}");
                }
            }
        }

        foreach (var (document, lines) in evidenceByDocument)
        {
            var index = int.Parse(document[4..7], System.Globalization.CultureInfo.InvariantCulture);
            int[] versions = requiredVersion is { } v ? [v] : [1, 2];
            Assert.Contains(versions, version => lines.SetEquals(OwnEvidence(index, version)));
        }

        Assert.Equal(evidenceByDocument.Keys.Order(StringComparer.Ordinal), sharedEvidence);
        var listed = (await store.GetDocumentsAsync(Ct)).Select(d => d.Document).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(evidenceByDocument.Keys.ToHashSet(StringComparer.Ordinal), listed);
        return evidenceByDocument.Count;
    }

    /// <summary>One consistent count: every document, in either version, brings the same number of entities, edges and evidence.</summary>
    private static void CheckStatistics(GraphStatistics statistics)
    {
        var documents = statistics.Documents;
        var shared = documents > 0 ? 1 : 0;
        Assert.Equal(
            (documents * (OwnEdges + 1), documents * OwnEdges + shared, documents * OwnEdges + 2 * shared),
            (statistics.Evidence, statistics.Edges, statistics.Entities));
    }

    private void WriteDocuments(int version)
    {
        for (var i = 0; i < DocumentCount; i++)
        {
            var lines = OwnLines(i, version).Append("Hub -SUPPLIES_COMPUTE_TO-> Cloud");
            _docs.WriteText(DocumentName(i), $"# Document {i} version {version}\n" + string.Join('\n', lines) + "\n");
        }
    }

    private static string DocumentName(int index) => $"doc-{index:D3}.md";

    private static IEnumerable<string> OwnLines(int index, int version) =>
        Enumerable.Range(0, OwnEdges).Select(j => $"D{index}V{version}N{j} -BUILT_ON-> Hub");

    /// <summary>The evidence a document's own edges carry: line (after the heading) and quote.</summary>
    private static IEnumerable<string> OwnEvidence(int index, int version) =>
        OwnLines(index, version).Select((line, j) => $"{j + 2}: {line}");

    // Batches of a few documents (each batch one commit), so snapshots between the writer's pauses see partial states.
    private DocumentIngestor CreateSut() =>
        new(
            _temp.Store,
            new ArrowTestExtractor(),
            Options.Create(new IngestionOptions { WriteBatchDocuments = BatchDocuments }),
            NullLogger<DocumentIngestor>.Instance,
            TimeProvider.System);

    private sealed class Progress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => report(value);
    }
}
