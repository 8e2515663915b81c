using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Endpoints;

public sealed class EntityEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string[]> SearchNamesAsync(string text)
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/entities?search=" + Uri.EscapeDataString(text), Token);
        return result.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();
    }

    [Theory]
    [InlineData("英伟", "NVIDIA")]
    [InlineData("nvid", "NVIDIA")]
    [InlineData("微软", "Microsoft")]
    [InlineData("ＧＰＴ-4", "GPT-4")]
    [InlineData("openal", "OpenAI")]
    public async Task SearchEntities_PrefixAliasOrCloseSpelling_FindsTheEntityFirst(string text, string expected)
    {
        var names = await SearchNamesAsync(text);

        Assert.Equal(expected, names.First());
    }

    [Fact]
    public async Task SearchEntities_ReturnsAliasesLayerAndCategory()
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/entities?search=NVIDIA&limit=1", Token);

        var nvidia = Assert.Single(result.GetProperty("entities").EnumerateArray());
        Assert.Equal("nvidia", nvidia.GetProperty("key").GetString());
        Assert.Equal("Company", nvidia.GetProperty("type").GetString());
        Assert.Contains("英伟达", nvidia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("基础层", nvidia.GetProperty("layer").GetString());
        Assert.Equal("云计算巨头", nvidia.GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("/api/entities", "search")]
    [InlineData("/api/entities?search=%20", "search")]
    [InlineData("/api/entities?search=nv&limit=500", "limit")]
    [InlineData("/api/entities?search=nv&limit=x", "limit")]
    public async Task SearchEntities_BadParameter_Is400NamingIt(string url, string parameter)
    {
        using var response = await _client.GetAsync(url, Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task GetEntity_ByChineseAlias_ReturnsNeighboursWithEvidence()
    {
        var entity = await _client.GetFromJsonAsync<JsonElement>("/api/entities/" + Uri.EscapeDataString("英伟达"), Token);

        Assert.Equal("NVIDIA", entity.GetProperty("name").GetString());
        var relations = entity.GetProperty("relationships").EnumerateArray().ToArray();
        var toMistral = relations.Single(r => r.GetProperty("other").GetProperty("name").GetString() == "Mistral AI");
        Assert.Equal(("INVESTS_IN", "outgoing"), (toMistral.GetProperty("type").GetString(), toMistral.GetProperty("direction").GetString()));
        var evidence = toMistral.GetProperty("evidence")[0];
        Assert.Equal(("sample/industry-notes.md", 12), (evidence.GetProperty("doc").GetString(), evidence.GetProperty("line").GetInt32()));
        var toAzure = relations.Single(r => r.GetProperty("other").GetProperty("name").GetString() == "Microsoft Azure");
        Assert.Equal(
            ["sample/aigc-market-map.md", "sample/industry-notes.md"],
            toAzure.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("doc").GetString()));
        Assert.Equal(4, relations.Length);
        Assert.False(entity.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task GetEntity_IncomingEdge_IsMarkedIncoming()
    {
        var entity = await _client.GetFromJsonAsync<JsonElement>("/api/entities/gpt-4", Token);

        var incoming = entity.GetProperty("relationships").EnumerateArray()
            .Where(r => r.GetProperty("direction").GetString() == "incoming")
            .Select(r => $"{r.GetProperty("other").GetProperty("name").GetString()} {r.GetProperty("type").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["ChatGPT BUILT_ON", "GitHub Copilot BUILT_ON", "Jasper AI BUILT_ON", "OpenAI DEVELOPS"], incoming);
    }

    [Fact]
    public async Task GetEntity_Unknown_Is404WithSuggestions()
    {
        using var response = await _client.GetAsync("/api/entities/Antropic", Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "key");
        Assert.Equal("Anthropic", problem.GetProperty("suggestions")[0].GetString());
    }
}
