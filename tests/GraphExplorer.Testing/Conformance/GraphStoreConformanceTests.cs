using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using static GraphExplorer.Testing.Conformance.ConformanceGraph;

namespace GraphExplorer.Testing.Conformance;

/// <summary>
/// The store contract as tests: the same bodies run against every <see cref="IGraphStore"/>, and the named
/// traversals against <see cref="GraphTraversalService"/> over it (or a subclass's own service). A subclass provides
/// <see cref="CreateStoreAsync"/> (an empty store) and, when its backend may be missing, <see cref="SkipUnlessAvailable"/>.
/// </summary>
public abstract partial class GraphStoreConformanceTests : IAsyncLifetime
{
    private IGraphStore? _store;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteDocument_NewDocument_ReadsBackEntitiesRelationshipsAndEvidence()
    {
        var store = await CreateSutAsync();

        await store.WriteDocumentAsync(DocumentA(), Ct);

        var documents = await store.GetDocumentsAsync(Ct);
        var entities = await ToListAsync(store.ReadAllEntitiesAsync(Ct));
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        Assert.Equal([new("a.md", "hash-a1")], documents);
        Assert.Equal(["chatgpt", "gpt-4", "nvidia", "openai"], entities.Select(e => e.Key.Value));
        var nvidia = entities.Single(e => e.Key == Nvidia.Key);
        Assert.Equal(("NVIDIA", EntityType.Company, "基础层", (string?)null), (nvidia.Name, nvidia.Type, nvidia.Layer, nvidia.Category));
        Assert.Equal(["NVIDIA", "Nvidia", "英伟达"], nvidia.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["chatgpt BUILT_ON gpt-4 @a.md:4 ChatGPT is built on GPT-4", "nvidia SUPPLIES_COMPUTE_TO openai @a.md:2 NVIDIA supplies OpenAI with GPUs", "openai DEVELOPS gpt-4 @a.md:3 OpenAI developed GPT-4"],
            relationships.SelectMany(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WriteDocument_SameDocumentTwice_ChangesNothing()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        var before = await SnapshotAsync(store);

        await store.WriteDocumentAsync(DocumentA(), Ct);

        Assert.Equal(before, await SnapshotAsync(store));
        var statistics = await store.GetStatisticsAsync(Ct);
        Assert.Equal((1, 4, 3, 3), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
    }

    [Fact]
    public async Task WriteDocument_ChangedDocument_ReplacesWhatItContributedBefore()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        await store.WriteDocumentAsync(DocumentAChanged(), Ct);

        Assert.Equal([new("a.md", "hash-a2")], await store.GetDocumentsAsync(Ct));
        Assert.Null(await store.FindEntityAsync("ChatGPT", Ct));
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        Assert.Equal(
            ["nvidia SUPPLIES_COMPUTE_TO microsoft @a.md:5 NVIDIA supplies Microsoft", "nvidia SUPPLIES_COMPUTE_TO openai @a.md:2 NVIDIA supplies OpenAI with GPUs", "openai DEVELOPS gpt-4 @a.md:3 OpenAI developed GPT-4"],
            relationships.SelectMany(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WriteDocument_RelationshipInTwoDocuments_MergesEvidenceByDocumentThenLine()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentB(), Ct);

        await store.WriteDocumentAsync(DocumentA(), Ct);

        var builtOn = new GraphEdge(ChatGpt.Key, RelationshipType.BuiltOn, Gpt4.Key);
        var relationship = Assert.Single(await store.GetRelationshipsAsync([builtOn], Ct));
        Assert.Equal([("a.md", 4), ("b.md", 5)], relationship.Evidence.Select(e => (e.Document, e.Line)));
        Assert.Equal(["ChatGPT is built on GPT-4", "ChatGPT runs on GPT-4"], relationship.Evidence.Select(e => e.Quote));
        Assert.Equal(6, (await store.GetStatisticsAsync(Ct)).Evidence);
    }

    [Fact]
    public async Task WriteDocument_EntityInTwoDocuments_UnitesAliasesAndKeepsFirstLayerAndCategory()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        await store.WriteDocumentAsync(DocumentB(), Ct);

        var nvidia = Assert.Single((await store.GetEntitiesAsync([Nvidia.Key], Ct)).Values);
        Assert.Equal(["NVDA", "NVIDIA", "Nvidia", "英伟达"], nvidia.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(("基础层", "芯片"), (nvidia.Layer, nvidia.Category));
    }

    [Fact]
    public async Task WriteDocument_RivalryStatedBothWays_StoresOneCompetesWithEdgeInKeyOrder()
    {
        var store = await CreateSutAsync();

        await store.WriteDocumentAsync(DocumentC(), Ct);

        var edges = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        Assert.Equal(
            ["anthropic COMPETES_WITH openai @c.md:1 OpenAI and Anthropic compete", "anthropic COMPETES_WITH openai @c.md:2 Anthropic competes with OpenAI", "google-deepmind COMPETES_WITH openai @c.md:3 DeepMind rivals OpenAI"],
            edges.SelectMany(Describe).Order(StringComparer.Ordinal));
        var rivalry = edges.Single(e => e.Source == Anthropic.Key);
        Assert.Equal([EvidenceBasis.Prose, EvidenceBasis.Structure], rivalry.Evidence.Select(e => e.Basis));
    }

    [Fact]
    public async Task RemoveDocument_OneOfTwo_KeepsOnlyTheOtherDocumentsContribution()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var removed = await store.RemoveDocumentAsync("b.md", Ct);

        Assert.True(removed);
        Assert.Equal([new("a.md", "hash-a1")], await store.GetDocumentsAsync(Ct));
        Assert.Null(await store.FindEntityAsync("Microsoft", Ct));
        Assert.Null(await store.FindEntityAsync("Anthropic", Ct));
        var nvidia = await store.FindEntityAsync("NVIDIA", Ct);
        Assert.Equal(["NVIDIA", "Nvidia", "英伟达"], nvidia?.Aliases.Order(StringComparer.Ordinal));
        Assert.Null(nvidia?.Category);
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        Assert.Equal(3, relationships.Count);
        Assert.All(relationships, r => Assert.All(r.Evidence, e => Assert.Equal("a.md", e.Document)));
    }

    [Fact]
    public async Task RemoveDocument_Unknown_ReturnsFalseAndChangesNothing()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        var before = await SnapshotAsync(store);

        var removed = await store.RemoveDocumentAsync("missing.md", Ct);

        Assert.False(removed);
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [Fact]
    public async Task RemoveDocument_Last_LeavesAnEmptyGraph()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        await store.RemoveDocumentAsync("a.md", Ct);

        var statistics = await store.GetStatisticsAsync(Ct);
        Assert.Equal((0, 0, 0, 0), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
    }

    [Fact]
    public async Task GetStatistics_TwoDocuments_CountsPerType()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var statistics = await store.GetStatisticsAsync(Ct);

        Assert.Equal((2, 6, 5, 6), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
        Assert.Equal(4, statistics.EntitiesByType.GetValueOrDefault(EntityType.Company));
        Assert.Equal(1, statistics.EdgesByType.GetValueOrDefault(RelationshipType.CompetesWith));
        Assert.Equal(1, statistics.EdgesByType.GetValueOrDefault(RelationshipType.InvestsIn));
    }

    [Theory]
    [InlineData("英伟达")]
    [InlineData("nvidia")]
    [InlineData("  Nvidia ")]
    [InlineData("ＮＶＩＤＩＡ")]
    public async Task FindEntity_NameOrAliasInAnyForm_ReturnsTheEntity(string name)
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var entity = await store.FindEntityAsync(name, Ct);

        Assert.Equal("nvidia", entity?.Key.Value);
    }

    [Fact]
    public async Task FindEntity_KeyOrUnknownName_FindsByKeyAndNullForUnknown()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentC(), Ct);

        var byKey = await store.FindEntityAsync("google-deepmind", Ct);
        var byAlias = await store.FindEntityAsync("deepmind", Ct);
        var unknown = await store.FindEntityAsync("Mistral", Ct);

        Assert.Equal("Google DeepMind", byKey?.Name);
        Assert.Equal("Google DeepMind", byAlias?.Name);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task SearchEntities_PrefixAndTypo_ExactAndPrefixFirstThenClosest()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var prefix = await store.SearchEntitiesAsync("open", 3, Ct);
        var typo = await store.SearchEntitiesAsync("Nvidiaa", 2, Ct);

        // Only OpenAI starts with "open", and no other name is within a typo of it; "Nvidiaa" is one edit from NVIDIA.
        Assert.Equal(["OpenAI"], prefix.Select(e => e.Name));
        Assert.Equal("NVIDIA", typo[0].Name);
    }

    [Fact]
    public async Task GetEdges_Directions_FollowTheEdgesOwnDirection()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var outgoing = await store.GetEdgesAsync([OpenAi.Key], EdgeDirection.Outgoing, RelationshipTypes.All, Ct);
        var incoming = await store.GetEdgesAsync([OpenAi.Key], EdgeDirection.Incoming, RelationshipTypes.All, Ct);
        var both = await store.GetEdgesAsync([Gpt4.Key], EdgeDirection.Both, [RelationshipType.BuiltOn], Ct);

        Assert.Equal([new GraphEdge(OpenAi.Key, RelationshipType.Develops, Gpt4.Key)], outgoing);
        Assert.Equal([new GraphEdge(Nvidia.Key, RelationshipType.SuppliesComputeTo, OpenAi.Key)], incoming);
        Assert.Equal([new GraphEdge(ChatGpt.Key, RelationshipType.BuiltOn, Gpt4.Key)], both);
    }

    [Fact]
    public async Task DependentsOf_Supplier_ReachesEveryDependentWithItsPathAndEvidence()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("dependents-of", "英伟达"), Ct);

        Assert.Equal("NVIDIA", result.Parameters.Entity);
        Assert.Equal([("OpenAI", 1), ("GPT-4", 2), ("ChatGPT", 3)], result.Rows.Select(r => (r.Entity.Name, r.Hops)));
        var chatGpt = result.Rows[2];
        Assert.Equal(
            ["NVIDIA SUPPLIES_COMPUTE_TO OpenAI", "OpenAI DEVELOPS GPT-4", "ChatGPT BUILT_ON GPT-4"],
            chatGpt.Path.Select(s => $"{s.Source} {s.Type} {s.Target}"));
        Assert.Equal(["a.md:2", "a.md:3", "a.md:4"], chatGpt.Path.Select(s => $"{s.Evidence.Single().Document}:{s.Evidence.Single().Line}"));
        Assert.Equal("Product", chatGpt.Entity.Type);
    }

    [Fact]
    public async Task DependenciesOf_Product_WalksBackToItsSupplier()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("dependencies-of", "chatgpt", Depth: 2), Ct);

        Assert.Equal([("GPT-4", 1), ("OpenAI", 2)], result.Rows.Select(r => (r.Entity.Name, r.Hops)));
    }

    [Fact]
    public async Task PathBetween_TwoEntities_ReturnsTheShortestPathInEdgeDirections()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("path-between", "ChatGPT", To: "微软"), Ct);

        var row = Assert.Single(result.Rows);
        Assert.Equal(("Microsoft", 3), (row.Entity.Name, row.Hops));
        Assert.Equal(
            ["chatgpt BUILT_ON gpt-4", "openai DEVELOPS gpt-4", "microsoft INVESTS_IN openai"],
            row.Path.Select(s => $"{s.SourceKey} {s.Type} {s.TargetKey}"));
        Assert.Equal(2, row.Path[0].Evidence.Count);
    }

    [Fact]
    public async Task Evidence_TwoEntities_ReturnsTheEdgeBetweenThemWithEveryQuote()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("evidence", "GPT-4", To: "ChatGPT"), Ct);

        var row = Assert.Single(result.Rows);
        var step = Assert.Single(row.Path);
        Assert.Equal(("ChatGPT", "BUILT_ON", "GPT-4"), (step.Source, step.Type, step.Target));
        Assert.Equal(["ChatGPT is built on GPT-4", "ChatGPT runs on GPT-4"], step.Evidence.Select(e => e.Quote));
    }

    [Fact]
    public async Task CompetitorsAndInvestors_OneHop_FollowSymmetricAndIncomingEdges()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentB(), Ct);
        await store.WriteDocumentAsync(DocumentC(), Ct);
        var traversals = CreateTraversalService(store);

        var competitors = await traversals.ExecuteAsync(new("competitors-of", "OpenAI"), Ct);
        var investors = await traversals.ExecuteAsync(new("investors-of", "OpenAI"), Ct);

        Assert.Equal(["Anthropic", "Google DeepMind"], competitors.Rows.Select(r => r.Entity.Name));
        Assert.Equal(["Microsoft"], investors.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task MostDependedOn_Graph_CountsTransitiveDependents()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("most-depended-on"), Ct);

        Assert.Equal(
            [("GPT-4", 1), ("NVIDIA", 3), ("OpenAI", 2)],
            result.Rows.Select(r => (r.Entity.Name, r.Count ?? -1)).OrderBy(r => r.Name, StringComparer.Ordinal));
        Assert.Equal(["OpenAI"], result.Rows.Single(r => r.Entity.Name == "NVIDIA").Path.Select(s => s.Target));
    }

    [Fact]
    public async Task Traversal_UnknownEntity_ThrowsWithSuggestions()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(
            () => CreateTraversalService(store).ExecuteAsync(new("dependents-of", "Nvidiaa"), Ct));

        Assert.Equal("entity", error.Parameter);
        Assert.Equal("NVIDIA", error.Suggestions[0]);
    }

    /// <inheritdoc />
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty store of the kind under test (the suite calls <see cref="IGraphStore.InitializeAsync"/>).</summary>
    /// <param name="cancellationToken">The test's token.</param>
    /// <returns>The store.</returns>
    protected abstract Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken);

    /// <summary>Releases what <see cref="CreateStoreAsync"/> made.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when it is released.</returns>
    protected virtual ValueTask DisposeStoreAsync(IGraphStore store) =>
        store is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Skips the test (<c>Assert.SkipUnless</c>) when the store's backend is not available; the first thing every test does.</summary>
    protected virtual void SkipUnlessAvailable()
    {
    }

    /// <summary>The traversal engine under test over <paramref name="store"/>: the generic one unless a subclass has its own.</summary>
    /// <param name="store">The store.</param>
    /// <returns>The traversal service.</returns>
    protected virtual ITraversalService CreateTraversalService(IGraphStore store) => new GraphTraversalService(store, new TraversalCatalogue());

    private async Task<IGraphStore> CreateSutAsync()
    {
        SkipUnlessAvailable();
        _store = await CreateStoreAsync(Ct);
        await _store.InitializeAsync(Ct);
        return _store;
    }

    private static IEnumerable<string> Describe(Relationship relationship) =>
        relationship.Evidence.Select(e => $"{relationship.Source} {relationship.Type.ToWireName()} {relationship.Target} @{e.Document}:{e.Line} {e.Quote}");

    private static async Task<string> SnapshotAsync(IGraphStore store)
    {
        var entities = await ToListAsync(store.ReadAllEntitiesAsync(Ct));
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync(Ct));
        return string.Join(
            "\n",
            entities.Select(e => $"{e.Key} {e.Name} {e.Type} [{string.Join(",", e.Aliases.Order(StringComparer.Ordinal))}] {e.Layer} {e.Category}")
                .Concat(relationships.SelectMany(Describe).Order(StringComparer.Ordinal)));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
