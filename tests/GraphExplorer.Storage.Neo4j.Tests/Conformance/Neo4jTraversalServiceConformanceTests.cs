using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Conformance;

/// <summary>The conformance suite against a real Neo4j, traversals run in Neo4j by the cypher/ files.</summary>
/// <param name="fixture">The shared Neo4j.</param>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jTraversalServiceConformanceTests(Neo4jFixture fixture) : Neo4jGraphStoreConformanceTests(fixture)
{
    protected override ITraversalService CreateTraversalService(IGraphStore store) =>
        Host.Services.GetRequiredService<ITraversalService>();
}
