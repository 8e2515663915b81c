using GraphExplorer.Core.Storage;
using GraphExplorer.Testing;
using GraphExplorer.Testing.Conformance;

namespace GraphExplorer.Storage.Sqlite.Tests.Conformance;

/// <summary>The store conformance suite against the embedded SQLite store: the same bodies Neo4j runs.</summary>
public sealed class SqliteGraphStoreConformanceTests : GraphStoreConformanceTests
{
    private readonly TempStore _temp = new();

    protected override Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IGraphStore>(_temp.Store);

    protected override async ValueTask DisposeStoreAsync(IGraphStore store) => await _temp.DisposeAsync();
}
