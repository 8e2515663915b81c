using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.ReadModel;

/// <summary>The store version: one step per committed write or batch, none for a write that failed.</summary>
public sealed class StoreVersionTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task Writes_EachCommit_RaiseTheVersionByOne()
    {
        var store = _temp.Store;
        await store.InitializeAsync(Ct);
        var versions = new List<long> { await VersionAsync() };

        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), Ct);
        versions.Add(await VersionAsync());
        await store.WriteDocumentsAsync(
            [new DocumentGraphBuilder("b.md").Edge("C", RelationshipType.BuiltOn, "B").Build(), new DocumentGraphBuilder("c.md").Edge("D", RelationshipType.BuiltOn, "B").Build()],
            Ct);
        versions.Add(await VersionAsync());
        await store.RemoveDocumentAsync(SourceNames.Default, "a.md", Ct);
        versions.Add(await VersionAsync());

        Assert.Equal([versions[0], versions[0] + 1, versions[0] + 2, versions[0] + 3], versions);
    }

    [Fact]
    public async Task WriteDocument_Cancelled_LeavesTheVersion()
    {
        var store = _temp.Store;
        await store.InitializeAsync(Ct);
        var before = await VersionAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("A", RelationshipType.BuiltOn, "B").Build(), new CancellationToken(canceled: true)));

        Assert.Equal(before, await VersionAsync());
    }

    private async Task<long> VersionAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        return await StoreVersion.ReadAsync(connection, null, Ct);
    }
}
