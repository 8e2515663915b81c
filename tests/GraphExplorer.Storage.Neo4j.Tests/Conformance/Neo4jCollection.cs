using GraphExplorer.Testing.Neo4j;

namespace GraphExplorer.Storage.Neo4j.Tests.Conformance;

/// <summary>The tests that share one Neo4j (container or <c>NEO4J_URI</c>); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j";
}
