using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Neo4j.Queries;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Tests.Hosting;

public sealed class Neo4jCypherRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Answers the Query API as documented: EXPLAIN with a queryPlan, anything else with one row.</summary>
    private sealed class QueryApiStub(string explainPlanJson) : HttpMessageHandler
    {
        public List<JsonElement> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = JsonSerializer.Deserialize<JsonElement>(await request.Content!.ReadAsStringAsync(cancellationToken));
            Bodies.Add(body);
            var json = body.GetProperty("statement").GetString()!.StartsWith("EXPLAIN", StringComparison.Ordinal)
                ? $$"""{"data":{"fields":["n"],"values":[]},"queryPlan":{{explainPlanJson}},"bookmarks":[]}"""
                : """{"data":{"fields":["n"],"values":[[1],[2],[3]]},"bookmarks":[]}""";
            return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }

    private static (Neo4jCypherRunner Runner, QueryApiStub Stub) CreateSut(string plan)
    {
        var stub = new QueryApiStub(plan);
        var client = new Neo4jQueryClient(new HttpClient(stub), Options.Create(new Neo4jGraphStoreOptions { Uri = new Uri("http://neo4j.test:7474") }));
        return (new Neo4jCypherRunner(client), stub);
    }

    private static CypherQuery Query(string statement) => new(statement, new Dictionary<string, JsonElement>(), 2, TimeSpan.FromSeconds(5));

    [Fact]
    public async Task RunAsync_ReadPlan_ExplainsInReadModeThenRunsInReadMode()
    {
        var (runner, stub) = CreateSut("""{"operatorType":"ProduceResults@neo4j","children":[{"operatorType":"AllNodesScan@neo4j","children":[]}]}""");

        var result = await runner.RunAsync(Query("// who\nMATCH (n) RETURN n"), Token);

        Assert.Equal(["EXPLAIN\n// who\nMATCH (n) RETURN n", "// who\nMATCH (n) RETURN n"], stub.Bodies.Select(b => b.GetProperty("statement").GetString()));
        Assert.All(stub.Bodies, b => Assert.Equal("Read", b.GetProperty("accessMode").GetString()));
        Assert.Equal(2, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task RunAsync_PlanWithAWrite_IsRejectedWithoutRunningTheStatement()
    {
        var (runner, stub) = CreateSut("""{"operatorType":"ProduceResults@neo4j","children":[{"operatorType":"SetProperty@neo4j","children":[]}]}""");

        var rejected = await Assert.ThrowsAsync<CypherRejectedException>(() => runner.RunAsync(Query("MATCH (n) RETURN n"), Token));

        Assert.Equal(Neo4jCypherRunner.PlanNotReadOnlyCode, rejected.Code);
        Assert.Contains("SetProperty", rejected.Message, StringComparison.Ordinal);
        Assert.Single(stub.Bodies);
    }
}
