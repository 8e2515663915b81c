using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace GraphExplorer.Api.Tests.Endpoints;

public sealed class ExportEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Export_Jsonl_IsOneObjectPerLineEntitiesThenRelations()
    {
        using var response = await _client.GetAsync("/api/export?format=jsonl", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("graph.jsonl", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync(Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToArray();
        var statistics = await factory.Store.GetStatisticsAsync(Token);
        Assert.Equal(statistics.Entities, lines.Count(l => l.GetProperty("kind").GetString() == "entity"));
        var relation = lines.Single(l => l.GetProperty("kind").GetString() == "relation"
            && l.GetProperty("source").GetString() == "Microsoft" && l.GetProperty("target").GetString() == "OpenAI");
        Assert.Equal("INVESTS_IN", relation.GetProperty("type").GetString());
        Assert.Equal("微软向 OpenAI 投资了 130 亿美元。", relation.GetProperty("evidence")[0].GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Export_GraphMl_IsXmlWithEveryNode()
    {
        using var response = await _client.GetAsync("/api/export?format=graphml", Token);

        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var statistics = await factory.Store.GetStatisticsAsync(Token);
        Assert.Equal(statistics.Entities, xml.Descendants(ns + "node").Count());
        Assert.Equal(statistics.Edges, xml.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task Export_Cypher_IsAMergeScript()
    {
        var script = await _client.GetStringAsync("/api/export?format=CYPHER", Token);

        Assert.Contains("MERGE (e:Entity {key: 'nvidia'})", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[r:SUPPLIES_COMPUTE_TO]->(t)", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownFormat_Is400NamingFormat()
    {
        using var response = await _client.GetAsync("/api/export?format=csv", Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "format");
        Assert.Contains("jsonl, graphml, cypher", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
