using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;
using GraphExplorer.Testing.Conformance;

namespace GraphExplorer.Storage.Sqlite.Tests.Conformance;

/// <summary>The store conformance suite on the embedded store with its own engine: traversals on the in-memory read model.</summary>
public sealed class SqliteReadModelConformanceTests : GraphStoreConformanceTests
{
    private readonly TempStore _temp = new();

    protected override Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IGraphStore>(_temp.Store);

    protected override ValueTask DisposeStoreAsync(IGraphStore store) => _temp.DisposeAsync();

    protected override ITraversalService CreateTraversalService(IGraphStore store) =>
        new SqliteTraversalService((SqliteGraphStore)store, new TraversalCatalogue());

    protected override ITraversalService CreateCuratedTraversalService(IGraphStore store, CuratedGraphStore curated) =>
        new SqliteTraversalService((SqliteGraphStore)store, new TraversalCatalogue(), curated);
}
