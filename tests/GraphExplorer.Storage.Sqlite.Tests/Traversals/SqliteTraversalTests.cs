using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Traversals;

/// <summary>The catalogue's traversals through <see cref="GraphTraversalService"/> over a real SQLite store.</summary>
public sealed class SqliteTraversalTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task DependentsOf_Supplier_ListsDirectAndTransitiveDependentsWithHops()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "NVIDIA"), Ct);

        Assert.Equal(
            [("OpenAI", 1), ("GPT-4", 2), ("ChatGPT", 3), ("Copilot", 3)],
            result.Rows.Select(r => (r.Entity.Name, r.Hops)));
    }

    [Fact]
    public async Task DependentsOf_TransitiveRow_ExplainsPathWithEvidence()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "NVIDIA"), Ct);

        var row = result.Rows.Single(r => r.Entity.Name == "ChatGPT");
        Assert.Equal(
            [
                ("NVIDIA", "SUPPLIES_COMPUTE_TO", "OpenAI", 1),
                ("OpenAI", "DEVELOPS", "GPT-4", 2),
                ("ChatGPT", "BUILT_ON", "GPT-4", 3),
            ],
            row.Path.Select(s => (s.Source, s.Type, s.Target, Assert.Single(s.Evidence).Line)));
        Assert.Equal("ChatGPT基于GPT-4", row.Path[2].Evidence[0].Quote);
    }

    [Fact]
    public async Task DependentsOf_ChineseAlias_ResolvesToCanonicalName()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "英伟达"), Ct);

        Assert.Equal("NVIDIA", result.Parameters.Entity);
        Assert.Equal(4, result.Rows.Count);
    }

    [Fact]
    public async Task DependentsOf_Leaf_HasNoDependents()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "ChatGPT"), Ct);

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task DependenciesOf_Product_WalksTheOtherWay()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("dependencies-of", "ChatGPT"), Ct);

        Assert.Equal(
            [("GPT-4", 1), ("OpenAI", 2), ("Microsoft", 3), ("NVIDIA", 3)],
            result.Rows.Select(r => (r.Entity.Name, r.Hops)));
    }

    [Fact]
    public async Task DependentsOf_DepthTwo_StopsAtTwoHops()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "NVIDIA", Depth: 2), Ct);

        Assert.Equal(["OpenAI", "GPT-4"], result.Rows.Select(r => r.Entity.Name));
        Assert.Equal(2, result.Parameters.Depth);
    }

    [Fact]
    public async Task DependentsOf_Cycle_TerminatesWithEachEntityOnce()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("cycle.md")
            .Edge("X", RelationshipType.BuiltOn, "Y")
            .Edge("Y", RelationshipType.BuiltOn, "X")
            .Edge("Z", RelationshipType.BuiltOn, "X"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "Y", Depth: 6), Ct);

        Assert.Equal([("X", 1), ("Z", 2)], result.Rows.Select(r => (r.Entity.Name, r.Hops)));
    }

    [Theory]
    [InlineData("NVIDIA", "AMD")]
    [InlineData("AMD", "NVIDIA")]
    public async Task CompetitorsOf_EitherSide_FindsTheOther(string entity, string competitor)
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("competitors-of", entity), Ct);

        Assert.Equal([competitor], result.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task InvestorsOf_Investee_ListsInvestorsOnly()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("investors-of", "OpenAI"), Ct);

        Assert.Equal(["Microsoft"], result.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task PathBetween_TwoShortestPaths_ReturnsBothAndNotTheLongerOne()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("diamond.md")
            .Edge("S", RelationshipType.InvestsIn, "M1")
            .Edge("S", RelationshipType.InvestsIn, "M2")
            .Edge("M1", RelationshipType.InvestsIn, "T")
            .Edge("T", RelationshipType.BuiltOn, "M2")
            .Edge("S", RelationshipType.InvestsIn, "L1")
            .Edge("L1", RelationshipType.InvestsIn, "L2")
            .Edge("L2", RelationshipType.InvestsIn, "T"));

        var result = await sut.ExecuteAsync(new TraversalRequest("path-between", "S", To: "T"), Ct);

        Assert.All(result.Rows, r => Assert.Equal(2, r.Hops));
        Assert.Equal(
            ["m1", "m2"],
            result.Rows.Select(r => r.Path[0].TargetKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Evidence_TwoEntities_ListsEveryEdgeBetweenThemWithQuotes()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("evidence", "OpenAI", To: "Microsoft"), Ct);

        Assert.Equal(
            [("INVESTS_IN", "微软投资OpenAI"), ("SUPPLIES_COMPUTE_TO", "微软为OpenAI提供算力")],
            result.Rows.Select(r => (r.Path[0].Type, r.Path[0].Evidence[0].Quote)));
    }

    [Fact]
    public async Task MostDependedOn_Market_RanksByTransitiveDependents()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var result = await sut.ExecuteAsync(new TraversalRequest("most-depended-on"), Ct);

        Assert.Equal(
            [("Microsoft", 4), ("NVIDIA", 4), ("OpenAI", 3), ("GPT-4", 2)],
            result.Rows.Select(r => (r.Entity.Name, r.Count ?? -1)));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownEntity_ThrowsWithSuggestions()
    {
        var sut = await CreateSutAsync(MarketGraph());

        var exception = await Assert.ThrowsAsync<EntityNotFoundException>(
            () => sut.ExecuteAsync(new TraversalRequest("dependents-of", "Nvidai"), Ct));

        Assert.Equal(TraversalParameterNames.Entity, exception.Parameter);
        Assert.Equal("NVIDIA", exception.Suggestions[0]);
        Assert.Contains("Did you mean", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public async Task ExecuteAsync_DepthOutOfRange_ThrowsNamingDepth(int depth)
    {
        var sut = await CreateSutAsync(MarketGraph());

        var exception = await Assert.ThrowsAsync<TraversalException>(
            () => sut.ExecuteAsync(new TraversalRequest("dependents-of", "NVIDIA", Depth: depth), Ct));

        Assert.Equal(TraversalParameterNames.Depth, exception.Parameter);
        Assert.Contains("depth", exception.Message, StringComparison.Ordinal);
    }

    private static DocumentGraphBuilder MarketGraph() =>
        new DocumentGraphBuilder("market.md")
            .Entity("NVIDIA", EntityType.Company, "英伟达")
            .Entity("GPT-4", EntityType.Model)
            .Entity("ChatGPT", EntityType.Product)
            .Entity("Copilot", EntityType.Product)
            .Edge("NVIDIA", RelationshipType.SuppliesComputeTo, "OpenAI", 1, "英伟达为OpenAI提供算力")
            .Edge("OpenAI", RelationshipType.Develops, "GPT-4", 2, "OpenAI开发GPT-4")
            .Edge("ChatGPT", RelationshipType.BuiltOn, "GPT-4", 3, "ChatGPT基于GPT-4")
            .Edge("Copilot", RelationshipType.BuiltOn, "GPT-4", 4, "Copilot基于GPT-4")
            .Edge("Microsoft", RelationshipType.InvestsIn, "OpenAI", 5, "微软投资OpenAI")
            .Edge("Microsoft", RelationshipType.SuppliesComputeTo, "OpenAI", 6, "微软为OpenAI提供算力")
            .Edge("AMD", RelationshipType.CompetesWith, "NVIDIA", 7, "AMD与英伟达竞争");

    private async Task<GraphTraversalService> CreateSutAsync(DocumentGraphBuilder graph)
    {
        await _temp.Store.WriteDocumentAsync(graph.Build(), Ct);
        return new GraphTraversalService(_temp.Store, new TraversalCatalogue());
    }
}
