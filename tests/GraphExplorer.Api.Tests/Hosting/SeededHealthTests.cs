using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Testing;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>Readiness over the store ingested from <c>seeds/</c>, opened by the API's own SQLite registration.</summary>
public sealed class SeededHealthTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_SeededStore_ReportsEverySeedFileAsADocumentAndTheIngestedCounts()
    {
        using var response = await _client.GetAsync("/health", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var data = health.GetProperty("checks").GetProperty("graph-store").GetProperty("data");
        var ingested = factory.Seeded.Ingestion;
        Assert.Empty(ingested.Skipped);
        Assert.Equal(SeededStore.SeedFiles.Count, data.GetProperty("documents").GetInt32());
        Assert.Equal(ingested.Statistics.Entities, data.GetProperty("entities").GetInt32());
        Assert.Equal(ingested.Statistics.Edges, data.GetProperty("edges").GetInt32());
        Assert.True(ingested.Statistics.Entities > 0 && ingested.Statistics.Edges > 0);
    }
}
