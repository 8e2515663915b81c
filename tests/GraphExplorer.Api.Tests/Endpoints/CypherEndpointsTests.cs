using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Api.Endpoints;
using GraphExplorer.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Endpoints;

public sealed class CypherEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A runner standing in for Neo4j: returns <c>rowCount</c> rows of one column, or hangs until cancelled.</summary>
    private sealed class FakeRunner(int rowCount, bool hang = false) : IReadOnlyCypherRunner
    {
        public CypherQuery? LastQuery { get; private set; }

        public async Task<CypherResult> RunAsync(CypherQuery query, CancellationToken cancellationToken = default)
        {
            LastQuery = query;
            if (hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            var rows = Enumerable.Range(1, rowCount).Select(i => (IReadOnlyList<JsonElement>)[JsonSerializer.SerializeToElement(i)]).ToArray();
            return new CypherResult(["n"], rows, false);
        }
    }

    private const string ApiKey = "test-key-0123456789abcdef";

    private HttpClient CreateClient(FakeRunner? runner, string? configuredKey = ApiKey, string? sentKey = ApiKey)
    {
        var client = factory.WithWebHostBuilder(b => b
                .UseSetting("GraphExplorer:Cypher:Timeout", "00:00:00.300")
                .UseSetting("GraphExplorer:Cypher:MaxBodyBytes", "2048")
                .UseSetting("GraphExplorer:ApiKey", configuredKey)
                .ConfigureServices(s =>
                {
                    if (runner is not null)
                    {
                        s.AddSingleton<IReadOnlyCypherRunner>(runner);
                    }
                }))
            .CreateClient();
        if (sentKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyOptions.HeaderName, sentKey);
        }

        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/cypher", body, Token);

    [Fact]
    public async Task RunCypher_OnTheEmbeddedStore_Is409SayingWhy()
    {
        using var response = await PostAsync(CreateClient(runner: null), new { statement = "MATCH (n) RETURN n LIMIT 1" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(CypherEndpoints.NoCypherDetail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RunCypher_WithARunner_PassesTheLimitsAndParameters()
    {
        var runner = new FakeRunner(rowCount: 3);

        using var response = await PostAsync(CreateClient(runner), new { statement = "MATCH (n {key: $key}) RETURN n", parameters = new { key = "nvidia" }, maxRows = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(2, result.GetProperty("rows").GetArrayLength());
        Assert.True(result.GetProperty("truncated").GetBoolean());
        Assert.Equal(2, runner.LastQuery?.MaxRows);
        Assert.Equal(TimeSpan.FromMilliseconds(300), runner.LastQuery?.Timeout);
        Assert.Equal("nvidia", runner.LastQuery?.Parameters["key"].GetString());
    }

    [Fact]
    public async Task RunCypher_PastTheTimeLimit_Is400NamingTheStatement()
    {
        using var response = await PostAsync(CreateClient(new FakeRunner(1, hang: true)), new { statement = "MATCH (a)-[*]-(b) RETURN count(*)" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "statement");
        Assert.Contains("0.3 s limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n) DETACH DELETE n", "DETACH")]
    [InlineData("CREATE (n:Entity {key: 'x'})", "CREATE")]
    [InlineData("MATCH (n) SET n.name = 'x'", "SET")]
    [InlineData("load csv from 'file:///etc/passwd' as l return l", "begins with 'load'")]
    [InlineData("CALL dbms.killQueries([])", "CALL dbms.killQueries")]
    [InlineData("CALL `dbms`.listConfig()", "CALL dbms.listConfig")]
    [InlineData("SHOW USERS", "begins with 'SHOW'")]
    [InlineData("WITH 1 AS x LOAD\u001cCSV FROM 'http://169.254.169.254/' AS l RETURN l", "'LOAD'")]
    public async Task RunCypher_WritingStatement_Is400NamingTheClause(string statement, string clause)
    {
        var runner = new FakeRunner(1);

        using var response = await PostAsync(CreateClient(runner), new { statement });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "statement");
        Assert.Contains(clause, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(runner.LastQuery);
    }

    [Fact]
    public async Task RunCypher_NoKeyConfigured_Is403SayingHowToEnableIt()
    {
        var runner = new FakeRunner(1);

        using var response = await PostAsync(CreateClient(runner, configuredKey: null, sentKey: "anything-at-all-long"), new { statement = "MATCH (n) RETURN n" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("GraphExplorer:ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(runner.LastQuery);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("test-key-0123456789abcdeX")]
    [InlineData("test-key-0123456789abcdef ")]
    [InlineData("TEST-KEY-0123456789ABCDEF")]
    public async Task RunCypher_MissingOrWrongKey_Is401(string? sentKey)
    {
        var runner = new FakeRunner(1);

        using var response = await PostAsync(CreateClient(runner, sentKey: sentKey), new { statement = "MATCH (n) RETURN n" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, ApiKeyOptions.HeaderName);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Null(runner.LastQuery);
    }

    [Fact]
    public async Task RunCypher_WriteWordsInsideStringLiterals_AreNotWrites()
    {
        var runner = new FakeRunner(1);

        using var response = await PostAsync(CreateClient(runner), new { statement = "MATCH (n) WHERE n.name = 'CREATE SET DELETE' RETURN n // MERGE" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"statement\": \"MATCH (n) RETURN n\", \"maxRows\": 0}", "maxRows", HttpStatusCode.BadRequest)]
    [InlineData("{\"statement\": \"   \"}", "statement", HttpStatusCode.BadRequest)]
    [InlineData("{\"statement\": 42}", "body", HttpStatusCode.BadRequest)]
    [InlineData("{\"statement\": \"MATCH", "body", HttpStatusCode.BadRequest)]
    [InlineData("null", "body", HttpStatusCode.BadRequest)]
    public async Task RunCypher_BadBody_IsAProblemNamingTheField(string json, string parameter, HttpStatusCode status)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await CreateClient(new FakeRunner(1)).PostAsync("/api/cypher", content, Token);

        await ProblemAssert.IsProblemAsync(response, status, parameter);
    }

    [Fact]
    public async Task RunCypher_BodyOverTheLimit_Is413()
    {
        using var response = await PostAsync(CreateClient(new FakeRunner(1)), new { statement = "MATCH (n) RETURN n // " + new string('x', 4000) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task RunCypher_NotJson_Is415()
    {
        using var content = new StringContent("MATCH (n) RETURN n", Encoding.UTF8, "text/plain");

        using var response = await CreateClient(new FakeRunner(1)).PostAsync("/api/cypher", content, Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
