using GraphExplorer.Testing;
using GraphExplorer.Testing.Stores;
using GraphExplorer.Core.Traversals;
using static GraphExplorer.Core.Relationships.RelationshipType;

namespace GraphExplorer.Core.Tests.Traversals;

public sealed class GraphTraversalServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<GraphTraversalService> CreateSutAsync(params DocumentGraphBuilder[] graphs)
    {
        var store = new InMemoryGraphStore();
        foreach (var graph in graphs)
        {
            await store.WriteDocumentAsync(graph.Build(), Token);
        }

        return new GraphTraversalService(store, new TraversalCatalogue());
    }

    private static Dictionary<string, int> HopsByName(TraversalResult result) => result.Rows.ToDictionary(r => r.Entity.Name, r => r.Hops);

    [Fact]
    public async Task ExecuteAsync_DependentsOf_FollowsAllThreeDependenceEdgesInTheirDirection()
    {
        // App BUILT_ON Model; Lab DEVELOPS Model; Chipmaker SUPPLIES_COMPUTE_TO Lab.
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md")
            .Edge("App", BuiltOn, "Model")
            .Edge("Lab", Develops, "Model")
            .Edge("Chipmaker", SuppliesComputeTo, "Lab"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "chipmaker"), Token);

        Assert.Equal(new Dictionary<string, int> { ["Lab"] = 1, ["Model"] = 2, ["App"] = 3 }, HopsByName(result));
        var appPath = result.Rows.Single(r => r.Entity.Name == "App").Path;
        Assert.Equal(
            ["Chipmaker -SUPPLIES_COMPUTE_TO-> Lab", "Lab -DEVELOPS-> Model", "App -BUILT_ON-> Model"],
            appPath.Select(s => $"{s.Source} -{s.Type}-> {s.Target}"));
    }

    [Fact]
    public async Task ExecuteAsync_DependentsOf_DoesNotWalkAgainstDirection()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("App", BuiltOn, "Model").Edge("Investor", InvestsIn, "Model"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "App"), Token);

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task ExecuteAsync_DependenciesOf_IsTheReverse()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("App", BuiltOn, "Model").Edge("Lab", Develops, "Model"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependencies-of", "App"), Token);

        Assert.Equal(new Dictionary<string, int> { ["Model"] = 1, ["Lab"] = 2 }, HopsByName(result));
    }

    [Fact]
    public async Task ExecuteAsync_Cycle_TerminatesWithEachEntityOnce()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("A", BuiltOn, "B").Edge("B", BuiltOn, "C").Edge("C", BuiltOn, "A"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "A", Depth: 6), Token);

        Assert.Equal(new Dictionary<string, int> { ["C"] = 1, ["B"] = 2 }, HopsByName(result));
    }

    [Fact]
    public async Task ExecuteAsync_Depth_BoundsTheWalk()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("A", BuiltOn, "B").Edge("B", BuiltOn, "C").Edge("C", BuiltOn, "D"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "D", Depth: 2), Token);

        Assert.Equal(["C", "B"], result.Rows.Select(r => r.Entity.Name));
        Assert.Equal(2, result.Parameters.Depth);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task ExecuteAsync_DepthOutOfRange_ThrowsNamingDepth(int depth)
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("A", BuiltOn, "B"));

        var ex = await Assert.ThrowsAsync<TraversalException>(() => sut.ExecuteAsync(new TraversalRequest("dependents-of", "A", Depth: depth), Token));

        Assert.Equal("depth", ex.Parameter);
    }

    [Fact]
    public async Task ExecuteAsync_Limit_BoundsTheRows()
    {
        var graph = new DocumentGraphBuilder("test.md");
        for (var i = 0; i < 30; i++)
        {
            graph.Edge($"App{i:00}", BuiltOn, "Base");
        }

        var sut = await CreateSutAsync(graph);

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "Base", Limit: 5), Token);

        Assert.Equal(5, result.Rows.Count);
    }

    [Fact]
    public async Task ExecuteAsync_CompetitorsOf_IsSymmetric()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("Alpha", CompetesWith, "Beta"));

        var fromAlpha = await sut.ExecuteAsync(new TraversalRequest("competitors-of", "Alpha"), Token);
        var fromBeta = await sut.ExecuteAsync(new TraversalRequest("competitors-of", "Beta"), Token);

        Assert.Equal(["Beta"], fromAlpha.Rows.Select(r => r.Entity.Name));
        Assert.Equal(["Alpha"], fromBeta.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task ExecuteAsync_InvestorsAndPortfolio_ReadInvestmentBothWays()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("Fund", InvestsIn, "Startup").Edge("Fund", InvestsIn, "Other"));

        var investors = await sut.ExecuteAsync(new TraversalRequest("investors-of", "Startup"), Token);
        var portfolio = await sut.ExecuteAsync(new TraversalRequest("portfolio-of", "Fund"), Token);

        Assert.Equal(["Fund"], investors.Rows.Select(r => r.Entity.Name));
        Assert.Equal(["Other", "Startup"], portfolio.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task ExecuteAsync_PathBetween_ReturnsEveryShortestPath()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md")
            .Edge("A", BuiltOn, "X").Edge("X", BuiltOn, "B")
            .Edge("A", InvestsIn, "Y").Edge("B", CompetesWith, "Y")
            .Edge("A", BuiltOn, "P").Edge("P", BuiltOn, "Q").Edge("Q", BuiltOn, "B"));

        var result = await sut.ExecuteAsync(new TraversalRequest("path-between", "A", "B"), Token);

        Assert.Equal(2, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(2, r.Hops));
        Assert.Equal(
            ["A-X-B", "A-Y-B"],
            result.Rows.Select(r => string.Join('-', Walk("A", r.Path))).Order());
    }

    [Fact]
    public async Task ExecuteAsync_PathBetweenUnconnected_ReturnsNoRows()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("A", BuiltOn, "B").Edge("C", BuiltOn, "D"));

        var result = await sut.ExecuteAsync(new TraversalRequest("path-between", "A", "D"), Token);

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task ExecuteAsync_Evidence_ReturnsEveryEdgeBetweenTheTwoWithQuotes()
    {
        var sut = await CreateSutAsync(
            new DocumentGraphBuilder("one.md").Edge("A", InvestsIn, "B", quote: "A invests in B").Edge("B", BuiltOn, "A", quote: "B is built on A").Edge("A", BuiltOn, "C"),
            new DocumentGraphBuilder("two.md").Edge("A", InvestsIn, "B", quote: "A led B's round"));

        var result = await sut.ExecuteAsync(new TraversalRequest("evidence", "A", "B"), Token);

        Assert.Equal(["INVESTS_IN", "BUILT_ON"], result.Rows.Select(r => r.Path.Single().Type));
        var invests = result.Rows[0].Path.Single();
        Assert.Equal(["one.md", "two.md"], invests.Evidence.Select(e => e.Document));
        Assert.Equal("A led B's round", invests.Evidence[1].Quote);
    }

    [Fact]
    public async Task ExecuteAsync_MostDependedOn_RanksByTransitiveDependents()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md")
            .Edge("Chip", SuppliesComputeTo, "Lab")
            .Edge("Lab", Develops, "Model")
            .Edge("App1", BuiltOn, "Model")
            .Edge("App2", BuiltOn, "Model"));

        var result = await sut.ExecuteAsync(new TraversalRequest("most-depended-on"), Token);

        Assert.Equal(["Chip", "Lab", "Model"], result.Rows.Select(r => r.Entity.Name));
        Assert.Equal([4, 3, 2], result.Rows.Select(r => r.Count ?? -1));
        Assert.All(result.Rows, r => Assert.NotEmpty(r.Path));
    }

    [Fact]
    public async Task ExecuteAsync_AliasInAnyCase_ResolvesTheEntity()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Entity("NVIDIA", aliases: ["英伟达", "Nvidia"]).Edge("Lab", BuiltOn, "NVIDIA"));

        var result = await sut.ExecuteAsync(new TraversalRequest("dependents-of", "英伟达"), Token);

        Assert.Equal("NVIDIA", result.Parameters.Entity);
        Assert.Equal(["Lab"], result.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownEntity_ThrowsWithSuggestions()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Entity("NVIDIA").Edge("Lab", BuiltOn, "NVIDIA"));

        var ex = await Assert.ThrowsAsync<EntityNotFoundException>(() => sut.ExecuteAsync(new TraversalRequest("dependents-of", "NVID"), Token));

        Assert.Equal("entity", ex.Parameter);
        Assert.Contains("NVIDIA", ex.Suggestions);
        Assert.Contains("Did you mean", ex.Message);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownTraversal_ThrowsListingKnownOnes()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("A", BuiltOn, "B"));

        var ex = await Assert.ThrowsAsync<UnknownTraversalException>(() => sut.ExecuteAsync(new TraversalRequest("who-likes", "A"), Token));

        Assert.Contains("dependents-of", ex.Message);
    }

    [Fact]
    public async Task ExecuteAsync_MissingEntity_ThrowsNamingTheParameter()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("A", BuiltOn, "B"));

        var ex = await Assert.ThrowsAsync<TraversalException>(() => sut.ExecuteAsync(new TraversalRequest("path-between", "A"), Token));

        Assert.Equal("to", ex.Parameter);
    }

    [Fact]
    public async Task ExecuteAsync_Neighborhood_ReachesAnyTypeEitherWay()
    {
        var sut = await CreateSutAsync(new DocumentGraphBuilder("test.md").Edge("Fund", InvestsIn, "Lab").Edge("Lab", Develops, "Model").Edge("App", BuiltOn, "Model"));

        var one = await sut.ExecuteAsync(new TraversalRequest("neighborhood", "Lab"), Token);
        var two = await sut.ExecuteAsync(new TraversalRequest("neighborhood", "Lab", Depth: 2), Token);

        Assert.Equal(["Fund", "Model"], one.Rows.Select(r => r.Entity.Name));
        Assert.Equal(["Fund", "Model", "App"], two.Rows.Select(r => r.Entity.Name));
    }

    /// <summary>The entity names along a path, walking from <paramref name="start"/> whatever each edge's direction.</summary>
    private static IEnumerable<string> Walk(string start, IReadOnlyList<PathStep> path)
    {
        var current = start;
        yield return current;
        foreach (var step in path)
        {
            current = step.Source == current ? step.Target : step.Source;
            yield return current;
        }
    }
}
