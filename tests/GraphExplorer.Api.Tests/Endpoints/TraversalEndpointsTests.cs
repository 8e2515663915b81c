using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Endpoints;

public sealed class TraversalEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListTraversals_ReturnsTheCatalogueWithParameters()
    {
        var catalogue = await _client.GetFromJsonAsync<JsonElement>("/api/traversals", Token);

        var names = catalogue.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new TraversalCatalogue().All.Select(t => t.Name), names);
        var pathBetween = catalogue.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "path-between");
        Assert.Equal(
            ["entity", "to", "depth", "limit", "evidence"],
            pathBetween.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(pathBetween.GetProperty("parameters")[1].GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task RunTraversal_DependentsOfNvidia_RowsCarryEntityHopsPathAndEvidence()
    {
        var result = await _client.GetFromJsonAsync<TraversalResult>("/api/traversals/dependents-of?entity=NVIDIA", GraphJson.Options, Token);

        Assert.NotNull(result);
        Assert.Equal("dependents-of", result.Traversal);
        Assert.Equal("NVIDIA", result.Parameters.Entity);
        var hops = result.Rows.ToDictionary(r => r.Entity.Name, r => r.Hops);
        Assert.Equal(1, hops["OpenAI"]);
        Assert.Equal(1, hops["Microsoft Azure"]);
        Assert.Equal(2, hops["GPT-4"]);
        Assert.Equal(3, hops["GitHub Copilot"]);
        var openAi = Assert.Single(result.Rows.Single(r => r.Entity.Name == "OpenAI").Path);
        Assert.Equal(("NVIDIA", "SUPPLIES_COMPUTE_TO", "OpenAI"), (openAi.Source, openAi.Type, openAi.Target));
        var evidence = Assert.Single(openAi.Evidence);
        Assert.Equal(("sample/industry-notes.md", 3), (evidence.Document, evidence.Line));
        Assert.Contains("英伟达", evidence.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTraversal_Body_IsByteForByteTheCliJson()
    {
        // Given: what the CLI prints for `query dependents-of NVIDIA --format json`: the service's result through GraphJson.
        using var scope = factory.Services.CreateScope();
        var expected = await scope.ServiceProvider.GetRequiredService<ITraversalService>()
            .ExecuteAsync(new TraversalRequest("dependents-of", "NVIDIA"), Token);

        // When
        using var response = await _client.GetAsync("/api/traversals/dependents-of?entity=NVIDIA", Token);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(GraphJson.Serialize(expected), await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task RunTraversal_ChineseAlias_ResolvesToTheCanonicalEntity()
    {
        var result = await _client.GetFromJsonAsync<TraversalResult>(
            "/api/traversals/dependents-of?entity=" + Uri.EscapeDataString("英伟达"), GraphJson.Options, Token);

        Assert.Equal("NVIDIA", result?.Parameters.Entity);
        Assert.Contains(result!.Rows, r => r.Entity.Name == "OpenAI");
    }

    [Fact]
    public async Task RunTraversal_PathBetween_UsesTo()
    {
        var result = await _client.GetFromJsonAsync<TraversalResult>(
            "/api/traversals/path-between?entity=Cursor&to=" + Uri.EscapeDataString("亚马逊"), GraphJson.Options, Token);

        var row = Assert.Single(result!.Rows);
        Assert.Equal("Amazon", row.Entity.Name);
        Assert.Equal(["Cursor -BUILT_ON-> Claude 3", "Anthropic -DEVELOPS-> Claude 3", "Amazon -INVESTS_IN-> Anthropic"], row.Path.Select(s => $"{s.Source} -{s.Type}-> {s.Target}"));
    }

    [Fact]
    public async Task RunTraversal_UnknownTraversal_Is404NamingTheTraversal()
    {
        using var response = await _client.GetAsync("/api/traversals/who-owns?entity=NVIDIA", Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "traversal");
        Assert.Contains("dependents-of", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTraversal_UnknownEntity_Is404WithSuggestions()
    {
        using var response = await _client.GetAsync("/api/traversals/dependents-of?entity=Nvidai", Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "entity");
        Assert.Equal("NVIDIA", problem.GetProperty("suggestions")[0].GetString());
    }

    [Theory]
    [InlineData("/api/traversals/dependents-of?entity=NVIDIA&depth=99", "depth", "between 1 and 6")]
    [InlineData("/api/traversals/dependents-of?entity=NVIDIA&depth=0", "depth", "between 1 and 6")]
    [InlineData("/api/traversals/dependents-of?entity=NVIDIA&depth=two", "depth", "whole number")]
    [InlineData("/api/traversals/dependents-of?entity=NVIDIA&limit=0", "limit", "between 1 and 1000")]
    [InlineData("/api/traversals/dependents-of?entity=NVIDIA&limit=99999999999", "limit", "whole number")]
    [InlineData("/api/traversals/dependents-of", "entity", "required")]
    [InlineData("/api/traversals/path-between?entity=NVIDIA", "to", "required")]
    public async Task RunTraversal_BadParameter_Is400NamingItAndWhy(string url, string parameter, string why)
    {
        using var response = await _client.GetAsync(url, Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, parameter);
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
