using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>
/// While a batch is being written the run goes on reading and extracting the documents after it, and everything that
/// touches the store still happens in file order: the next batch, a skipped document's removal, the end of the run.
/// </summary>
public sealed class DocumentIngestorWriteBehindTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempStore _temp = new();
    private readonly TempDirectory _docs = new();
    private readonly GatedBatchStore _store;

    public DocumentIngestorWriteBehindTests() => _store = new GatedBatchStore(_temp.Store);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _docs.Dispose();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task IngestAsync_BatchBeingWritten_LaterDocumentsAreExtractedMeanwhile()
    {
        // Given: five documents, batches of two, one extracted at a time; the first batch is held until d.md, two
        // documents past it, has been extracted (which a run that waited for the batch could never reach).
        WriteDocuments("a", "b", "c", "d", "e");
        var extractor = new SignallingExtractor("d.md");
        var overlapped = false;
        _store.BeforeBatch = async paths =>
        {
            if (paths[0] == "a.md")
            {
                overlapped = await Reached(extractor.Reached);
            }
        };

        // When
        var summary = await CreateSut(extractor, o => o.ExtractionConcurrency = 1).IngestAsync(_docs.Path, null, Ct);

        // Then
        Assert.True(overlapped, "d.md was not extracted while the first batch was being written.");
        Assert.Equal(5, summary.Ingested);
        Assert.Equal(["batch a.md,b.md", "batch c.md,d.md", "write e.md"], _store.Log);
        Assert.Equal(1, _store.MostAtOnce);
        Assert.Equal(["a.md", "b.md", "c.md", "d.md", "e.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
    }

    [Fact]
    public async Task IngestAsync_CancelledWhileABatchIsBeingWritten_KeepsThatBatchAndTheDocumentsGatheredSinceThenThrows()
    {
        // Given: the first batch (a.md, b.md) is held until the run is cancelled, as it starts d.md; c.md waits in the next batch.
        WriteDocuments("a", "b", "c", "d", "e");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new OnReport(report =>
        {
            if (report.Document == "d.md")
            {
                cancellation.Cancel();
                cancelled.SetResult();
            }
        });
        _store.BeforeBatch = async _ => await Reached(cancelled.Task);

        // When
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CreateSut(new ArrowTestExtractor()).IngestAsync(_docs.Path, progress, cancellation.Token));

        // Then: what was extracted before the cancel is kept, each document whole, and nothing after it.
        Assert.Equal(["batch a.md,b.md", "write c.md"], _store.Log);
        Assert.Equal(["a.md", "b.md", "c.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
    }

    [Fact]
    public async Task IngestAsync_StoredDocumentTurnsUnreadableWhileABatchIsBeingWritten_RemovedOnlyAfterThatBatch()
    {
        // Given: a.md, b.md and c.md stored; then a.md and b.md change and c.md becomes binary. The batch of a.md and b.md
        // is held until the run has started c.md.
        WriteDocuments("a", "b", "c");
        await CreateSut(new ArrowTestExtractor()).IngestAsync(_docs.Path, null, Ct);
        WriteDocuments("a", "b");
        _docs.WriteBytes("c.md", [0x41, 0x00]);
        var startedC = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new OnReport(report =>
        {
            if (report.Document == "c.md")
            {
                startedC.SetResult();
            }
        });
        var overlapped = false;
        _store.BeforeBatch = async _ => overlapped = await Reached(startedC.Task);
        while (_store.Log.TryDequeue(out _))
        {
        }

        // When
        var summary = await CreateSut(new ArrowTestExtractor()).IngestAsync(_docs.Path, progress, Ct);

        // Then: c.md's old version goes after the batch before it in the folder, never beside it.
        Assert.True(overlapped, "c.md was not reached while the batch before it was being written.");
        Assert.Equal("c.md", Assert.Single(summary.Skipped).Document);
        Assert.Equal(["batch a.md,b.md", "remove c.md"], _store.Log);
        Assert.Equal(1, _store.MostAtOnce);
        Assert.Equal(["a.md", "b.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
    }

    /// <summary>Waits for <paramref name="task"/> a while: whether it completed (a run that cannot reach it must not hang the test).</summary>
    private static async Task<bool> Reached(Task task)
    {
        await Task.WhenAny(task, Task.Delay(Patience, Ct));
        return task.IsCompleted;
    }

    private void WriteDocuments(params string[] names)
    {
        foreach (var name in names)
        {
            _docs.WriteText($"{name}.md", $"{name.ToUpperInvariant()} -BUILT_ON-> Base {Guid.NewGuid():N}\n");
        }
    }

    // Batches of two, and a window long enough that only the count closes a batch.
    private DocumentIngestor CreateSut(IDocumentExtractor extractor, Action<IngestionOptions>? configure = null)
    {
        var options = new IngestionOptions { WriteBatchDocuments = 2, WriteBatchWindow = TimeSpan.FromMinutes(5) };
        configure?.Invoke(options);
        return new DocumentIngestor(_store, extractor, Options.Create(options), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);
    }

    /// <summary>The arrow extractor, telling when it has extracted one given document.</summary>
    private sealed class SignallingExtractor(string document) : IDocumentExtractor
    {
        private readonly ArrowTestExtractor _inner = new();
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public DocumentExtraction Extract(DocumentSource source)
        {
            var extraction = _inner.Extract(source);
            if (source.Document == document)
            {
                _reached.TrySetResult();
            }

            return extraction;
        }
    }

    /// <summary>Calls back synchronously as each document starts (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class OnReport(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => report(value);
    }
}
