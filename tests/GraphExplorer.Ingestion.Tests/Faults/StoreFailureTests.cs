using GraphExplorer.Core.Storage;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Tests.Faults;

/// <summary>A store that fails mid-run (here: full) ends the run, keeps what was written, and a re-run completes it.</summary>
public sealed class StoreFailureTests : IAsyncDisposable
{
    private const int DocumentCount = 30;

    private readonly TempStore _temp = new();
    private readonly TempDirectory _docs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _docs.Dispose();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task IngestAsync_StoreFullMidRun_ThrowsStoreErrorSkipsNothingAndReRunCompletes()
    {
        for (var i = 0; i < DocumentCount; i++)
        {
            var lines = Enumerable.Range(0, 40).Select(j => $"Doc{i}Item{j} -BUILT_ON-> Platform{j % 7} " + new string('x', 300));
            _docs.WriteText($"doc-{i:D2}.md", string.Join('\n', lines));
        }

        var full = _temp.Open(o => o.MaxSizeBytes = 256 * 1024);
        var reports = new List<IngestionProgress>();

        var exception = await Assert.ThrowsAsync<SqliteGraphStoreException>(
            () => CreateSut(full).IngestAsync(_docs.Path, new Recorder(reports), Ct));
        var kept = (await full.GetDocumentsAsync(Ct)).Select(d => d.Document).ToArray();
        var resumed = await CreateSut(_temp.Open()).IngestAsync(_docs.Path, null, Ct);
        await using var fresh = new TempStore();
        await CreateSut(fresh.Store).IngestAsync(_docs.Path, null, Ct);

        Assert.Contains("is full", exception.Message, StringComparison.Ordinal);
        Assert.InRange(kept.Length, 1, DocumentCount - 1);
        Assert.Equal(reports.Take(kept.Length).Select(r => r.Document), kept);
        // Documents are committed in batches: the run had started at least the first that did not fit, at most all.
        Assert.InRange(reports.Count, kept.Length + 1, DocumentCount);
        Assert.Equal((kept.Length, DocumentCount - kept.Length, 0), (resumed.Unchanged, resumed.Ingested, resumed.Skipped.Count));
        Assert.Equal(await GraphSnapshot.ExportAsync(fresh.Store, Ct), await GraphSnapshot.ExportAsync(_temp.Open(), Ct));
    }

    private static DocumentIngestor CreateSut(IGraphStore store) =>
        new(store, new ArrowTestExtractor(), Options.Create(new IngestionOptions()), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);

    private sealed class Recorder(List<IngestionProgress> reports) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => reports.Add(value);
    }
}
