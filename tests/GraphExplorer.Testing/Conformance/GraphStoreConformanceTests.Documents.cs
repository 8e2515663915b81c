using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using static GraphExplorer.Testing.Conformance.ConformanceGraph;

namespace GraphExplorer.Testing.Conformance;

/// <content>Sources (folders), the document list, kept text, the first-write mark and the writer lock.</content>
public abstract partial class GraphStoreConformanceTests
{
    private const string TextOfA = "---\ndate: 2025-06-18 17:15\n---\nNVIDIA supplies OpenAI with GPUs\nOpenAI developed GPT-4\nChatGPT is built on GPT-4\n";

    [Fact]
    public async Task WriteDocument_SamePathInTwoSources_KeepsBothApartWithTheirSourceOnEvidence()
    {
        var store = await CreateSutAsync();

        await store.WriteDocumentAsync(DocumentA() with { Source = "one" }, Ct);
        await store.WriteDocumentAsync(DocumentA("hash-a9") with { Source = "two" }, Ct);

        var documents = await store.GetDocumentsAsync(Ct);
        Assert.Equal([("one", "a.md", "hash-a1"), ("two", "a.md", "hash-a9")], documents.Select(d => (d.Source, d.Document, d.ContentHash)));
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        Assert.All(relationships, r => Assert.Equal(["one", "two"], r.Evidence.Select(e => e.Source)));
        Assert.All(relationships, r => Assert.All(r.Evidence, e => Assert.Equal("a.md", e.Document)));
    }

    [Fact]
    public async Task RemoveDocument_OneSourcesCopy_LeavesTheOtherSourcesEvidence()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA() with { Source = "one" }, Ct);
        await store.WriteDocumentAsync(DocumentA() with { Source = "two" }, Ct);

        var removed = await store.RemoveDocumentAsync("one", "a.md", Ct);

        Assert.True(removed);
        Assert.Equal(["two"], (await store.GetDocumentsAsync(Ct)).Select(d => d.Source));
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        Assert.Equal(3, relationships.Count);
        Assert.All(relationships, r => Assert.Equal("two", Assert.Single(r.Evidence).Source));
        Assert.False(await store.RemoveDocumentAsync("one", "a.md", Ct));
    }

    [Fact]
    public async Task ListDocuments_DocumentWithText_GivesSourcePathDateAndWhatItContributes()
    {
        var store = await CreateSutAsync();

        await store.WriteDocumentAsync(DocumentA() with { Source = "seeds", Text = TextOfA, Date = "2025-06-18 17:15" }, Ct);
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var documents = await store.ListDocumentsAsync(Ct);
        Assert.Equal(
            [
                new DocumentSummary(SourceNames.Default, "b.md", "hash-b1", null, 6, 3, 0),
                new DocumentSummary("seeds", "a.md", "hash-a1", "2025-06-18 17:15", 4, 3, 6),
            ],
            documents);
    }

    [Fact]
    public async Task GetDocumentText_KeptText_ReadsItBackAndUnknownIsNull()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA() with { Source = "seeds", Text = TextOfA, Date = "2025-06-18 17:15" }, Ct);

        var text = await store.GetDocumentTextAsync("seeds", "a.md", Ct);

        Assert.Equal(new DocumentText("seeds", "a.md", "hash-a1", "2025-06-18 17:15", TextOfA), text);
        Assert.Null(await store.GetDocumentTextAsync("other", "a.md", Ct));
        Assert.Null(await store.GetDocumentTextAsync("seeds", "missing.md", Ct));
    }

    [Fact]
    public async Task WriteDocument_AgainWithoutText_DropsTheOldText()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA() with { Text = TextOfA }, Ct);

        await store.WriteDocumentAsync(DocumentA("hash-a2"), Ct);

        Assert.Null(await store.GetDocumentTextAsync(SourceNames.Default, "a.md", Ct));
    }

    [Fact]
    public async Task SaveSource_SecondSourceOnSameFolder_TakesTheFolderOver()
    {
        var store = await CreateSutAsync();
        await store.SaveSourceAsync(new SourceFolder("notes", "/data/notes"), Ct);
        await store.SaveSourceAsync(new SourceFolder("seeds", "/data/seeds"), Ct);

        await store.SaveSourceAsync(new SourceFolder("notes-2", "/data/notes"), Ct);

        Assert.Equal(
            [new SourceFolder("notes", null), new SourceFolder("notes-2", "/data/notes"), new SourceFolder("seeds", "/data/seeds")],
            await store.GetSourcesAsync(Ct));
    }

    [Fact]
    public async Task SaveSource_NameWithSlash_IsRefused()
    {
        var store = await CreateSutAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveSourceAsync(new SourceFolder("a/b", "/x"), Ct));

        Assert.Contains("a/b", error.Message, StringComparison.Ordinal);
        Assert.Empty(await store.GetSourcesAsync(Ct));
    }

    [Fact]
    public async Task RemoveSource_WithDocuments_RemovesOnlyItsDocumentsAndUnknownIsMinusOne()
    {
        var store = await CreateSutAsync();
        await store.SaveSourceAsync(new SourceFolder("one", "/one"), Ct);
        await store.WriteDocumentAsync(DocumentA() with { Source = "one" }, Ct);
        await store.WriteDocumentAsync(DocumentB() with { Source = "one" }, Ct);
        await store.WriteDocumentAsync(DocumentC() with { Source = "two" }, Ct);

        var removed = await store.RemoveSourceAsync("one", Ct);

        Assert.Equal(2, removed);
        Assert.Equal([("two", "c.md")], (await store.GetDocumentsAsync(Ct)).Select(d => (d.Source, d.Document)));
        Assert.Empty(await store.GetSourcesAsync(Ct));
        Assert.Equal(-1, await store.RemoveSourceAsync("one", Ct));
    }

    [Fact]
    public async Task HasBeenWritten_NewThenWrittenThenEmptied_StaysTrueOnceWritten()
    {
        var store = await CreateSutAsync();
        var fresh = await store.HasBeenWrittenAsync(Ct);

        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.RemoveDocumentAsync(SourceNames.Default, "a.md", Ct);

        Assert.False(fresh);
        Assert.True(await store.HasBeenWrittenAsync(Ct));
        Assert.Equal(0, (await store.GetStatisticsAsync(Ct)).Documents);
    }

    [Fact]
    public async Task AcquireWriterLock_Held_SecondFailsUntilReleased()
    {
        var store = await CreateSutAsync();
        var held = await store.AcquireWriterLockAsync(Ct);

        var busy = await Assert.ThrowsAsync<GraphStoreBusyException>(() => store.AcquireWriterLockAsync(Ct));
        await held.DisposeAsync();
        var again = await store.AcquireWriterLockAsync(Ct);
        await again.DisposeAsync();

        Assert.Contains("another ingestion", busy.Message, StringComparison.Ordinal);
    }
}
