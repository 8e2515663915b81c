using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using static GraphExplorer.Testing.Conformance.ConformanceGraph;

namespace GraphExplorer.Testing.Conformance;

/// <summary>Curation on every store: each decision kind, read through <see cref="CuratedGraphStore"/>, across re-ingest and undo.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private int _decisions;

    [Fact]
    public async Task Curate_Merge_AbsorberTakesAliasesEdgesAndEvidenceAndLoopsGo()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);
        await curated.WriteDocumentAsync(DocumentB(), Ct);

        await DecideAsync(curated, CurationKind.Merge, OpenAi.Key, Gpt4.Key);

        var entities = await ToListAsync(curated.ReadAllEntitiesAsync(Ct));
        Assert.DoesNotContain(entities, e => e.Key == Gpt4.Key);
        Assert.Contains("GPT-4", entities.Single(e => e.Key == OpenAi.Key).Aliases);
        Assert.Equal(OpenAi.Key, (await curated.FindEntityAsync("gpt-4", Ct))?.Key);
        var relationships = await ToListAsync(curated.ReadAllRelationshipsAsync(Ct));
        Assert.Equal(
            ["anthropic COMPETES_WITH openai @b.md:2 OpenAI competes with Anthropic", "chatgpt BUILT_ON openai @a.md:4 ChatGPT is built on GPT-4",
                "chatgpt BUILT_ON openai @b.md:5 ChatGPT runs on GPT-4", "microsoft INVESTS_IN openai @b.md:1 Microsoft invested in OpenAI",
                "nvidia SUPPLIES_COMPUTE_TO openai @a.md:2 NVIDIA supplies OpenAI with GPUs"],
            relationships.SelectMany(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(
            [new GraphEdge(ChatGpt.Key, RelationshipType.BuiltOn, OpenAi.Key)],
            await curated.GetEdgesAsync([OpenAi.Key], EdgeDirection.Incoming, [RelationshipType.BuiltOn], Ct));
        Assert.Empty(await curated.GetEntitiesAsync([Gpt4.Key], Ct));
    }

    [Fact]
    public async Task Curate_RenameAndRetype_ChangeNameAndTypeKeepKeyAndOldNameAsAlias()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);

        await DecideAsync(curated, CurationKind.Rename, ChatGpt.Key, value: "ChatGPT Plus");
        await DecideAsync(curated, CurationKind.Retype, ChatGpt.Key, value: nameof(EntityType.Model));

        var entity = Assert.Single(await curated.GetEntitiesAsync([ChatGpt.Key], Ct)).Value;
        Assert.Equal(("ChatGPT Plus", EntityType.Model), (entity.Name, entity.Type));
        Assert.Equal(["ChatGPT", "ChatGPT Plus"], entity.Aliases);
        Assert.Equal(ChatGpt.Key, (await curated.FindEntityAsync("chatgpt plus", Ct))?.Key);
        Assert.Equal(ChatGpt.Key, Assert.Single(await curated.SearchEntitiesAsync("ChatGPT Plus", 5, Ct)).Key);
    }

    [Fact]
    public async Task Curate_AliasAddAndRemove_FindAnswersToTheNewAliasAndNoLongerToTheRemovedOne()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);

        await DecideAsync(curated, CurationKind.AddAlias, Nvidia.Key, value: "Team Green");
        await DecideAsync(curated, CurationKind.RemoveAlias, Nvidia.Key, value: "英伟达");

        Assert.Equal(Nvidia.Key, (await curated.FindEntityAsync("team green", Ct))?.Key);
        Assert.Null(await curated.FindEntityAsync("英伟达", Ct));
        var nvidia = await ToListAsync(curated.ReadAllEntitiesAsync(Ct));
        Assert.Equal(["NVIDIA", "Nvidia", "Team Green"], nvidia.Single(e => e.Key == Nvidia.Key).Aliases);
    }

    [Fact]
    public async Task Curate_RejectEdge_HiddenFromEveryReadAndTraversalAcrossReingest()
    {
        var (store, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);

        await DecideAsync(curated, CurationKind.RejectEdge, OpenAi.Key, Gpt4.Key, RelationshipType.Develops, note: "GPT-4 is not OpenAI's");
        await curated.WriteDocumentAsync(DocumentA("hash-a3"), Ct);
        await curated.WriteDocumentAsync(DocumentB(), Ct);

        var develops = new GraphEdge(OpenAi.Key, RelationshipType.Develops, Gpt4.Key);
        Assert.DoesNotContain(develops, await ToListAsync(curated.ReadAllEdgesAsync(RelationshipTypes.All, Ct)));
        Assert.DoesNotContain(await ToListAsync(curated.ReadAllRelationshipsAsync(Ct)), r => r.Edge == develops);
        Assert.Empty(await curated.GetRelationshipsAsync([develops], Ct));
        Assert.Empty(await curated.GetEdgesAsync([OpenAi.Key], EdgeDirection.Outgoing, [RelationshipType.Develops], Ct));
        var result = await CreateCuratedTraversalService(store, curated).ExecuteAsync(new("dependents-of", "NVIDIA"), Ct);
        Assert.Equal(["OpenAI"], result.Rows.Select(r => r.Entity.Name));
        Assert.Single(await curated.Inner.GetRelationshipsAsync([develops], Ct));
    }

    [Fact]
    public async Task Curate_AddAndConfirmEdge_CarryCuratedEvidenceWithAnalystAndNoteIntoTraversals()
    {
        var (store, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);
        await curated.WriteDocumentAsync(DocumentB(), Ct);

        var added = await DecideAsync(curated, CurationKind.AddEdge, ConformanceGraph.Microsoft.Key, Nvidia.Key, RelationshipType.InvestsIn, note: "Per the 2025 filing");
        var confirmed = await DecideAsync(curated, CurationKind.ConfirmEdge, ConformanceGraph.Microsoft.Key, OpenAi.Key, RelationshipType.InvestsIn, note: "Checked");

        var relationships = await curated.GetRelationshipsAsync(
            [new(ConformanceGraph.Microsoft.Key, RelationshipType.InvestsIn, Nvidia.Key), new(ConformanceGraph.Microsoft.Key, RelationshipType.InvestsIn, OpenAi.Key)], Ct);
        Assert.Equal(
            [$"microsoft INVESTS_IN nvidia @curation/{added.Id}:0 Per the 2025 filing", "microsoft INVESTS_IN openai @b.md:1 Microsoft invested in OpenAI",
                $"microsoft INVESTS_IN openai @curation/{confirmed.Id}:0 Checked"],
            relationships.SelectMany(Describe));
        Assert.All(relationships.SelectMany(r => r.Evidence).Where(e => e.Basis == EvidenceBasis.Curated), e => Assert.Equal("analyst", e.Analyst));
        var result = await CreateCuratedTraversalService(store, curated).ExecuteAsync(new("investors-of", "NVIDIA"), Ct);
        var step = Assert.Single(Assert.Single(result.Rows).Path);
        Assert.Equal(("Microsoft", EvidenceBasis.Curated, added.Id), (step.Source, step.Evidence.Single().Basis, step.Evidence.Single().Decision));
    }

    [Fact]
    public async Task Curate_Undo_RestoresWhatExtractionSays()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);
        var before = await SnapshotAsync(curated);
        var merge = await DecideAsync(curated, CurationKind.Merge, OpenAi.Key, Gpt4.Key);
        var reject = await DecideAsync(curated, CurationKind.RejectEdge, Nvidia.Key, OpenAi.Key, RelationshipType.SuppliesComputeTo, note: "wrong");

        Assert.True(await curated.RemoveCurationAsync(merge.Id, Ct));
        Assert.True(await curated.RemoveCurationAsync(reject.Id, Ct));

        Assert.Equal(before, await SnapshotAsync(curated));
        Assert.False(await curated.RemoveCurationAsync(merge.Id, Ct));
    }

    [Fact]
    public async Task Curate_EntityGoneThenBack_ReportedMeanwhileAndAppliesAgain()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(DocumentA(), Ct);
        var retype = await DecideAsync(curated, CurationKind.Retype, ChatGpt.Key, value: nameof(EntityType.Model));

        await curated.WriteDocumentAsync(DocumentAChanged(), Ct);
        var overlay = await curated.GetOverlayAsync(Ct);
        await curated.WriteDocumentAsync(DocumentA("hash-a4"), Ct);

        Assert.Contains("chatgpt", overlay.Problems[retype.Id], StringComparison.Ordinal);
        Assert.Equal([retype], await curated.GetCurationAsync(Ct));
        Assert.Equal(EntityType.Model, (await curated.FindEntityAsync("ChatGPT", Ct))?.Type);
    }

    [Fact]
    public async Task AddCuration_SameIdTwice_StoresItOnce()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        var decision = CurationDecision.Create(CurationKind.AddAlias, Nvidia.Key, null, null, "NV", "analyst", null, DecidedAt);

        Assert.True(await curated.AddCurationAsync(decision, Ct));
        Assert.False(await curated.AddCurationAsync(decision with { Note = "changed" }, Ct));

        Assert.Equal([decision], await curated.GetCurationAsync(Ct));
    }

    /// <summary>The traversal engine over the curated store; a store with its own engine may give its own (which must honour the decisions).</summary>
    /// <param name="store">The store under test.</param>
    /// <param name="curated">The curated view of it.</param>
    /// <returns>The engine.</returns>
    protected virtual ITraversalService CreateCuratedTraversalService(IGraphStore store, CuratedGraphStore curated) =>
        new GraphTraversalService(curated, new TraversalCatalogue());

    private async Task<(IGraphStore Store, CuratedGraphStore Curated)> CreateCuratedSutAsync()
    {
        var store = await CreateSutAsync();
        var curation = store as ICurationStore;
        Assert.SkipWhen(curation is null, $"{store.GetType().Name} keeps no curation decisions.");
        return (store, new CuratedGraphStore(store, curation!)); // SkipWhen returned only when curation is not null.
    }

    private async Task<CurationDecision> DecideAsync(
        CuratedGraphStore store, CurationKind kind, EntityKey entity, EntityKey? other = null, RelationshipType? type = null, string? value = null, string? note = null)
    {
        var decision = CurationDecision.Create(kind, entity, other, type, value, "analyst", note, DecidedAt.AddMinutes(_decisions++));
        Assert.True(await store.AddCurationAsync(decision, Ct));
        return decision;
    }
}
