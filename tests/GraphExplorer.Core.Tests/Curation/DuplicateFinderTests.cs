using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Testing;
using GraphExplorer.Testing.Stores;
using Microsoft.Extensions.Time.Testing;

namespace GraphExplorer.Core.Tests.Curation;

/// <summary>Duplicate suggestions over made-up names: each signal, the version guard, dismissals remembered, merges accepted.</summary>
public sealed class DuplicateFinderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Suggest_RanksSpellingsAndAppositionsAboveUnrelatedNamesWithReasons()
    {
        var (curated, _) = await CreateAsync(new DocumentGraphBuilder("n.md")
            .Entity("Quillbyte", EntityType.Company).Entity("Quill-Byte", EntityType.Company)
            .Entity("Zorvanta Labs", EntityType.Company).Entity("Zorvanta Lab", EntityType.Company)
            .Entity("蓝鲸智算", EntityType.Company).Entity("Bluewhale Compute", EntityType.Company)
            .Entity("Pelorix", EntityType.Model).Entity("Pelorix 2", EntityType.Model)
            .Entity("Kavo A100", EntityType.Product).Entity("Kavo H100", EntityType.Product)
            .Edge("蓝鲸智算", RelationshipType.InvestsIn, "Quillbyte", 1, "蓝鲸智算（Bluewhale Compute）投资了 Quillbyte")
            .Edge("Bluewhale Compute", RelationshipType.SuppliesComputeTo, "Zorvanta Labs", 2, "Bluewhale Compute supplies Zorvanta Labs")
            .Build());

        var suggestions = await new DuplicateFinder(curated).SuggestAsync(10, Ct);

        var pairs = suggestions.Select(s => string.Join(" / ", new[] { s.Name, s.OtherName }.Order(StringComparer.Ordinal))).ToArray();
        Assert.Equal(["Quill-Byte / Quillbyte", "Bluewhale Compute / 蓝鲸智算", "Zorvanta Lab / Zorvanta Labs"], pairs);
        Assert.Contains("spacing and punctuation", suggestions[0].Reasons[0], StringComparison.Ordinal);
        Assert.Contains("apposition", suggestions[1].Reasons[0], StringComparison.Ordinal);
        Assert.Contains("n.md:1", suggestions[1].Reasons[0], StringComparison.Ordinal);
        Assert.Contains("edit distance", suggestions[2].Reasons[0], StringComparison.Ordinal);
        Assert.True(suggestions[0].Score > suggestions[2].Score);
    }

    [Fact]
    public async Task Suggest_SharedLatinPart_SuggestsTheShorterNameInsideTheLonger()
    {
        var (curated, _) = await CreateAsync(new DocumentGraphBuilder("p.md")
            .Entity("Nimbrel Cloud", EntityType.Product).Entity("Nimbrel", EntityType.Product).Entity("Ostrava", EntityType.Company).Build());

        var suggestion = Assert.Single(await new DuplicateFinder(curated).SuggestAsync(10, Ct));

        Assert.Equal(("nimbrel", "nimbrel-cloud"), (suggestion.Entity.Value, suggestion.Other.Value));
        Assert.Equal("'Nimbrel' is part of 'Nimbrel Cloud'", suggestion.Reasons[0]);
    }

    [Fact]
    public async Task Suggest_DismissedPairNeverAgainAndAMergedPairIsGone()
    {
        var (curated, service) = await CreateAsync(new DocumentGraphBuilder("d.md")
            .Entity("Fenwick-AI", EntityType.Company).Entity("FenwickAI", EntityType.Company)
            .Entity("Tarsun Robotics", EntityType.Company).Entity("Tarsun Robotic", EntityType.Company).Build());
        var finder = new DuplicateFinder(curated);
        var before = await finder.SuggestAsync(10, Ct);

        await service.DecideAsync(new CurationRequest(CurationKind.DismissDuplicate, "Tarsun Robotics", "Tarsun Robotic", null, null, "ana", "two firms"), Ct);
        await service.DecideAsync(new CurationRequest(CurationKind.Merge, before[0].Entity.Value, before[0].Other.Value, null, null, "ana", null), Ct);

        Assert.Equal(2, before.Count);
        Assert.Empty(await finder.SuggestAsync(10, Ct));
        Assert.Equal(CurationKind.DismissDuplicate, (await curated.GetCurationAsync(Ct))[0].Kind);
    }

    [Fact]
    public async Task Suggest_BlocksTooCommonWords_SoAThousandNamesSharingOneWordAreNotComparedPairwise()
    {
        var builder = new DocumentGraphBuilder("big.md");
        for (var i = 0; i < 1000; i++)
        {
            builder.Entity($"Vexa {Word(i)}", EntityType.Product);
        }

        var (curated, _) = await CreateAsync(builder.Build());

        Assert.Empty(await new DuplicateFinder(curated).SuggestAsync(10, Ct));
    }

    /// <summary>A made-up word per number whose letters differ a lot from its neighbours'.</summary>
    private static string Word(int i) => string.Concat(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture).Select(d => "qwrtzpsdfg"[d - '0'] + "aeiou"[(d - '0') % 5].ToString()));

    private static async Task<(CuratedGraphStore Curated, CurationService Service)> CreateAsync(Core.Documents.DocumentGraph document)
    {
        var inner = new InMemoryGraphStore();
        await inner.WriteDocumentAsync(document, Ct);
        var curated = new CuratedGraphStore(inner, inner);
        return (curated, new CurationService(curated, new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero))));
    }
}
