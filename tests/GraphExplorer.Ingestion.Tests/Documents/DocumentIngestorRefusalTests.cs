using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>A document the store refuses (its graph is malformed) is skipped alone, even when the run is cancelled.</summary>
public sealed class DocumentIngestorRefusalTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();
    private readonly TempDirectory _docs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _docs.Dispose();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task IngestAsync_StoreRefusesOneDocumentOfABatch_SkipsItWithTheReasonDropsItsOldVersionAndWritesTheRest()
    {
        await IngestThenChangeAllWithBMalformedAsync();

        var summary = await CreateSut().IngestAsync(_docs.Path, null, Ct);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("b.md", skipped.Document);
        Assert.Contains("ArgumentException", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(2, summary.Ingested);
        Assert.Equal(["a.md", "c.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(["A -BUILT_ON-> B2", "E -BUILT_ON-> F2"], await QuotesAsync());
    }

    [Fact]
    public async Task IngestAsync_CancelledWithARefusedDocumentWaitingInTheBatch_KeepsTheOthersAndStillDropsItsOldVersion()
    {
        await IngestThenChangeAllWithBMalformedAsync();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var progress = new CancelAt(3, cancellation);

        // a.md and b.md wait in one batch (the window is long) when the run is cancelled at c.md: the batch is still
        // committed, and b.md, refused, loses its old version as it would in a run that was not cancelled.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CreateSut(o => o.WriteBatchWindow = TimeSpan.FromMinutes(5)).IngestAsync(_docs.Path, progress, cancellation.Token));

        Assert.Equal(["a.md", "c.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(["A -BUILT_ON-> B2", "E -BUILT_ON-> F"], await QuotesAsync());
    }

    /// <summary>Ingests a.md, b.md and c.md, then changes all three, b.md so that the store refuses it.</summary>
    private async Task IngestThenChangeAllWithBMalformedAsync()
    {
        _docs.WriteText("a.md", "A -BUILT_ON-> B\n");
        _docs.WriteText("b.md", "C -BUILT_ON-> D\n");
        _docs.WriteText("c.md", "E -BUILT_ON-> F\n");
        await CreateSut().IngestAsync(_docs.Path, null, Ct);
        _docs.WriteText("a.md", "A -BUILT_ON-> B2\n");
        _docs.WriteText("b.md", "C -BUILT_ON-> D2\n!malformed\n");
        _docs.WriteText("c.md", "E -BUILT_ON-> F2\n");
    }

    private DocumentIngestor CreateSut(Action<IngestionOptions>? configure = null)
    {
        var options = new IngestionOptions();
        configure?.Invoke(options);
        return new DocumentIngestor(
            _temp.Store, new MalformingExtractor(), Options.Create(options), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);
    }

    private async Task<List<string>> QuotesAsync() =>
        (await _temp.Store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct))
            .SelectMany(r => r.Evidence.Select(e => e.Quote))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The arrow extractor, except that a document with a line <c>!malformed</c> gets edges between entities it does not declare.</summary>
    private sealed class MalformingExtractor : IDocumentExtractor
    {
        private readonly ArrowTestExtractor _inner = new();

        public DocumentExtraction Extract(DocumentSource source)
        {
            var extraction = _inner.Extract(source);
            return source.Text.Contains("!malformed", StringComparison.Ordinal)
                ? extraction with { Graph = extraction.Graph with { Entities = [] } }
                : extraction;
        }
    }

    /// <summary>Cancels the run when it reports the given (1-based) document; reports synchronously.</summary>
    private sealed class CancelAt(int index, CancellationTokenSource cancellation) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value)
        {
            if (value.Index == index)
            {
                cancellation.Cancel();
            }
        }
    }
}
