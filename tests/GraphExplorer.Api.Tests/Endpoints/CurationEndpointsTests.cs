using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphExplorer.Api.Hosting;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>/api/curation over a fresh curated sample graph per test: decisions change every answer, and bad requests name the field.</summary>
public sealed class CurationEndpointsTests : IAsyncLifetime
{
    private const string ApiKey = "curation-key-0123456789";
    private readonly CuratedApiClients _clients = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _clients.DisposeAsync();

    [Fact]
    public async Task Post_RejectEdge_HidesItFromTraversalsUntilUndone()
    {
        var client = await CreateClientAsync();

        using var created = await client.PostAsJsonAsync(
            "/api/curation", new { kind = "reject-edge", entity = "微软", type = "invests_in", other = "OpenAI", analyst = "ana", note = "a loan, not equity" }, Token);
        var decision = await created.Content.ReadFromJsonAsync<JsonElement>(Token);
        var hidden = await InvestorsOfOpenAiAsync(client);
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/curation", Token);
        using var undone = await client.DeleteAsync($"/api/curation/{decision.GetProperty("id").GetString()}", Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("reject-edge", "microsoft", "openai", "INVESTS_IN"), (decision.GetProperty("kind").GetString(), decision.GetProperty("entity").GetString(),
            decision.GetProperty("other").GetString(), decision.GetProperty("type").GetString()));
        Assert.DoesNotContain("Microsoft", hidden);
        Assert.True(Assert.Single(listed.EnumerateArray()).GetProperty("applied").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, undone.StatusCode);
        Assert.Contains("Microsoft", await InvestorsOfOpenAiAsync(client));
    }

    [Fact]
    public async Task Post_Merge_AbsorbedEntityAnswersAsTheAbsorber()
    {
        var client = await CreateClientAsync();

        using var created = await client.PostAsJsonAsync("/api/curation", new { kind = "merge", entity = "Microsoft", other = "Microsoft Azure" }, Token);
        var entity = await client.GetFromJsonAsync<JsonElement>("/api/entities/microsoft", Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("Microsoft Azure", entity.GetRawText(), StringComparison.Ordinal);
        var absorbed = await client.GetFromJsonAsync<JsonElement>("/api/entities/microsoft-azure", Token);
        Assert.Equal(entity.GetRawText(), absorbed.GetRawText());
    }

    [Fact]
    public async Task Post_Split_AliasBecomesAnEntityOfTheTypeGiven()
    {
        var client = await CreateClientAsync();

        using var created = await client.PostAsJsonAsync("/api/curation", new { kind = "split", entity = "Microsoft", value = "MSFT", newType = "product", analyst = "ana" }, Token);
        var split = await client.GetFromJsonAsync<JsonElement>("/api/entities/msft", Token);
        var microsoft = await client.GetFromJsonAsync<JsonElement>("/api/entities/microsoft", Token);
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/curation", Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("MSFT", "Product"), (split.GetProperty("name").GetString(), split.GetProperty("type").GetString()));
        Assert.DoesNotContain("MSFT", microsoft.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["split", "retype"], listed.EnumerateArray().Select(e => e.GetProperty("decision").GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("""{"kind": "split", "entity": "Microsoft", "value": "Bing"}""", "value")]
    [InlineData("""{"kind": "split", "entity": "Microsoft", "value": "Microsoft"}""", "value")]
    [InlineData("""{"kind": "split", "entity": "Microsoft", "value": "MSFT", "newType": "Planet"}""", "type")]
    [InlineData("""{"entity": "NVIDIA"}""", "kind")]
    [InlineData("""{"kind": "drop-table", "entity": "NVIDIA"}""", "kind")]
    [InlineData("""{"kind": "reject-edge", "entity": "NVIDIA", "type": "LIKES", "other": "OpenAI", "note": "x"}""", "type")]
    [InlineData("""{"kind": "reject-edge", "entity": "NVIDIA", "type": "SUPPLIES_COMPUTE_TO", "other": "OpenAI"}""", "note")]
    [InlineData("""{"kind": "merge", "entity": "No Such Co", "other": "OpenAI"}""", "entity")]
    [InlineData("""{"kind": "merge", "entity": "OpenAI", "other": "开放人工智能"}""", "other")]
    [InlineData("""{"kind": "retype", "entity": "OpenAI", "value": "Planet"}""", "value")]
    [InlineData("""{"kind": "rename", "entity": "OpenAI", "value": "  "}""", "value")]
    [InlineData("""{"kind": "merge", "entity": ["OpenAI"]}""", "body")]
    [InlineData("""not json""", "body")]
    public async Task Post_BadRequest_Answers400NamingTheField(string body, string parameter)
    {
        var client = await CreateClientAsync();

        using var response = await client.PostAsync("/api/curation", new StringContent(body, Encoding.UTF8, "application/json"), Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, parameter);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/curation", Token)).EnumerateArray());
    }

    [Fact]
    public async Task Post_OversizedNote_Answers400NamingIt()
    {
        var client = await CreateClientAsync();

        using var response = await client.PostAsJsonAsync(
            "/api/curation", new { kind = "add-alias", entity = "OpenAI", value = "OAI", note = new string('x', CurationDecision.MaxTextLength + 1) }, Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "note");
    }

    [Fact]
    public async Task Delete_UnknownId_Answers404()
    {
        var client = await CreateClientAsync();

        using var response = await client.DeleteAsync("/api/curation/c-nope", Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Post_KeyConfiguredButNotSent_Answers401AndReadsStayOpen()
    {
        var client = await CreateClientAsync(configuredKey: ApiKey);

        using var refused = await client.PostAsJsonAsync("/api/curation", new { kind = "add-alias", entity = "OpenAI", value = "OAI" }, Token);
        using var listed = await client.GetAsync("/api/curation", Token);
        client.DefaultRequestHeaders.Add(ApiKeyOptions.HeaderName, ApiKey);
        using var accepted = await client.PostAsJsonAsync("/api/curation", new { kind = "add-alias", entity = "OpenAI", value = "OAI" }, Token);

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    private static async Task<string[]> InvestorsOfOpenAiAsync(HttpClient client)
    {
        var result = await client.GetFromJsonAsync<TraversalResult>("/api/traversals/investors-of?entity=OpenAI", GraphJson.Options, Token);
        return [.. result!.Rows.Select(r => r.Entity.Name)];
    }

    private Task<HttpClient> CreateClientAsync(string? configuredKey = null) => _clients.CreateAsync(configuredKey, Token);
}
