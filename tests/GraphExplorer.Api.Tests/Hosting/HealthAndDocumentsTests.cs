using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Api.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests.Hosting;

public sealed class HealthAndDocumentsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task Health_Ready_ChecksTheStoreAndReportsItsSize(string path)
    {
        using var response = await _client.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var store = health.GetProperty("checks").GetProperty("graph-store");
        var statistics = await factory.Store.GetStatisticsAsync(Token);
        Assert.Equal(statistics.Entities, store.GetProperty("data").GetProperty("entities").GetInt32());
    }

    [Fact]
    public async Task Health_Live_RunsOnlyTheSelfCheckNotTheStore()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/health/live", Token);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(["self"], health.GetProperty("checks").EnumerateObject().Select(c => c.Name));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/traversals")]
    [InlineData("/api/entities/no-such-entity")]
    public async Task Responses_CarrySecurityHeaders(string path)
    {
        using var response = await _client.GetAsync(path, Token);

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ApiReference_GetsThePolicyItsInlineConfigurationNeeds()
    {
        using var response = await _client.GetAsync("/api/docs/", Token);

        Assert.Equal(SecurityHeadersMiddleware.ApiReferencePolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/api/traversals/dependents-of?entity=NVIDIA&entity=OpenAI", "entity")]
    [InlineData("/api/entities?search=a&limit=1&limit=2", "limit")]
    public async Task Api_RepeatedQueryParameter_Is400NamingIt(string path, string parameter)
    {
        using var response = await _client.GetAsync(path, Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, parameter);
        Assert.Contains("given 2 times", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_ContentRoot_IsTheApplicationsFolderNotTheCurrentOne()
    {
        var environment = factory.Services.GetRequiredService<IWebHostEnvironment>();
        using var app = GraphExplorerApiHost.Build(["--urls", "http://127.0.0.1:0"], b => b.Services.AddSingleton(factory.Store));

        Assert.Equal(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), Path.TrimEndingDirectorySeparator(app.Environment.ContentRootPath));
        Assert.Equal("Warning", app.Configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.NotNull(environment);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryRouteWithItsName()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Token);

        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["/api/curation", "/api/curation/duplicates", "/api/curation/export", "/api/curation/import", "/api/curation/marks", "/api/curation/{id}", "/api/cypher", "/api/documents", "/api/documents/{source}/{path}", "/api/entities", "/api/entities/{key}", "/api/export", "/api/export/answer", "/api/graph", "/api/traversals", "/api/traversals/{name}"],
            paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal("RunTraversal", paths.GetProperty("/api/traversals/{name}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Contains(
            "depth",
            paths.GetProperty("/api/traversals/{name}").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ApiReference_IsServedWithItsScriptFromThisServer()
    {
        var page = await _client.GetStringAsync("/api/docs/", Token);
        using var script = await _client.GetAsync("/api/docs/scalar.js", Token);

        Assert.Contains("\"url\":\"openapi/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"scalar.js\"></script>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task ExplorerPage_IsServedAtTheRootWithCytoscapeBundled()
    {
        var page = await _client.GetStringAsync("/", Token);
        using var library = await _client.GetAsync("/lib/cytoscape.min.js", Token);

        Assert.Contains("<script src=\"lib/cytoscape.min.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("cytoscape", await library.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarryServerTiming()
    {
        using var response = await _client.GetAsync("/api/traversals", Token);

        Assert.StartsWith("app;dur=", response.Headers.GetValues("Server-Timing").Single(), StringComparison.Ordinal);
    }
}
