using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Neo4j.Store;

/// <summary>Reads the graph's values out of the Query API's plain JSON, and names enum values as they are stored.</summary>
internal static class GraphJson
{
    public static string BasisName(EvidenceBasis basis) => basis == EvidenceBasis.Structure ? "structure" : "prose";

    /// <summary>Reads an entity map: <c>{key, name, type, aliases, layer, category}</c>.</summary>
    public static Entity ToEntity(JsonElement map) => new(
        new EntityKey(map.GetProperty("key").GetString() ?? string.Empty),
        String(map, "name") ?? string.Empty,
        Enum.TryParse<EntityType>(String(map, "type"), ignoreCase: true, out var type) ? type : EntityType.Company,
        Strings(map, "aliases"),
        String(map, "layer"),
        String(map, "category"));

    /// <summary>Reads an edge from a record's <c>source</c>, <c>type</c> and <c>target</c>; false for a type this version does not know.</summary>
    public static bool TryGetEdge(string? source, string? type, string? target, out GraphEdge edge)
    {
        edge = default;
        if (source is null || target is null || !RelationshipTypes.TryParse(type, out var relationshipType))
        {
            return false;
        }

        edge = new GraphEdge(new EntityKey(source), relationshipType, new EntityKey(target));
        return true;
    }

    /// <summary>Zips the parallel evidence lists, ordered by document then line.</summary>
    public static IReadOnlyList<Evidence> ToEvidence(JsonElement docs, JsonElement lines, JsonElement quotes, JsonElement bases)
    {
        if (docs.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var lineList = lines.ValueKind == JsonValueKind.Array ? lines.EnumerateArray().ToArray() : [];
        var quoteList = quotes.ValueKind == JsonValueKind.Array ? quotes.EnumerateArray().ToArray() : [];
        var basisList = bases.ValueKind == JsonValueKind.Array ? bases.EnumerateArray().ToArray() : [];
        return docs.EnumerateArray()
            .Select((doc, i) => (i, Document: DocumentKey.Parse(doc.GetString() ?? string.Empty)))
            .Select(d => new Evidence(
                d.Document.Path,
                d.i < lineList.Length && lineList[d.i].ValueKind == JsonValueKind.Number ? lineList[d.i].GetInt32() : 0,
                d.i < quoteList.Length ? quoteList[d.i].GetString() ?? string.Empty : string.Empty,
                d.i < basisList.Length && string.Equals(basisList[d.i].GetString(), "structure", StringComparison.OrdinalIgnoreCase)
                    ? EvidenceBasis.Structure
                    : EvidenceBasis.Prose,
                d.Document.Source))
            .OrderBy(e => new DocumentKey(e.Source ?? SourceNames.Default, e.Document).Value, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Quote, StringComparer.Ordinal)
            .ToArray();
    }

    public static string? String(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> Strings(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) ? Strings(value) : [];

    public static IReadOnlyList<string> Strings(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray() : [];
}
