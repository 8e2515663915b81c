using GraphExplorer.Cli.Hosting;

namespace GraphExplorer.Cli.Tests.Hosting;

public sealed class StoreLocationTests
{
    [Fact]
    public void Parse_FilePath_IsSqlite()
    {
        var location = StoreLocation.Parse("data/market.db");

        Assert.Equal(new StoreLocation(StoreKind.Sqlite, "data/market.db"), location);
    }

    [Theory]
    [InlineData("neo4j", null)]
    [InlineData("NEO4J", null)]
    [InlineData("http://localhost:7474", "http://localhost:7474")]
    [InlineData("https://graph.example:7473", "https://graph.example:7473")]
    public void Parse_Neo4jForms_AreNeo4j(string value, string? uri)
    {
        var location = StoreLocation.Parse(value);

        Assert.Equal(new StoreLocation(StoreKind.Neo4j, uri), location);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j://localhost:7687")]
    public void Parse_BoltUri_ThrowsNamingTheOption(string value)
    {
        var ex = Assert.Throws<CliUsageException>(() => StoreLocation.Parse(value));

        Assert.Contains("--store", ex.Message, StringComparison.Ordinal);
    }
}
