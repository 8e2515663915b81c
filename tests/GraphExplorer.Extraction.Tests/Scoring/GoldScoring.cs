using GraphExplorer.Core.Documents;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Scoring;

namespace GraphExplorer.Extraction.Tests.Scoring;

/// <summary>Reads a gold folder and scores a notes folder extracted in memory against it, as <c>score --docs</c> does.</summary>
internal static class GoldScoring
{
    public static async Task<(IReadOnlyList<GoldRelation> Relations, IReadOnlyList<GoldEntity> Entities)> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var relations = await File.ReadAllTextAsync(Path.Combine(folder, GoldData.RelationsFileName), cancellationToken);
        var entitiesPath = Path.Combine(folder, GoldData.EntitiesFileName);
        var entities = File.Exists(entitiesPath) ? await File.ReadAllTextAsync(entitiesPath, cancellationToken) : string.Empty;
        return (GoldData.ReadRelations(new StringReader(relations)), GoldData.ReadEntities(new StringReader(entities)));
    }

    public static async Task<ScoreReport> ScoreAsync(string notes, string gold, EntityCatalogue catalogue, CancellationToken cancellationToken)
    {
        var (goldRelations, goldEntities) = await LoadAsync(gold, cancellationToken);
        var extractor = new DocumentExtractor(catalogue);
        var corpus = new CorpusGraph();
        foreach (var path in Directory.EnumerateFiles(notes).Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            corpus.Add(extractor.Extract(new DocumentSource(Path.GetFileName(path), "hash", text)).Graph);
        }

        return ExtractionScorer.Score(corpus.Entities, corpus.Relationships, goldRelations, goldEntities);
    }
}
