using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Testing;
using static GraphExplorer.Core.Relationships.RelationshipType;

namespace GraphExplorer.Api.Tests.Answers;

/// <summary>The answer cache over the real SQLite store: every committed change shows in the very next answer.</summary>
public sealed class CachedTraversalAnswerTests : IAsyncLifetime
{
    private const string DependentsOfNvidia = "/api/traversals/dependents-of?entity=NVIDIA";
    private readonly SeededApiFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static async Task<(string Body, string? ETag)> GetAsync(HttpClient client, string path = DependentsOfNvidia)
    {
        using var response = await client.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (await response.Content.ReadAsStringAsync(Token), response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Get_Again_SameBytesAndETag_IfNoneMatchAnswers304()
    {
        var client = _factory.CreateClient();

        var first = await GetAsync(client);
        var second = await GetAsync(client);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, DependentsOfNvidia);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        using var notModified = await client.SendAsync(conditional, Token);

        Assert.NotNull(first.ETag);
        Assert.Equal(first, second);
        Assert.Contains("\"rows\"", first.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Token));
        Assert.Equal(first.ETag, notModified.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Get_AfterAWriteByASecondStoreOnTheSameFile_AnswersTheNewGraph()
    {
        var client = _factory.CreateClient();
        var before = await GetAsync(client);

        // The seeded store is another SqliteGraphStore instance on the file the API opened (as another process would be).
        await _factory.Seeded.Store.WriteDocumentAsync(
            new DocumentGraphBuilder("extra/zeta.md", "zeta-1").Edge("Zeta Robotics", BuiltOn, "NVIDIA").Build(), Token);
        var added = await GetAsync(client);
        await _factory.Seeded.Store.WriteDocumentAsync(
            new DocumentGraphBuilder("extra/zeta.md", "zeta-2").Edge("Omega Robotics", BuiltOn, "NVIDIA").Build(), Token);
        var changed = await GetAsync(client);

        Assert.DoesNotContain("Zeta Robotics", before.Body, StringComparison.Ordinal);
        Assert.Contains("Zeta Robotics", added.Body, StringComparison.Ordinal);
        Assert.NotEqual(before.ETag, added.ETag);
        Assert.DoesNotContain("Zeta Robotics", changed.Body, StringComparison.Ordinal);
        Assert.Contains("Omega Robotics", changed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterACurationDecisionAndItsUndo_AnswersEachState()
    {
        var client = _factory.CreateClient();
        var before = await GetAsync(client);
        Assert.True(before.Body.Length > 0 && before.Body[0] == '{', before.Body[..Math.Min(300, before.Body.Length)]);
        var step = JsonDocument.Parse(before.Body).RootElement.GetProperty("rows")[0].GetProperty("path")[0];
        Assert.True(step.TryGetProperty("sourceKey", out _), step.GetRawText());
        var (source, type, target) = (step.GetProperty("sourceKey").GetString(), step.GetProperty("type").GetString(), step.GetProperty("targetKey").GetString());

        using var created = await client.PostAsJsonAsync(
            "/api/curation", new { kind = "reject-edge", entity = source, type = type!.ToLowerInvariant(), other = target, analyst = "ana", note = "not a dependence" }, Token);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Token));
        var rejected = await GetAsync(client);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetString();
        using var undone = await client.DeleteAsync($"/api/curation/{id}", Token);
        var restored = await GetAsync(client);

        Assert.NotEqual(before.Body, rejected.Body);
        Assert.NotEqual(before.ETag, rejected.ETag);
        Assert.Equal(HttpStatusCode.NoContent, undone.StatusCode);
        Assert.Equal(before, restored);
    }
}

/// <summary>An engine without a store version (the generic walk, as Neo4j's own) never reuses an answer.</summary>
public sealed class UncachedTraversalAnswerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Get_AfterAWrite_OnAnUnversionedEngine_AnswersTheNewGraphWithoutAnETag()
    {
        var token = TestContext.Current.CancellationToken;
        var client = factory.CreateClient();
        using var before = await client.GetAsync("/api/traversals/dependents-of?entity=NVIDIA", token);
        var beforeBody = await before.Content.ReadAsStringAsync(token);

        await factory.Store.WriteDocumentAsync(new DocumentGraphBuilder("extra/zeta.md").Edge("Zeta Robotics", BuiltOn, "NVIDIA").Build(), token);
        using var after = await client.GetAsync("/api/traversals/dependents-of?entity=NVIDIA", token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Null(before.Headers.ETag);
        Assert.DoesNotContain("Zeta Robotics", beforeBody, StringComparison.Ordinal);
        Assert.Contains("Zeta Robotics", await after.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
    }
}
