using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Endpoints;

public sealed class GraphEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetGraph_WithoutEntity_ReturnsTheWholeGraphWithLayersAndCategories()
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>("/api/graph", Token);

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToArray();
        var statistics = await factory.Store.GetStatisticsAsync(Token);
        Assert.Equal(statistics.Entities, nodes.Length);
        Assert.Equal(statistics.Edges, graph.GetProperty("edges").GetArrayLength());
        Assert.Equal(
            ["中间层", "基础层", "应用层"],
            nodes.Select(n => n.GetProperty("layer")).Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()).Distinct().Order(StringComparer.Ordinal));
        var pinecone = nodes.Single(n => n.GetProperty("name").GetString() == "Pinecone");
        Assert.Equal("向量数据库", pinecone.GetProperty("category").GetString());
        Assert.False(graph.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task GetGraph_WithEntity_ReturnsItsNeighbourhoodAndTheEdgesAmongIt()
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>("/api/graph?entity=" + Uri.EscapeDataString("英伟达") + "&depth=1", Token);

        Assert.Equal("nvidia", graph.GetProperty("center").GetString());
        var keys = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["meta-ai", "microsoft-azure", "mistral-ai", "nvidia", "openai"], keys);
        var edges = graph.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()} {e.GetProperty("type").GetString()} {e.GetProperty("target").GetString()}")
            .Order(StringComparer.Ordinal);

        // Azure -> OpenAI is not walked from NVIDIA but joins two drawn nodes, so it is drawn too.
        Assert.Equal(
            [
                "microsoft-azure SUPPLIES_COMPUTE_TO openai",
                "nvidia INVESTS_IN mistral-ai",
                "nvidia SUPPLIES_COMPUTE_TO meta-ai",
                "nvidia SUPPLIES_COMPUTE_TO microsoft-azure",
                "nvidia SUPPLIES_COMPUTE_TO openai",
            ],
            edges);
    }

    [Theory]
    [InlineData("/api/graph?entity=NVIDIA&depth=4", "depth", HttpStatusCode.BadRequest)]
    [InlineData("/api/graph?depth=abc", "depth", HttpStatusCode.BadRequest)]
    [InlineData("/api/graph?entity=", "entity", HttpStatusCode.BadRequest)]
    [InlineData("/api/graph?entity=Nvidai", "entity", HttpStatusCode.NotFound)]
    public async Task GetGraph_BadParameter_IsAProblemNamingIt(string url, string parameter, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(url, Token);

        await ProblemAssert.IsProblemAsync(response, status, parameter);
    }
}
