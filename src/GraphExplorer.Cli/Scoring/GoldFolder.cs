using System.Text.Json;
using GraphExplorer.Extraction.Scoring;

namespace GraphExplorer.Cli.Scoring;

/// <summary>Reads a gold folder (<c>relations.jsonl</c>, and <c>entities.jsonl</c> when present) for <c>score</c>.</summary>
internal static class GoldFolder
{
    /// <summary>Reads the folder's gold relations and entities.</summary>
    /// <exception cref="CliUsageException">A file is missing or malformed (the message names it and says why).</exception>
    public static async Task<(IReadOnlyList<GoldRelation> Relations, IReadOnlyList<GoldEntity> Entities)> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var relationsPath = Path.Combine(folder, GoldData.RelationsFileName);
        if (!File.Exists(relationsPath))
        {
            throw new CliUsageException($"Option '--gold': '{folder}' has no {GoldData.RelationsFileName}.");
        }

        var entitiesPath = Path.Combine(folder, GoldData.EntitiesFileName);
        var relations = await ReadAsync(relationsPath, GoldData.ReadRelations, cancellationToken).ConfigureAwait(false);
        var entities = File.Exists(entitiesPath)
            ? await ReadAsync(entitiesPath, GoldData.ReadEntities, cancellationToken).ConfigureAwait(false)
            : [];
        return (relations, entities);
    }

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(string path, Func<TextReader, IReadOnlyList<T>> read, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            return read(new StringReader(text));
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"Option '--gold': '{path}' is malformed: {ex.Message}", ex);
        }
    }
}
