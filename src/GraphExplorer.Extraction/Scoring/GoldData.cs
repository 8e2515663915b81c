using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>Reads the analyst's gold files (JSON Lines: one object a line, blank lines ignored).</summary>
public static class GoldData
{
    /// <summary>The gold relations file's name inside a gold folder.</summary>
    public const string RelationsFileName = "relations.jsonl";

    /// <summary>The gold entities file's name inside a gold folder.</summary>
    public const string EntitiesFileName = "entities.jsonl";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads gold relations.</summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <returns>The relations in file order.</returns>
    /// <exception cref="JsonException">A line is not a valid relation.</exception>
    public static IReadOnlyList<GoldRelation> ReadRelations(TextReader reader) => ReadLines<GoldRelation>(reader);

    /// <summary>Reads gold entities.</summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <returns>The entities in file order.</returns>
    /// <exception cref="JsonException">A line is not a valid entity.</exception>
    public static IReadOnlyList<GoldEntity> ReadEntities(TextReader reader) => ReadLines<GoldEntity>(reader);

    private static List<T> ReadLines<T>(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<T>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = JsonSerializer.Deserialize<T>(line, Options)
                ?? throw new JsonException($"Line {number} is null.");
            items.Add(item);
        }

        return items;
    }
}
