using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>/api/curation/duplicates, /export and /import over fresh curated sample graphs; hostile bodies answer problem details.</summary>
public sealed class CurationTransferEndpointsTests : IAsyncLifetime
{
    private const string ApiKey = "curation-key-0123456789";
    private readonly CuratedApiClients _clients = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _clients.DisposeAsync();

    [Fact]
    public async Task Duplicates_DismissedPairIsNotSuggestedAgain()
    {
        var client = await CreateClientAsync();
        await client.PostAsJsonAsync("/api/curation", new { kind = "add-alias", entity = "OpenAI", value = "Open-AI Inc" }, Token);
        await client.PostAsJsonAsync("/api/curation", new { kind = "add-alias", entity = "Anthropic", value = "OpenAI Inc" }, Token);

        var before = await client.GetFromJsonAsync<JsonElement>("/api/curation/duplicates?limit=5", Token);
        var top = before.EnumerateArray().First();
        using var dismissed = await client.PostAsJsonAsync(
            "/api/curation", new { kind = "dismiss-duplicate", entity = top.GetProperty("entity").GetString(), other = top.GetProperty("other").GetString(), note = "rivals" }, Token);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/curation/duplicates?limit=5", Token);

        Assert.Equal(["anthropic", "openai"], new[] { top.GetProperty("entity").GetString(), top.GetProperty("other").GetString() }.Order(StringComparer.Ordinal));
        Assert.Contains("spacing and punctuation", top.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, dismissed.StatusCode);
        Assert.DoesNotContain(after.EnumerateArray(), s => s.GetProperty("entity").GetString() == top.GetProperty("entity").GetString()
            && s.GetProperty("other").GetString() == top.GetProperty("other").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("lots")]
    public async Task Duplicates_BadLimit_Answers400NamingIt(string limit)
    {
        var client = await CreateClientAsync();

        using var response = await client.GetAsync($"/api/curation/duplicates?limit={limit}", Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task ExportThenImport_FreshStoreGetsTheSameDecisionsAndTwiceChangesNothing()
    {
        var client = await CreateClientAsync();
        await client.PostAsJsonAsync("/api/curation", new { kind = "retype", entity = "OpenAI", value = "Product", analyst = "ana" }, Token);
        await client.PostAsJsonAsync("/api/curation", new { kind = "reject-edge", entity = "微软", type = "INVESTS_IN", other = "OpenAI", note = "a loan" }, Token);
        using var export = await client.GetAsync("/api/curation/export", Token);
        var lines = await export.Content.ReadAsStringAsync(Token);
        var fresh = await CreateClientAsync();

        using var first = await fresh.PostAsync("/api/curation/import", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), Token);
        using var second = await fresh.PostAsync("/api/curation/import", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), Token);

        Assert.Equal("application/x-ndjson", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var report = await first.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal((2, 0), (report.GetProperty("added").GetInt32(), report.GetProperty("unchanged").GetInt32()));
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("unchanged").GetInt32());
        Assert.Equal(
            (await client.GetStringAsync("/api/curation", Token)),
            (await fresh.GetStringAsync("/api/curation", Token)));
    }

    [Fact]
    public async Task Import_HostileBodies_Answer400AndStoreNothing()
    {
        var client = await CreateClientAsync();
        var bodies = new HttpContent[]
        {
            new ByteArrayContent([0xff, 0xfe, 0x00, 0xc3, 0x28]),
            new StringContent("not json\n{\"kind\":\"explode\"}\n", Encoding.UTF8, "text/plain"),
            new StringContent("   \n", Encoding.UTF8, "text/plain"),
            new StringContent(new string('x', GraphExplorer.Api.Endpoints.CurationTransferEndpoints.MaxImportBytes + 1), Encoding.UTF8, "text/plain"),
            new StringContent("""{"id":"c1","kind":"rename","entity":"openai","value":"X","analyst":"","at":"2026-01-02T03:04:05Z"}""", Encoding.UTF8, "text/plain"),
        };

        foreach (var body in bodies)
        {
            using var response = await client.PostAsync("/api/curation/import", body, Token);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "body");
        }

        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/curation", Token)).EnumerateArray());
    }

    [Fact]
    public async Task Import_KeyConfiguredButNotSent_Answers401()
    {
        var client = await CreateClientAsync(configuredKey: ApiKey);

        using var response = await client.PostAsync("/api/curation/import", new StringContent("{}", Encoding.UTF8, "text/plain"), Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private Task<HttpClient> CreateClientAsync(string? configuredKey = null) => _clients.CreateAsync(configuredKey, Token);
}
