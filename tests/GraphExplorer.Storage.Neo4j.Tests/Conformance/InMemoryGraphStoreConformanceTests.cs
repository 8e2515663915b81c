using GraphExplorer.Core.Storage;
using GraphExplorer.Testing.Conformance;
using GraphExplorer.Testing.Stores;

namespace GraphExplorer.Storage.Neo4j.Tests.Conformance;

/// <summary>
/// The conformance suite against the reference store, so that its bodies are known to hold where no Neo4j is
/// reachable (the Neo4j runs below are then skipped).
/// </summary>
public sealed class InMemoryGraphStoreConformanceTests : GraphStoreConformanceTests
{
    protected override Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IGraphStore>(new InMemoryGraphStore());
}
