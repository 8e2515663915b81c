using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Scoring;
using GraphExplorer.Testing;

namespace GraphExplorer.Extraction.Tests.Scoring;

/// <summary>
/// Extraction quality against analyst-labelled gold, with and without the catalogue: the seeds against the shared gold,
/// and the unseen notes (<c>Unseen/dev</c>, which rules may be tuned on, and <c>Unseen/test</c>, which they never are).
/// Each threshold sits a little under the figure measured when it was set (see the README's score section), so a
/// regression fails the gate; raise them when extraction improves.
/// </summary>
public sealed class ExtractionQualityGateTests
{
    private const double MinSeedsTypeRecall = 0.3;

    [Theory]
    [InlineData("builtin", 0.85, 0.75)]
    [InlineData("none", 0.86, 0.54)]
    public async Task Score_SeedsAgainstSharedGold_MeetsThresholds(string catalogue, double minPrecision, double minRecall)
    {
        Assert.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Gold, GoldData.RelationsFileName)), $"No gold data at {RepositoryPaths.Gold}.");

        var report = await GoldScoring.ScoreAsync(RepositoryPaths.Seeds, RepositoryPaths.Gold, Catalogue(catalogue), TestContext.Current.CancellationToken);

        AssertMeets(report, minPrecision, minRecall);
        if (catalogue == "builtin")
        {
            foreach (var type in RelationshipTypes.All)
            {
                Assert.True(report.ByType[type].Recall >= MinSeedsTypeRecall, $"{type.ToWireName()} recall {report.ByType[type].Recall:0.000} < {MinSeedsTypeRecall}.\n{report.ToText(40)}");
            }
        }
    }

    [Theory]
    [InlineData("builtin", 0.84)]
    [InlineData("none", 0.65)]
    public async Task Score_SeedsAgainstSharedGold_TypesTheEntitiesFoundRight(string catalogue, double minTypeAccuracy)
    {
        Assert.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Gold, GoldData.EntitiesFileName)), $"No gold data at {RepositoryPaths.Gold}.");

        var report = await GoldScoring.ScoreAsync(RepositoryPaths.Seeds, RepositoryPaths.Gold, Catalogue(catalogue), TestContext.Current.CancellationToken);

        Assert.True(report.Entities.TypeAccuracy >= minTypeAccuracy, $"Type accuracy {report.Entities.TypeAccuracy:0.000} < {minTypeAccuracy}.\n{report.ToText(40)}");
    }

    [Theory]
    [InlineData("dev", "builtin", 0.94, 0.79, 0.92)]
    [InlineData("dev", "none", 0.93, 0.65, 0.87)]
    [InlineData("test", "builtin", 0.79, 0.63, 0.89)]
    [InlineData("test", "none", 0.84, 0.57, 0.85)]
    public async Task Score_UnseenNotes_MeetsThresholds(string split, string catalogue, double minPrecision, double minRecall, double minEntityRecall)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Unseen", split);

        var report = await GoldScoring.ScoreAsync(Path.Combine(root, "notes"), Path.Combine(root, "gold"), Catalogue(catalogue), TestContext.Current.CancellationToken);

        AssertMeets(report, minPrecision, minRecall);
        Assert.True(report.Entities.Recall >= minEntityRecall, $"Entity recall {report.Entities.Recall:0.000} < {minEntityRecall}.\n{report.ToText(40)}");
    }

    private static EntityCatalogue Catalogue(string name) => name == "none" ? EntityCatalogue.None : EntityCatalogue.Default;

    private static void AssertMeets(ScoreReport report, double minPrecision, double minRecall)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText(maxListed: 40));
        Assert.True(report.Overall.Precision >= minPrecision, $"Precision {report.Overall.Precision:0.000} < {minPrecision}.\n{report.ToText(40)}");
        Assert.True(report.Overall.Recall >= minRecall, $"Recall {report.Overall.Recall:0.000} < {minRecall}.\n{report.ToText(40)}");
    }
}
