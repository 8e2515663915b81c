using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Testing;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>
/// Batches are written in the background one at a time, in the order handed over, and what became of each document is
/// told back in document order; a batch the store fails is retried one by one, keeping those before the first that fails.
/// </summary>
public sealed class WriteBehindTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempStore _temp = new();
    private readonly GatedBatchStore _store;
    private readonly List<string> _told = [];

    public WriteBehindTests() => _store = new GatedBatchStore(_temp.Store);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task StartAsync_BatchStillBeingWritten_ReturnsAtOnceAndTheNextBatchWaitsForIt()
    {
        // Given: the first batch is held by the store until the test lets it go.
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.BeforeBatch = async paths =>
        {
            if (paths[0] == "a.md")
            {
                entered.SetResult();
                await release.Task.WaitAsync(Patience, Ct);
            }
        };
        await using var sut = new WriteBehind(_store, new IngestionOptions());

        // When: the first batch is handed over, then the second while the first is held.
        await sut.StartAsync([Pending("a.md"), Pending("b.md")], TellAsync, Ct);
        await entered.Task.WaitAsync(Patience, Ct);
        var second = sut.StartAsync([Pending("c.md"), Pending("d.md")], TellAsync, Ct);
        var secondStartedEarly = second.IsCompleted;
        var toldWhileHeld = _told.Count;
        release.SetResult();
        await second.WaitAsync(Patience, Ct);
        await sut.WaitAsync(TellAsync, Ct);

        // Then
        Assert.False(sut.IsWriting);
        Assert.False(secondStartedEarly);
        Assert.Equal(0, toldWhileHeld);
        Assert.Equal(["a.md ok", "b.md ok", "c.md ok", "d.md ok"], _told);
        Assert.Equal(["batch a.md,b.md", "batch c.md,d.md"], _store.Log);
        Assert.Equal(1, _store.MostAtOnce);
    }

    [Fact]
    public async Task WaitAsync_StoreRefusesOneDocument_ToldWithItsReasonAndTheOthersWritten()
    {
        await using var sut = new WriteBehind(_store, new IngestionOptions());
        // b.md's relationship names entities it does not declare: the store refuses it alone.
        var b = Pending("b.md");
        var malformed = b with { Extraction = b.Extraction with { Graph = b.Extraction.Graph with { Entities = [] } } };

        await sut.StartAsync([Pending("a.md"), malformed, Pending("c.md")], TellAsync, Ct);
        await sut.WaitAsync(TellAsync, Ct);

        Assert.Equal(["a.md ok", "b.md ArgumentException", "c.md ok"], _told);
        Assert.Equal(["a.md", "c.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
    }

    [Fact]
    public async Task WaitAsync_StoreFailsTheBatch_RetriedOneByOneKeepingThoseBeforeTheFirstThatFails()
    {
        // Given: the batch fails as a full store fails it, and so does c.md on its own.
        _store.BeforeBatch = _ => throw new IOException("The store is full.");
        _store.BeforeDocument = path => path == "c.md" ? throw new IOException("The store is full.") : Task.CompletedTask;
        await using var sut = new WriteBehind(_store, new IngestionOptions());

        // When
        await sut.StartAsync([Pending("a.md"), Pending("b.md"), Pending("c.md"), Pending("d.md")], TellAsync, Ct);
        var error = await Assert.ThrowsAsync<IOException>(() => sut.WaitAsync(TellAsync, Ct));

        // Then
        Assert.Equal("The store is full.", error.Message);
        Assert.Equal(["a.md ok", "b.md ok"], _told);
        Assert.Equal(["a.md", "b.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.False(sut.IsWriting);
    }

    [Fact]
    public async Task StartAsync_OneDocumentPerBatch_EachWrittenInItsOwnTransaction()
    {
        await using var sut = new WriteBehind(_store, new IngestionOptions { WriteBatchDocuments = 1 });

        await sut.StartAsync([Pending("a.md"), Pending("b.md")], TellAsync, Ct);
        await sut.WaitAsync(TellAsync, Ct);

        Assert.Equal(["write a.md", "write b.md"], _store.Log);
        Assert.Equal(["a.md ok", "b.md ok"], _told);
    }

    [Fact]
    public async Task DisposeAsync_BatchInFlight_WaitsForItToEndWithoutTellingAnyone()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.BeforeBatch = async _ =>
        {
            entered.SetResult();
            await release.Task.WaitAsync(Patience, Ct);
        };
        var sut = new WriteBehind(_store, new IngestionOptions());
        await sut.StartAsync([Pending("a.md"), Pending("b.md")], TellAsync, Ct);
        await entered.Task.WaitAsync(Patience, Ct);

        var disposed = sut.DisposeAsync().AsTask();
        var endedEarly = disposed.IsCompleted;
        release.SetResult();
        await disposed.WaitAsync(Patience, Ct);

        Assert.False(endedEarly);
        Assert.Equal(["batch a.md,b.md"], _store.Log);
        Assert.Empty(_told);
    }

    private Task TellAsync(WrittenDocument written, CancellationToken cancellationToken)
    {
        _told.Add($"{written.Document.Extraction.Graph.Document} {(written.Refusal is null ? "ok" : written.Refusal.GetType().Name)}");
        return Task.CompletedTask;
    }

    private static PendingDocument Pending(string document)
    {
        var extraction = new ArrowTestExtractor().Extract(new DocumentSource(document, "hash-" + document, $"{document} -BUILT_ON-> Base\n"));
        return new PendingDocument(extraction, "/docs/" + document);
    }
}
