using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Scoring;
using GraphExplorer.Testing;

namespace GraphExplorer.Extraction.Tests.Scoring;

public sealed class GoldAliasResolutionTests
{
    [Fact]
    public async Task TryResolve_EveryGoldEntity_AliasesResolveToOneNode()
    {
        Assert.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Gold, GoldData.RelationsFileName)), $"No gold data at {RepositoryPaths.Gold}.");
        var (_, entities) = await GoldScoring.LoadAsync(RepositoryPaths.Gold, TestContext.Current.CancellationToken);
        var catalogue = EntityCatalogue.Default;

        var split = entities
            .Select(e => (e.Name, Keys: e.Aliases.Prepend(e.Name)
                .Select(a => catalogue.TryResolve(a, out var entry) ? entry.Key.Value : null)
                .OfType<string>()
                .Distinct()
                .ToList()))
            .Where(e => e.Keys.Count > 1)
            .Select(e => $"{e.Name}: {string.Join(", ", e.Keys)}")
            .ToList();

        Assert.True(split.Count == 0, "Gold entities split over several nodes: " + string.Join("; ", split));
    }
}
