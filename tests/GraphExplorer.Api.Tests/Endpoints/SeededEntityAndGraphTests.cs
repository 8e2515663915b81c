using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>
/// Search, entity details, drawable graphs and export over the store ingested from <c>seeds/</c>: each answer is
/// checked against the other endpoints, the store and the seed files, not against expected extraction results.
/// </summary>
public sealed class SeededEntityAndGraphTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Describe(JsonElement relation) =>
        $"{relation.GetProperty("type").GetString()} {relation.GetProperty("direction").GetString()} {relation.GetProperty("other").GetProperty("key").GetString()}";

    private void AssertQuotedOnItsSeedLine(JsonElement evidence)
    {
        var (doc, number, quote) = (evidence.GetProperty("doc").GetString()!, evidence.GetProperty("line").GetInt32(), evidence.GetProperty("quote").GetString()!);
        var line = factory.Seeded.SeedLine(doc, number);
        Assert.True(line is not null && line.Contains(quote, StringComparison.Ordinal), $"{doc}:{number} does not hold \"{quote}\"; it reads \"{line}\".");
    }

    [Theory]
    [InlineData("英伟")]
    [InlineData("英伟达")]
    [InlineData("nvid")]
    public async Task SearchEntities_PrefixOfNameOrChineseAlias_SuggestsNvidiaFirst(string text)
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/entities?search=" + Uri.EscapeDataString(text), Token);

        var first = result.GetProperty("entities").EnumerateArray().First();
        Assert.Equal(("nvidia", "NVIDIA"), (first.GetProperty("key").GetString(), first.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task GetEntity_Nvidia_ListsItsAliasesAndExactlyItsStoredEdgesWithSeedEvidence()
    {
        // Given: NVIDIA's edges as the store holds them
        var key = new EntityKey("nvidia");
        var stored = (await factory.Seeded.Store.GetEdgesAsync([key], EdgeDirection.Both, RelationshipTypes.All, Token))
            .Distinct()
            .Select(e => $"{e.Type.ToWireName()} {(e.Source == key ? "outgoing" : "incoming")} {e.Other(key).Value}")
            .Order(StringComparer.Ordinal);

        // When
        var entity = await _client.GetFromJsonAsync<JsonElement>("/api/entities/nvidia", Token);

        // Then
        Assert.Equal("NVIDIA", entity.GetProperty("name").GetString());
        Assert.Contains("英伟达", entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var relations = entity.GetProperty("relationships").EnumerateArray().ToArray();
        Assert.NotEmpty(relations);
        Assert.False(entity.GetProperty("truncated").GetBoolean());
        Assert.Equal(stored, relations.Select(Describe).Order(StringComparer.Ordinal));
        foreach (var evidence in relations.SelectMany(r => r.GetProperty("evidence").EnumerateArray()))
        {
            AssertQuotedOnItsSeedLine(evidence);
        }
    }

    [Fact]
    public async Task GetEntity_Unknown_Is404WithSuggestions()
    {
        using var response = await _client.GetAsync("/api/entities/Nvidai", Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "key");
        Assert.Equal("NVIDIA", problem.GetProperty("suggestions")[0].GetString());
    }

    [Fact]
    public async Task GetGraph_NvidiaDepthOne_IsNvidiaAndItsNeighboursWithEveryEdgeBetweenDrawnNodes()
    {
        // Given: NVIDIA's neighbours as the entity endpoint lists them
        var entity = await _client.GetFromJsonAsync<JsonElement>("/api/entities/nvidia", Token);
        var relations = entity.GetProperty("relationships").EnumerateArray().ToArray();
        var neighbours = relations.Select(r => r.GetProperty("other").GetProperty("key").GetString()!).Append("nvidia").ToHashSet(StringComparer.Ordinal);

        // When
        var graph = await _client.GetFromJsonAsync<JsonElement>("/api/graph?entity=NVIDIA&depth=1", Token);

        // Then: the drawn nodes are exactly those, each once; every edge joins two of them; NVIDIA's own edges are all drawn
        Assert.Equal("nvidia", graph.GetProperty("center").GetString());
        Assert.False(graph.GetProperty("truncated").GetBoolean());
        var nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToArray();
        Assert.Equal(nodes.Length, nodes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(neighbours.Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        var edges = graph.GetProperty("edges").EnumerateArray()
            .Select(e => (Source: e.GetProperty("source").GetString()!, Type: e.GetProperty("type").GetString()!, Target: e.GetProperty("target").GetString()!))
            .ToArray();
        Assert.All(edges, e => Assert.True(neighbours.Contains(e.Source) && neighbours.Contains(e.Target), $"{e.Source} {e.Type} {e.Target} has an undrawn end."));
        foreach (var relation in relations)
        {
            var (other, type) = (relation.GetProperty("other").GetProperty("key").GetString()!, relation.GetProperty("type").GetString()!);
            var edge = relation.GetProperty("direction").GetString() == "outgoing" ? ("nvidia", type, other) : (other, type, "nvidia");
            Assert.Contains(edge, edges);
        }
    }

    [Fact]
    public async Task GetGraph_WithoutEntity_IsTheWholeStoreWithTheSeedsMarketLayers()
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>("/api/graph", Token);

        var statistics = await factory.Seeded.Store.GetStatisticsAsync(Token);
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(statistics.Entities, nodes.Length);
        Assert.Equal(statistics.Edges, graph.GetProperty("edges").GetArrayLength());
        var layers = nodes.Select(n => n.GetProperty("layer")).Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()).Distinct();
        Assert.Equal(["中间层", "基础层", "应用层"], layers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_Jsonl_ParsesAndEveryRelationNamesExportedEntitiesWithSeedEvidence()
    {
        // When
        using var response = await _client.GetAsync("/api/export?format=jsonl", Token);

        // Then: one JSON object a line, every entity of the store, every relation between exported entities
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToArray();
        var entityLines = lines.Where(l => l.GetProperty("kind").GetString() == "entity").ToArray();
        var entities = entityLines.Select(l => l.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
        var relations = lines.Where(l => l.GetProperty("kind").GetString() == "relation").ToArray();
        var statistics = await factory.Seeded.Store.GetStatisticsAsync(Token);
        Assert.Equal(statistics.Entities, entityLines.Length);
        Assert.Equal(statistics.Edges, relations.Length);
        Assert.Equal(statistics.Evidence, relations.Sum(r => r.GetProperty("evidence").GetArrayLength()));
        Assert.Equal(lines.Length, entityLines.Length + relations.Length);
        foreach (var relation in relations)
        {
            Assert.Contains(relation.GetProperty("source").GetString()!, entities);
            Assert.Contains(relation.GetProperty("target").GetString()!, entities);
            Assert.NotEqual(0, relation.GetProperty("evidence").GetArrayLength());
            foreach (var evidence in relation.GetProperty("evidence").EnumerateArray())
            {
                AssertQuotedOnItsSeedLine(evidence);
            }
        }
    }
}
