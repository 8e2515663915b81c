using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;

namespace GraphExplorer.Storage.Neo4j.Tests.Queries;

public sealed class Neo4jQueryClientTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!; // Set in InitializeAsync, before any test runs.

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_Statement_PostsStatementAndParametersAsJsonWithBasicAuth()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri, o => o.Database = "market");
        const string statement = "MATCH (e:Entity {key: $key}) RETURN e.name AS name";

        await host.Client.ExecuteAsync(
            statement,
            new Dictionary<string, object?> { ["key"] = "o'reilly\"}) DETACH DELETE e //", ["depth"] = 3, ["tags"] = new[] { "a", "b" }, ["layer"] = null },
            Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/market/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-pass")), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal(statement, request.Statement);
        Assert.Equal("o'reilly\"}) DETACH DELETE e //", request.Parameters.GetProperty("key").GetString());
        Assert.Equal(3, request.Parameters.GetProperty("depth").GetInt32());
        Assert.Equal(["a", "b"], request.Parameters.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Null, request.Parameters.GetProperty("layer").ValueKind);
    }

    [Fact]
    public async Task ExecuteAsync_Result_ParsesFieldsValuesAndBookmarks()
    {
        _server.Respond = _ => (
            ["name", "count", "aliases", "entity", "missing"],
            [
                ["NVIDIA", 3, new[] { "英伟达", "Nvidia" }, new { key = "nvidia", layer = "基础层" }, null],
                ["OpenAI", 2, Array.Empty<string>(), new { key = "openai", layer = (string?)null }, null],
            ]);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var result = await host.Client.ExecuteAsync("MATCH (e:Entity) RETURN e", null, Ct);

        Assert.Equal(["name", "count", "aliases", "entity", "missing"], result.Fields);
        Assert.Equal(2, result.Records.Count);
        var first = result.Records[0];
        Assert.Equal(("NVIDIA", 3), (first["name"].GetString(), first["count"].GetInt32()));
        Assert.Equal(["英伟达", "Nvidia"], first["aliases"].EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("基础层", first["entity"].GetProperty("layer").GetString());
        Assert.Equal(JsonValueKind.Null, first["missing"].ValueKind);
        Assert.Equal(["FB:kcwQ"], result.Bookmarks);
        Assert.Throws<KeyNotFoundException>(() => first["nope"]);
    }

    [Fact]
    public async Task ExecuteAsync_ClientError_ThrowsWithCodeWithoutRetrying()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Neo4jError, times: 10) { Code = "Neo.ClientError.Statement.SyntaxError", StatusCode = 400 });
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Client.ExecuteAsync("RETURN", null, Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ExecuteAsync_TransientErrorAnswered5xx_RetriedUntilItSucceeds()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Neo4jError, times: 2) { Code = "Neo.TransientError.General.DatabaseUnavailable", StatusCode = 503 });
        _server.Respond = _ => (["ok"], [[true]]);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var result = await host.Client.ExecuteAsync("RETURN true AS ok", null, Ct);

        Assert.True(result.Records[0]["ok"].GetBoolean());
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_TransientErrorAnswered400_SurfacesAsTransient()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Neo4jError) { Code = "Neo.TransientError.Transaction.DeadlockDetected", StatusCode = 400 });
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => host.Client.ExecuteAsync("RETURN 1", null, Ct));

        Assert.True(error.IsTransient);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ExecuteAsync_ServiceUnavailableTwice_RetriedUntilItSucceeds()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Status, times: 2) { StatusCode = 503 });
        await using var host = new Neo4jTestHost(_server.BaseUri);

        await host.Client.ExecuteAsync("RETURN 1", null, Ct);

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_ServiceUnavailableBeyondRetries_ThrowsHttpRequestExceptionWithStatus()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Status, times: 100) { StatusCode = 503 });
        await using var host = new Neo4jTestHost(_server.BaseUri, o => o.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => host.Client.ExecuteAsync("RETURN 1", null, Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_DroppedConnection_RetriedOnANewOne()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Drop));
        _server.Respond = _ => (["n"], [[1]]);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var result = await host.Client.ExecuteAsync("RETURN 1 AS n", null, Ct);

        Assert.Equal(1, result.Records[0]["n"].GetInt32());
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteAsync_SlowResponse_AttemptTimesOutAndIsRetried()
    {
        _server.Faults.Add(new FakeFault(_ => true, FakeFaultKind.Delay) { Delay = TimeSpan.FromSeconds(10) });
        _server.Respond = _ => (["n"], [[1]]);
        await using var host = new Neo4jTestHost(_server.BaseUri, o => o.RequestTimeout = TimeSpan.FromSeconds(2)); // long enough that only the injected delay times out

        var result = await host.Client.ExecuteAsync("RETURN 1 AS n", null, Ct);

        Assert.Equal(1, result.Records[0]["n"].GetInt32());
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Transaction_RunAndCommit_UsesTransactionPathsAndSendsAffinityBack()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);

        await using (var transaction = await host.Client.BeginTransactionAsync(Ct))
        {
            await transaction.ExecuteAsync("CREATE (:Document {path: $doc})", new Dictionary<string, object?> { ["doc"] = "a.md" }, Ct);
            await transaction.CommitAsync(Ct);
        }

        var requests = _server.Requests.ToArray();
        var id = Assert.Single(_server.Committed).Id;
        Assert.Equal(
            [("POST", "/db/neo4j/query/v2/tx"), ("POST", $"/db/neo4j/query/v2/tx/{id}"), ("POST", $"/db/neo4j/query/v2/tx/{id}/commit")],
            requests.Select(r => (r.Method, r.Path)));
        Assert.Equal([null, FakeNeo4jServer.Affinity, FakeNeo4jServer.Affinity], requests.Select(r => r.ClusterAffinity));
        Assert.Equal("a.md", requests[1].StringParameter("doc"));
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_RollsBack()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);

        await using (var transaction = await host.Client.BeginTransactionAsync(Ct))
        {
            await transaction.ExecuteAsync("CREATE (:Document {path: $doc})", new Dictionary<string, object?> { ["doc"] = "a.md" }, Ct);
        }

        Assert.Empty(_server.Committed);
        Assert.Single(_server.Abandoned);
        Assert.Equal("DELETE", _server.Requests.Last().Method);
    }
}
