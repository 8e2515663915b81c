using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using GraphExplorer.Storage.Neo4j.Traversals;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Traversals;

/// <summary>How the Neo4j traversal service calls its Cypher files and reads their rows (no database: a fake answers).</summary>
public sealed class Neo4jTraversalServiceWireTests : IAsyncLifetime
{
    private static readonly object Nvidia = new { key = "nvidia", name = "NVIDIA", type = "Company", aliases = new[] { "NVIDIA", "英伟达" }, layer = (string?)null, category = (string?)null };

    private FakeNeo4jServer _server = null!; // Set in InitializeAsync, before any test runs.

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_DependentsOf_SendsKeyAndDepthAndReadsRowsWithPathsAndEvidence()
    {
        _server.Respond = r => r.Statement == CypherFiles.Get(CypherStatement.FindEntity)
            ? (["entity"], [[Nvidia]])
            : r.Statement == CypherFiles.Get("dependents-of")
                ? (["entity", "hops", "path"], [
                    [Summary("openai", "OpenAI"), 1, new[] { Step("nvidia", "NVIDIA", "SUPPLIES_COMPUTE_TO", "openai", "OpenAI", ("b.md", 9), ("a.md", 2)) }],
                    [Summary("gpt-4", "GPT-4", "Model"), 2, new[] { Step("nvidia", "NVIDIA", "SUPPLIES_COMPUTE_TO", "openai", "OpenAI", ("a.md", 2)), Step("openai", "OpenAI", "DEVELOPS", "gpt-4", "GPT-4", ("a.md", 3)) }],
                ])
                : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);
        var service = host.Services.GetRequiredService<ITraversalService>();

        var result = await service.ExecuteAsync(new TraversalRequest("dependents-of", "英伟达", Depth: 3), Ct);

        Assert.IsType<Neo4jTraversalService>(service);
        var query = _server.Requests.Single(r => r.Statement == CypherFiles.Get("dependents-of"));
        Assert.Equal(("nvidia", 3), (query.StringParameter("entity"), query.Parameters.GetProperty("depth").GetInt32()));
        Assert.Equal(new TraversalParameters("NVIDIA", null, 3, 100, Evidence: 3), result.Parameters);
        Assert.Equal([("OpenAI", 1, "Company"), ("GPT-4", 2, "Model")], result.Rows.Select(r => (r.Entity.Name, r.Hops, r.Entity.Type)));
        var step = result.Rows[0].Path.Single();
        Assert.Equal(("NVIDIA", "SUPPLIES_COMPUTE_TO", "OpenAI", "nvidia", "openai"), (step.Source, step.Type, step.Target, step.SourceKey, step.TargetKey));
        Assert.Equal([("a.md", 2), ("b.md", 9)], step.Evidence.Select(e => (e.Document, e.Line)));
        Assert.Null(result.Rows[0].Count);
    }

    [Fact]
    public async Task ExecuteAsync_ReachBeyondLimit_KeepsTheFirstRowsByHopsThenNameAsTheGenericEngine()
    {
        _server.Respond = r => r.Statement == CypherFiles.Get(CypherStatement.FindEntity)
            ? (["entity"], [[Nvidia]])
            : r.Statement == CypherFiles.Get(CypherStatement.GetCuration) ? ([], [])
            : (["entity", "hops", "path"], [
                [Summary("b", "Beta"), 1, Array.Empty<object>()],
                [Summary("a", "Alpha"), 1, Array.Empty<object>()],
                [Summary("c", "Gamma"), 2, Array.Empty<object>()],
            ]);
        await using var host = new Neo4jTestHost(_server.BaseUri);
        var service = host.Services.GetRequiredService<ITraversalService>();

        var result = await service.ExecuteAsync(new TraversalRequest("neighborhood", "NVIDIA", Depth: 2, Limit: 2), Ct);

        Assert.Equal(["Alpha", "Beta"], result.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task ExecuteAsync_MostDependedOn_ReadsCountsAndOrdersAsTheGenericEngine()
    {
        _server.Respond = r => r.Statement == CypherFiles.Get(CypherStatement.GetCuration) ? ([], []) : (["entity", "hops", "count", "path"], [
            [Summary("amd", "AMD"), 0, 1, Array.Empty<object>()],
            [Summary("nvidia", "NVIDIA"), 0, 3, Array.Empty<object>()],
            [Summary("openai", "OpenAI"), 0, 2, Array.Empty<object>()],
        ]);
        await using var host = new Neo4jTestHost(_server.BaseUri);
        var service = host.Services.GetRequiredService<ITraversalService>();

        var result = await service.ExecuteAsync(new TraversalRequest("most-depended-on", Limit: 3), Ct);

        var query = Assert.Single(_server.Requests, r => r.Statement == CypherFiles.Get("most-depended-on"));
        Assert.Equal((4, 3), (query.Parameters.GetProperty("depth").GetInt32(), query.Parameters.GetProperty("limit").GetInt32()));
        Assert.Equal([("NVIDIA", 3), ("OpenAI", 2), ("AMD", 1)], result.Rows.Select(r => (r.Entity.Name, r.Count ?? -1)));
    }

    [Fact]
    public async Task ExecuteAsync_DepthOutOfRange_ThrowsNamingTheParameterWithoutQuerying()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);
        var service = host.Services.GetRequiredService<ITraversalService>();

        var error = await Assert.ThrowsAsync<TraversalException>(() => service.ExecuteAsync(new TraversalRequest("competitors-of", "NVIDIA", Depth: 9), Ct));

        Assert.Equal("depth", error.Parameter);
        Assert.Empty(_server.Requests);
    }

    private static object Summary(string key, string name, string type = "Company") => new { key, name, type };

    private static object Step(string source, string sourceName, string type, string target, string targetName, params (string Doc, int Line)[] evidence) => new
    {
        source,
        sourceName,
        type,
        target,
        targetName,
        docs = evidence.Select(e => e.Doc).ToArray(),
        lines = evidence.Select(e => e.Line).ToArray(),
        quotes = evidence.Select(e => $"quote {e.Line}").ToArray(),
        bases = evidence.Select(_ => "prose").ToArray(),
    };
}
