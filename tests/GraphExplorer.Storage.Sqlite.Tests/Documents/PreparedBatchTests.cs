using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Documents;

/// <summary>A batch's documents are prepared ahead of the writer, one after another, and handed out in order, prepared or refused.</summary>
public sealed class PreparedBatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_LastDocumentFirst_PreparedWithoutWaitingForTheWriter()
    {
        await using var sut = new PreparedBatch([Document("a.md"), Document("b.md"), Document("c.md")]);

        // The last one is asked for first: it is ready all the same, the batch prepares on its own.
        var last = await sut.GetAsync(2, Ct).WaitAsync(Patience, Ct);
        var all = await Task.WhenAll(Enumerable.Range(0, sut.Count).Select(i => sut.GetAsync(i, Ct)));

        Assert.Equal("c.md", last.Graph?.Document);
        Assert.Equal(["a.md", "b.md", "c.md"], all.Select(p => p.Document?.Document));
        Assert.All(all, p => Assert.Null(p.Refusal));
        Assert.All(all, p => Assert.NotEmpty(p.Document!.EntityRows));
    }

    [Fact]
    public async Task GetAsync_MalformedOrMissingDocument_RefusedWithTheReasonInItsPlace()
    {
        var malformed = Document("bad.md") with { Entities = [] };
        await using var sut = new PreparedBatch([Document("a.md"), malformed, null!, Document("d.md")]);

        var all = await Task.WhenAll(Enumerable.Range(0, sut.Count).Select(i => sut.GetAsync(i, Ct)));

        Assert.Equal(["a.md", null, null, "d.md"], all.Select(p => p.Document?.Document));
        Assert.Contains("bad.md", all[1].Refusal?.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentNullException>(all[2].Refusal);
    }

    [Fact]
    public async Task DisposeAsync_DocumentsNotReached_EndsWithThemCancelled()
    {
        var documents = Enumerable.Range(0, 200).Select(i => Document($"d{i:D3}.md")).ToArray();
        var sut = new PreparedBatch(documents);
        await sut.GetAsync(0, Ct);

        await sut.DisposeAsync();

        // Each one either was prepared before the stop or is cancelled; none is left pending.
        var outcomes = Enumerable.Range(0, sut.Count).Select(i => sut.GetAsync(i, Ct)).ToArray();
        Assert.All(outcomes, t => Assert.True(t.IsCompleted));
        Assert.All(outcomes.Where(t => !t.IsCanceled), t => Assert.NotNull(t.Result.Document));
    }

    private static DocumentGraph Document(string path) =>
        new DocumentGraphBuilder(path, "hash-" + path).Edge(path + " A", RelationshipType.BuiltOn, "Base").Build();
}
