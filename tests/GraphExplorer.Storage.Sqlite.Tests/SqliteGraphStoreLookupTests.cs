using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreLookupTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Theory]
    [InlineData("NVIDIA")]
    [InlineData("nvidia")]
    [InlineData("  Nvidia ")]
    [InlineData("ＮＶＩＤＩＡ")]
    [InlineData("英伟达")]
    [InlineData("辉达")]
    public async Task FindEntityAsync_AnyAliasAnyCase_FindsEntity(string name)
    {
        var store = await CreateSutAsync();

        var entity = await store.FindEntityAsync(name, Ct);

        Assert.NotNull(entity);
        Assert.Equal("NVIDIA", entity.Name);
    }

    [Fact]
    public async Task FindEntityAsync_Key_FindsEntity()
    {
        var store = await CreateSutAsync();

        var entity = await store.FindEntityAsync("google-deepmind", Ct);

        Assert.Equal("Google DeepMind", entity?.Name);
    }

    [Fact]
    public async Task FindEntityAsync_UnknownName_ReturnsNull()
    {
        var store = await CreateSutAsync();

        var entity = await store.FindEntityAsync("Nvidai", Ct);

        Assert.Null(entity);
    }

    [Theory]
    [InlineData("Nvidai", "NVIDIA")]
    [InlineData("英伟大", "NVIDIA")]
    [InlineData("google deepmnd", "Google DeepMind")]
    public async Task SearchEntitiesAsync_Typo_SuggestsClosest(string typed, string expected)
    {
        var store = await CreateSutAsync();

        var suggestions = await store.SearchEntitiesAsync(typed, 5, Ct);

        Assert.Equal(expected, suggestions[0].Name);
    }

    [Fact]
    public async Task SearchEntitiesAsync_Open_ExactThenPrefixThenSubstring()
    {
        var store = await CreateSutAsync();

        var results = await store.SearchEntitiesAsync("open", 10, Ct);

        Assert.Equal(["Open", "OpenAI", "OpenRouter", "Azure OpenAI Service"], results.Select(e => e.Name));
    }

    [Fact]
    public async Task SearchEntitiesAsync_ChinesePrefix_FindsEntity()
    {
        var store = await CreateSutAsync();

        var results = await store.SearchEntitiesAsync("英伟", 5, Ct);

        Assert.Equal(["NVIDIA"], results.Select(e => e.Name));
    }

    [Fact]
    public async Task SearchEntitiesAsync_Limit_BoundsResults()
    {
        var store = await CreateSutAsync();

        var results = await store.SearchEntitiesAsync("o", 2, Ct);

        Assert.Equal(2, results.Count);
    }

    [Fact]
    public async Task SearchEntitiesAsync_NothingClose_ReturnsEmpty()
    {
        var store = await CreateSutAsync();

        var results = await store.SearchEntitiesAsync("Zhipu", 5, Ct);

        Assert.Empty(results);
    }

    [Fact]
    public async Task GetEntitiesAsync_KnownAndUnknownKeys_ReturnsKnownOnly()
    {
        var store = await CreateSutAsync();

        var entities = await store.GetEntitiesAsync([EntityKey.FromName("OpenAI"), new EntityKey("nope"), EntityKey.FromName("OpenAI")], Ct);

        Assert.Equal(["openai"], entities.Keys.Select(k => k.Value));
    }

    private async Task<SqliteGraphStore> CreateSutAsync()
    {
        var store = _temp.Store;
        await store.WriteDocumentAsync(
            new DocumentGraphBuilder("a.md")
                .Entity("NVIDIA", EntityType.Company, "英伟达", "Nvidia")
                .Entity("Google DeepMind")
                .Entity("Open", EntityType.Product)
                .Entity("OpenRouter", EntityType.Product)
                .Entity("Azure OpenAI Service", EntityType.Product)
                .Edge("NVIDIA", RelationshipType.SuppliesComputeTo, "OpenAI")
                .Build(),
            Ct);
        await store.WriteDocumentAsync(new DocumentGraphBuilder("b.md").Entity("NVIDIA", EntityType.Company, "辉达").Build(), Ct);
        return store;
    }
}
