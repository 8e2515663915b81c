using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using static GraphExplorer.Testing.Conformance.ConformanceGraph;

namespace GraphExplorer.Testing.Conformance;

/// <summary>Splitting an alias off on every store: the new entity, the evidence whose quote names it alone moving to it, merges on top.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly Entity SplitMicrosoft = Entity("Microsoft", EntityType.Company, ["Microsoft", "Microsoft Azure", "微软"]);
    private static readonly Entity Azure = Entity("Azure", EntityType.Product, ["Azure"]);
    private static readonly EntityKey MicrosoftAzure = EntityKey.FromName("Microsoft Azure");

    [Fact]
    public async Task Curate_Split_AliasBecomesAnEntityAndTheEvidenceNamingItAloneMovesWithIt()
    {
        var (store, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(SplitDocument(), Ct);

        await DecideAsync(curated, CurationKind.Split, SplitMicrosoft.Key, MicrosoftAzure, value: "Microsoft Azure");
        await DecideAsync(curated, CurationKind.Retype, MicrosoftAzure, value: nameof(EntityType.Product));

        Assert.Equal(
            ["azure BUILT_ON microsoft @s.md:6 Azure is built on Microsoft's datacenters",
                "microsoft INVESTS_IN openai @s.md:3 微软投资了OpenAI", "microsoft SUPPLIES_COMPUTE_TO openai @s.md:2 Microsoft supplies OpenAI with compute",
                "microsoft-azure SUPPLIES_COMPUTE_TO openai @s.md:1 Microsoft Azure hosts OpenAI's training runs",
                "nvidia SUPPLIES_COMPUTE_TO microsoft @s.md:5 NVIDIA sells GPUs to Microsoft and Microsoft Azure",
                "nvidia SUPPLIES_COMPUTE_TO microsoft-azure @s.md:4 NVIDIA supplies Microsoft Azure with GPUs"],
            (await ToListAsync(curated.ReadAllRelationshipsAsync(Ct))).SelectMany(Describe).Order(StringComparer.Ordinal));
        var split = Assert.Single(await curated.GetEntitiesAsync([MicrosoftAzure], Ct)).Value;
        Assert.Equal(("Microsoft Azure", EntityType.Product, "Microsoft Azure"), (split.Name, split.Type, string.Join("|", split.Aliases)));
        Assert.Equal(MicrosoftAzure, (await curated.FindEntityAsync("microsoft azure", Ct))?.Key);
        Assert.Equal(["Microsoft", "微软"], (await curated.FindEntityAsync("Microsoft", Ct))?.Aliases);
        Assert.Equal(
            ["azure", "microsoft", "microsoft-azure", "nvidia", "openai"],
            (await ToListAsync(curated.ReadAllEntitiesAsync(Ct))).Select(e => e.Key.Value));
        Assert.Equal(
            [new GraphEdge(MicrosoftAzure, RelationshipType.SuppliesComputeTo, OpenAi.Key), new GraphEdge(Nvidia.Key, RelationshipType.SuppliesComputeTo, MicrosoftAzure)],
            (await curated.GetEdgesAsync([MicrosoftAzure], EdgeDirection.Both, RelationshipTypes.All, Ct)).OrderBy(e => e.Source.Value, StringComparer.Ordinal));
        Assert.Equal(
            ["microsoft", "microsoft-azure"],
            (await ToListAsync(curated.ReadAllEdgesAsync([RelationshipType.SuppliesComputeTo], Ct))).Where(e => e.Source == Nvidia.Key).Select(e => e.Target.Value).Order(StringComparer.Ordinal));
        var customers = await CreateCuratedTraversalService(store, curated).ExecuteAsync(new("compute-customers-of", "NVIDIA"), Ct);
        Assert.Equal(["Microsoft", "Microsoft Azure"], customers.Rows.Select(r => r.Entity.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Curate_SplitThenMerge_AcrossReingestTheAliasEdgesLandOnTheAbsorberAndUndoRestores()
    {
        var (store, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(SplitDocument(), Ct);
        var before = await SnapshotAsync(curated);

        var split = await DecideAsync(curated, CurationKind.Split, SplitMicrosoft.Key, MicrosoftAzure, value: "Microsoft Azure");
        var merge = await DecideAsync(curated, CurationKind.Merge, Azure.Key, MicrosoftAzure);
        await curated.WriteDocumentAsync(SplitDocument("hash-s2"), Ct);

        Assert.Empty(await curated.GetEntitiesAsync([MicrosoftAzure], Ct));
        Assert.Equal(Azure.Key, (await curated.FindEntityAsync("Microsoft Azure", Ct))?.Key);
        var suppliers = await CreateCuratedTraversalService(store, curated).ExecuteAsync(new("compute-suppliers-of", "Azure"), Ct);
        Assert.Equal(["NVIDIA"], suppliers.Rows.Select(r => r.Entity.Name));
        var customers = await CreateCuratedTraversalService(store, curated).ExecuteAsync(new("compute-customers-of", "Microsoft"), Ct);
        Assert.Equal(["OpenAI"], customers.Rows.Select(r => r.Entity.Name));
        Assert.Equal(["Microsoft supplies OpenAI with compute"], customers.Rows.Single().Path.Single().Evidence.Select(e => e.Quote));
        Assert.Empty((await curated.GetOverlayAsync(Ct)).Problems);

        Assert.True(await curated.RemoveCurationAsync(merge.Id, Ct));
        Assert.True(await curated.RemoveCurationAsync(split.Id, Ct));
        await curated.WriteDocumentAsync(SplitDocument(), Ct);
        Assert.Equal(before, await SnapshotAsync(curated));
    }

    [Fact]
    public async Task Curate_SplitOfAnUnknownAliasOrAnExistingKey_IsReportedAndChangesNothing()
    {
        var (_, curated) = await CreateCuratedSutAsync();
        await curated.WriteDocumentAsync(SplitDocument(), Ct);
        var before = await SnapshotAsync(curated);

        var unknown = await DecideAsync(curated, CurationKind.Split, SplitMicrosoft.Key, EntityKey.FromName("Bing"), value: "Bing");
        var taken = await DecideAsync(curated, CurationKind.Split, SplitMicrosoft.Key, OpenAi.Key, value: "OpenAI");

        var problems = (await curated.GetOverlayAsync(Ct)).Problems;
        Assert.Contains("not an alias", problems[unknown.Id], StringComparison.Ordinal);
        Assert.Contains("already", problems[taken.Id], StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(curated));
    }

    /// <summary>s.md: Microsoft, named as itself, as 微软 and as Microsoft Azure; Azure on its own.</summary>
    private static DocumentGraph SplitDocument(string hash = "hash-s1") => new(
        "s.md",
        hash,
        [SplitMicrosoft, OpenAi, Nvidia, Azure],
        [
            Relationship.Create(SplitMicrosoft.Key, RelationshipType.SuppliesComputeTo, OpenAi.Key, [
                new Evidence("s.md", 1, "Microsoft Azure hosts OpenAI's training runs"), new Evidence("s.md", 2, "Microsoft supplies OpenAI with compute")]),
            Edge(SplitMicrosoft, RelationshipType.InvestsIn, OpenAi, "s.md", 3, "微软投资了OpenAI"),
            Relationship.Create(Nvidia.Key, RelationshipType.SuppliesComputeTo, SplitMicrosoft.Key, [
                new Evidence("s.md", 4, "NVIDIA supplies Microsoft Azure with GPUs"), new Evidence("s.md", 5, "NVIDIA sells GPUs to Microsoft and Microsoft Azure")]),
            Edge(Azure, RelationshipType.BuiltOn, SplitMicrosoft, "s.md", 6, "Azure is built on Microsoft's datacenters"),
        ]);
}
