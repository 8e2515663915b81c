using System.Text;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>Folders add up: each folder is a source; ingesting one never touches another's documents.</summary>
public sealed class DocumentSourcesTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();
    private readonly TempDirectory _root = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _root.Dispose();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task IngestAsync_SecondFolder_KeepsTheFirstFoldersDocuments()
    {
        _root.WriteText("seeds/a.md", "A -BUILT_ON-> B\n");
        _root.WriteText("seeds/b.md", "B -INVESTS_IN-> C\n");
        _root.WriteText("notes/n.md", "N -DEVELOPS-> M\n");
        var sut = CreateSut();

        await sut.IngestAsync(_root.Combine("seeds"), null, Ct);
        var second = await sut.IngestAsync(_root.Combine("notes"), null, Ct);

        Assert.Equal((1, 0, "notes"), (second.Ingested, second.Removed, second.Source));
        Assert.Equal(
            [("notes", "n.md"), ("seeds", "a.md"), ("seeds", "b.md")],
            (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => (d.Source, d.Document)));
        Assert.Equal(3, second.Statistics.Edges);
    }

    [Fact]
    public async Task IngestAsync_DocumentGoneFromOneFolder_RemovesOnlyThatFoldersCopy()
    {
        _root.WriteText("one/same.md", "A -BUILT_ON-> B\n");
        _root.WriteText("two/same.md", "A -BUILT_ON-> B\n");
        var sut = CreateSut();
        await sut.IngestAsync(_root.Combine("one"), null, Ct);
        await sut.IngestAsync(_root.Combine("two"), null, Ct);
        File.Delete(_root.Combine("one/same.md"));

        var summary = await sut.IngestAsync(_root.Combine("one"), null, Ct);

        Assert.Equal(1, summary.Removed);
        Assert.Equal([("two", "same.md")], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => (d.Source, d.Document)));
        var relationship = Assert.Single(await _temp.Store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct));
        Assert.Equal(("two", "same.md", 1), (Assert.Single(relationship.Evidence).Source, relationship.Evidence[0].Document, relationship.Evidence[0].Line));
    }

    [Fact]
    public async Task IngestAsync_TwoFoldersWithTheSameName_GetDistinctSources()
    {
        _root.WriteText("x/notes/a.md", "A -BUILT_ON-> B\n");
        _root.WriteText("y/notes/a.md", "C -BUILT_ON-> D\n");
        var sut = CreateSut();

        var first = await sut.IngestAsync(_root.Combine("x/notes"), null, Ct);
        var second = await sut.IngestAsync(_root.Combine("y/notes"), null, Ct);
        var again = await sut.IngestAsync(_root.Combine("x/notes"), null, Ct);

        Assert.Equal(("notes", "notes-2", "notes"), (first.Source, second.Source, again.Source));
        Assert.Equal(
            [new SourceFolder("notes", _root.Combine("x/notes")), new SourceFolder("notes-2", _root.Combine("y/notes"))],
            await _temp.Store.GetSourcesAsync(Ct));
        Assert.Equal((0, 1, 0), (again.Ingested, again.Unchanged, again.Removed));
    }

    [Fact]
    public async Task IngestAsync_SameFolderAgain_IsIdempotent()
    {
        _root.WriteText("seeds/a.md", "A -BUILT_ON-> B\n");
        _root.WriteText("notes/b.md", "B -BUILT_ON-> C\n");
        var sut = CreateSut();
        await sut.IngestAsync(_root.Combine("seeds"), null, Ct);
        await sut.IngestAsync(_root.Combine("notes"), null, Ct);
        var before = await _temp.Store.ListDocumentsAsync(Ct);

        var summary = await sut.IngestAsync(_root.Combine("seeds"), null, Ct);

        Assert.Equal((0, 1, 0, 0), (summary.Ingested, summary.Unchanged, summary.Removed, summary.Skipped.Count));
        Assert.Equal(before, await _temp.Store.ListDocumentsAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_SourceChosen_DocumentsGoThereWithTextAndDate()
    {
        const string text = "---\ndate: \"2025-06-18 17:15\"\n---\nA -BUILT_ON-> B\n";
        _root.WriteText("seeds/a.md", text);

        var summary = await CreateSut().IngestAsync(new IngestionRequest(_root.Combine("seeds")) { Source = "market" }, null, Ct);

        Assert.Equal("market", summary.Source);
        var stored = await _temp.Store.GetDocumentTextAsync("market", "a.md", Ct);
        Assert.Equal((text, "2025-06-18 17:15"), (stored?.Text, stored?.Date));
        var listed = Assert.Single(await _temp.Store.ListDocumentsAsync(Ct));
        Assert.Equal(("market", "a.md", 2, 1, 4), (listed.Source, listed.Path, listed.Entities, listed.Edges, listed.Lines));
    }

    [Fact]
    public async Task IngestAsync_SourceNameWithSlash_IsRefusedBeforeAnythingIsWritten()
    {
        _root.WriteText("seeds/a.md", "A -BUILT_ON-> B\n");

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => CreateSut().IngestAsync(new IngestionRequest(_root.Combine("seeds")) { Source = "a/b" }, null, Ct));

        Assert.Contains("'a/b'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _temp.Store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_AnotherIngestionHoldsTheStore_FailsClearlyAndWritesNothing()
    {
        _root.WriteText("seeds/a.md", "A -BUILT_ON-> B\n");
        var other = _temp.Open();
        await using var held = await other.AcquireWriterLockAsync(Ct);

        var error = await Assert.ThrowsAsync<GraphStoreBusyException>(() => CreateSut().IngestAsync(_root.Combine("seeds"), null, Ct));

        Assert.Contains(_temp.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Empty(await _temp.Store.GetDocumentsAsync(Ct));
        Assert.False(await _temp.Store.HasBeenWrittenAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_RunInProgress_SecondRunOnAnotherStoreInstanceIsRefusedAndFirstReportStaysTrue()
    {
        _root.WriteText("big/a.md", "A -BUILT_ON-> B\n");
        _root.WriteText("big/b.md", "B -BUILT_ON-> C\n");
        _root.WriteText("seeds/s.md", "S -BUILT_ON-> T\n");
        var secondStore = _temp.Open();
        var second = new DocumentIngestor(
            secondStore, new ArrowTestExtractor(), Options.Create(new IngestionOptions()), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);
        Exception? refused = null;

        // Given a run that, as its first document starts, has a second run (on its own store instance) attempted.
        var first = await CreateSut().IngestAsync(
            _root.Combine("big"),
            new SyncProgress(p =>
            {
                if (p.Index == 1)
                {
                    refused = Record.ExceptionAsync(() => second.IngestAsync(_root.Combine("seeds"), null, Ct)).GetAwaiter().GetResult();
                }
            }),
            Ct);

        Assert.IsType<GraphStoreBusyException>(refused);
        Assert.Equal(2, first.Ingested);
        Assert.Equal([("big", "a.md"), ("big", "b.md")], (await secondStore.GetDocumentsAsync(Ct)).Select(d => (d.Source, d.Document)));
    }

    [Fact]
    public async Task IngestIntoNewStoreAsync_StoreWrittenBefore_LeavesItAlone()
    {
        _root.WriteText("user/u.md", "U -BUILT_ON-> V\n");
        _root.WriteText("seeds/s.md", "S -BUILT_ON-> T\n");
        var sut = CreateSut();
        await sut.IngestAsync(_root.Combine("user"), null, Ct);
        await _temp.Store.RemoveSourceAsync("user", Ct);

        var summary = await sut.IngestIntoNewStoreAsync(new IngestionRequest(_root.Combine("seeds")), null, Ct);

        Assert.Null(summary);
        Assert.Empty(await _temp.Store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task IngestIntoNewStoreAsync_StoreBeingWritten_LeavesItAlone()
    {
        _root.WriteText("seeds/s.md", "S -BUILT_ON-> T\n");
        await using var held = await _temp.Open().AcquireWriterLockAsync(Ct);

        var summary = await CreateSut().IngestIntoNewStoreAsync(new IngestionRequest(_root.Combine("seeds")), null, Ct);

        Assert.Null(summary);
        Assert.Empty(await _temp.Store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task IngestIntoNewStoreAsync_NeverWrittenStore_Ingests()
    {
        _root.WriteText("seeds/s.md", "S -BUILT_ON-> T\n");

        var summary = await CreateSut().IngestIntoNewStoreAsync(new IngestionRequest(_root.Combine("seeds")), null, Ct);

        Assert.Equal(1, summary?.Ingested);
        Assert.True(await _temp.Store.HasBeenWrittenAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_Utf16WithBom_IsDecoded()
    {
        _root.WriteBytes("docs/le.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("A -BUILT_ON-> B\n")]);
        _root.WriteBytes("docs/be.md", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("C -BUILT_ON-> D\n")]);
        _root.WriteBytes("docs/bom8.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("E -BUILT_ON-> F\n")]);

        var summary = await CreateSut().IngestAsync(_root.Combine("docs"), null, Ct);

        Assert.Equal((3, 0), (summary.Ingested, summary.Skipped.Count));
        Assert.Equal(3, summary.Statistics.Edges);
        Assert.Equal("A -BUILT_ON-> B\n", (await _temp.Store.GetDocumentTextAsync("docs", "le.md", Ct))?.Text);
    }

    [Fact]
    public async Task IngestAsync_Utf16WithBrokenSurrogate_SkippedNamingTheEncoding()
    {
        _root.WriteBytes("docs/bad.md", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]);

        var summary = await CreateSut().IngestAsync(_root.Combine("docs"), null, Ct);

        Assert.Contains("not valid UTF-16 LE", Assert.Single(summary.Skipped).Reason, StringComparison.Ordinal);
    }

    private DocumentIngestor CreateSut() =>
        new(_temp.Store, new ArrowTestExtractor(), Options.Create(new IngestionOptions()), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);

    /// <summary>Calls back synchronously as each document starts.</summary>
    private sealed class SyncProgress(Action<IngestionProgress> onReport) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => onReport(value);
    }
}
