using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>/api/curation/marks over a fresh curated sample graph per test: what the explorer marks as curated.</summary>
public sealed class CurationMarksEndpointTests : IAsyncLifetime
{
    private readonly CuratedApiClients _clients = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _clients.DisposeAsync();

    [Fact]
    public async Task Marks_NoDecisions_ListTheEntityTypesAndNothingCurated()
    {
        var client = await _clients.CreateAsync(null, Token);

        var marks = await client.GetFromJsonAsync<JsonElement>("/api/curation/marks", Token);

        Assert.Equal(["Company", "Model", "Product"], marks.GetProperty("entityTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(marks.GetProperty("entities").EnumerateArray());
        Assert.Empty(marks.GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task Marks_MergeThenConfirmAnAbsorbedEdge_MarkTheSurvivorAndTheEdgeUnderItsKey()
    {
        var client = await _clients.CreateAsync(null, Token);
        var confirm = await PostAsync(client, new { kind = "confirm-edge", entity = "Microsoft Azure", type = "SUPPLIES_COMPUTE_TO", other = "OpenAI", analyst = "ana", note = "checked" });
        var merge = await PostAsync(client, new { kind = "merge", entity = "Microsoft", other = "Microsoft Azure", analyst = "bo" });
        var rename = await PostAsync(client, new { kind = "rename", entity = "OpenAI", value = "OpenAI, Inc.", analyst = "ana" });

        var marks = await client.GetFromJsonAsync<JsonElement>("/api/curation/marks", Token);

        var entities = marks.GetProperty("entities").EnumerateArray().ToDictionary(
            e => e.GetProperty("key").GetString()!, e => e.GetProperty("decisions").EnumerateArray().Select(d => d.GetString()).ToArray());
        Assert.Equal(["microsoft", "openai"], entities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([merge], entities["microsoft"]);
        Assert.Equal([rename], entities["openai"]);
        var edge = Assert.Single(marks.GetProperty("edges").EnumerateArray());
        Assert.Equal(("microsoft", "SUPPLIES_COMPUTE_TO", "openai", "confirm-edge", confirm, "ana", "checked"), (
            edge.GetProperty("source").GetString(), edge.GetProperty("type").GetString(), edge.GetProperty("target").GetString(),
            edge.GetProperty("kind").GetString(), edge.GetProperty("decision").GetString(), edge.GetProperty("analyst").GetString(), edge.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Marks_EdgeConfirmedThenRejected_IsNotMarkedAndUndoingTheRejectionMarksItAgain()
    {
        var client = await _clients.CreateAsync(null, Token);
        await PostAsync(client, new { kind = "confirm-edge", entity = "Microsoft", type = "INVESTS_IN", other = "OpenAI", analyst = "ana" });
        var reject = await PostAsync(client, new { kind = "reject-edge", entity = "Microsoft", type = "INVESTS_IN", other = "OpenAI", analyst = "ana", note = "a loan" });

        var rejected = await client.GetFromJsonAsync<JsonElement>("/api/curation/marks", Token);
        using var undone = await client.DeleteAsync($"/api/curation/{reject}", Token);
        var confirmed = await client.GetFromJsonAsync<JsonElement>("/api/curation/marks", Token);

        Assert.Empty(rejected.GetProperty("edges").EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, undone.StatusCode);
        Assert.Equal("confirm-edge", Assert.Single(confirmed.GetProperty("edges").EnumerateArray()).GetProperty("kind").GetString());
    }

    private static async Task<string> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/curation", body, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetString()!;
    }
}
