using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Testing;

namespace GraphExplorer.Api.Tests.Endpoints;

public sealed class DocumentEndpointsTests(DocumentEndpointsTests.Factory factory) : IClassFixture<DocumentEndpointsTests.Factory>
{
    private const string Text = "---\ndate: 2025-06-18 17:15\n---\n# 笔记\nNVIDIA -SUPPLIES_COMPUTE_TO-> OpenAI\nlast line\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListDocuments_StoreWithTwoSources_ListsEachWithSourcePathHashDateAndCounts()
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/documents", Token);

        var documents = result.GetProperty("documents").EnumerateArray().ToArray();
        var note = Assert.Single(documents, d => d.GetProperty("source").GetString() == "notes");
        Assert.Equal("sub/笔记.md", note.GetProperty("path").GetString());
        Assert.Equal("hash-notes", note.GetProperty("hash").GetString());
        Assert.Equal("2025-06-18 17:15", note.GetProperty("date").GetString());
        Assert.Equal((2, 1, 6), (note.GetProperty("entities").GetInt32(), note.GetProperty("edges").GetInt32(), note.GetProperty("lines").GetInt32()));
        var other = Assert.Single(documents, d => d.GetProperty("source").GetString() == "other");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task GetDocument_Whole_ReturnsEveryLineNumberedFromOne()
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/documents/notes/sub/" + Uri.EscapeDataString("笔记.md"), Token);

        Assert.Equal(("notes", "sub/笔记.md", 6), (result.GetProperty("source").GetString(), result.GetProperty("path").GetString(), result.GetProperty("lineCount").GetInt32()));
        var lines = result.GetProperty("lines").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 6), lines.Select(l => l.GetProperty("number").GetInt32()));
        Assert.Equal("NVIDIA -SUPPLIES_COMPUTE_TO-> OpenAI", lines[4].GetProperty("text").GetString());
    }

    [Fact]
    public async Task GetDocument_Bounded_ReturnsOnlyThoseLinesAndClampsTo()
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/api/documents/notes/sub/%E7%AC%94%E8%AE%B0.md?from=5&to=99", Token);

        Assert.Equal([(5, "NVIDIA -SUPPLIES_COMPUTE_TO-> OpenAI"), (6, "last line")],
            result.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("number").GetInt32(), l.GetProperty("text").GetString())));
        Assert.Equal(6, result.GetProperty("lineCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/documents/notes/sub/x.md", "path")]
    [InlineData("/api/documents/nope/other.md", "path")]
    public async Task GetDocument_Unknown_Is404Problem(string url, string parameter)
    {
        var response = await _client.GetAsync(url, Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, parameter);
    }

    [Theory]
    [InlineData("?from=0", "from")]
    [InlineData("?from=abc", "from")]
    [InlineData("?to=-1", "to")]
    [InlineData("?from=4&to=2", "to")]
    [InlineData("?from=7", "from")]
    public async Task GetDocument_BadBounds_Is400NamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/documents/other/other.md" + query, Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    /// <summary>The sample graph plus two documents with their text, in two sources.</summary>
    public sealed class Factory : ApiFactory
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var note = new DocumentGraphBuilder("sub/笔记.md", "hash-notes").Edge("NVIDIA", RelationshipType.SuppliesComputeTo, "OpenAI", 5).Build()
                with { Source = "notes", Text = Text, Date = "2025-06-18 17:15" };
            var other = new DocumentGraphBuilder("other.md", "hash-other").Edge("A", RelationshipType.BuiltOn, "B", 1).Build()
                with { Source = "other", Text = "A -BUILT_ON-> B\nline 2\nline 3\nline 4\nline 5\nline 6" };
            await Store.WriteDocumentAsync(note, TestContext.Current.CancellationToken);
            await Store.WriteDocumentAsync(other, TestContext.Current.CancellationToken);
        }
    }
}
