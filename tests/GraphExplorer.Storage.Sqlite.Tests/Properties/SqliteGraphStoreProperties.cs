using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphExplorer.Core.Documents;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Properties;

/// <summary>The graph is a function of the set of documents written: not of their order, nor of writing one again.</summary>
public sealed class SqliteGraphStoreProperties
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Property(Arbitrary = [typeof(DocumentSetArbitraries)], MaxTest = 25)]
    public Property WriteDocumentAsync_AnyOrder_SameGraph(DocumentSet set) =>
        Prop.ForAll(Gen.Shuffle(set.Documents.ToArray()).ToArbitrary(), async shuffled =>
        {
            var inOrder = await ExportAfterWritingAsync(set.Documents);
            var reordered = await ExportAfterWritingAsync(shuffled);

            Assert.Equal(inOrder, reordered);
        });

    [Property(Arbitrary = [typeof(DocumentSetArbitraries)], MaxTest = 25)]
    public async Task WriteDocumentAsync_AnyDocumentAgain_GraphUnchanged(DocumentSet set)
    {
        await using var temp = new TempStore();
        foreach (var document in set.Documents)
        {
            await temp.Store.WriteDocumentAsync(document, Ct);
        }

        var before = await GraphSnapshot.ExportAsync(temp.Store, Ct);
        var documentsBefore = await temp.Store.GetDocumentsAsync(Ct);

        foreach (var document in set.Documents)
        {
            await temp.Store.WriteDocumentAsync(document, Ct);
            Assert.Equal(before, await GraphSnapshot.ExportAsync(temp.Store, Ct));
        }

        Assert.Equal(documentsBefore, await temp.Store.GetDocumentsAsync(Ct));
    }

    [Property(Arbitrary = [typeof(DocumentSetArbitraries)], MaxTest = 25)]
    public async Task WriteDocumentAsync_ReplacedThenRestored_GraphAsBefore(DocumentSet set)
    {
        await using var temp = new TempStore();
        foreach (var document in set.Documents)
        {
            await temp.Store.WriteDocumentAsync(document, Ct);
        }

        var before = await GraphSnapshot.ExportAsync(temp.Store, Ct);
        var first = set.Documents[0];
        var replacement = set.Documents[^1] with { Document = first.Document, ContentHash = "replacement" };
        var relocated = replacement.Relationships
            .Select(r => r with { Evidence = [.. r.Evidence.Select(e => e with { Document = first.Document })] })
            .ToArray();

        await temp.Store.WriteDocumentAsync(replacement with { Relationships = relocated }, Ct);
        await temp.Store.WriteDocumentAsync(first, Ct);

        Assert.Equal(before, await GraphSnapshot.ExportAsync(temp.Store, Ct));
    }

    private static async Task<string> ExportAfterWritingAsync(IEnumerable<DocumentGraph> documents)
    {
        await using var temp = new TempStore();
        await temp.Store.InitializeAsync(Ct);
        foreach (var document in documents)
        {
            await temp.Store.WriteDocumentAsync(document, Ct);
        }

        return await GraphSnapshot.ExportAsync(temp.Store, Ct);
    }
}
