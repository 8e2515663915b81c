using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Scoring;
using GraphExplorer.Testing;

namespace GraphExplorer.Extraction.Tests.Scoring;

/// <summary>Extraction quality on the seeds against the analysts' gold: the targets of issue 4.</summary>
public sealed class ExtractionQualityGateTests
{
    private const double MinPrecision = 0.85;
    private const double MinRecall = 0.70;
    private const double MinTypeRecall = 0.5;

    [Fact]
    public async Task Score_Seeds_MeetTargets()
    {
        Assert.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Gold, GoldData.RelationsFileName)), $"No gold data at {RepositoryPaths.Gold}.");
        var cancellationToken = TestContext.Current.CancellationToken;
        var (goldRelations, goldEntities) = await GoldData.LoadFolderAsync(RepositoryPaths.Gold, cancellationToken);
        var extractor = ExtractionFixture.CreateSut();
        var entities = new Dictionary<EntityKey, Entity>();
        var relationships = new List<Relationship>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var graph = extractor.Extract(new DocumentSource(Path.GetFileName(path), "hash", text)).Graph;
            foreach (var entity in graph.Entities)
            {
                entities[entity.Key] = entities.TryGetValue(entity.Key, out var seen)
                    ? seen with { Aliases = [.. seen.Aliases.Union(entity.Aliases)] }
                    : entity;
            }

            relationships.AddRange(graph.Relationships);
        }

        var report = ExtractionScorer.Score(entities.Values, relationships, goldRelations, goldEntities);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText(maxListed: 40));

        Assert.True(report.Overall.Precision >= MinPrecision, $"Precision {report.Overall.Precision:0.000} < {MinPrecision}.\n{report.ToText(40)}");
        Assert.True(report.Overall.Recall >= MinRecall, $"Recall {report.Overall.Recall:0.000} < {MinRecall}.\n{report.ToText(40)}");
        foreach (var type in RelationshipTypes.All)
        {
            var score = report.ByType[type];
            Assert.True(score.Recall >= MinTypeRecall, $"{type.ToWireName()} recall {score.Recall:0.000} < {MinTypeRecall}.\n{report.ToText(40)}");
        }
    }
}
