using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Neo4j.Store;

/// <summary>Reads the graph's values out of the Query API's plain JSON, and names enum values as they are stored.</summary>
internal static class GraphJson
{
    public static string BasisName(EvidenceBasis basis) => basis switch
    {
        EvidenceBasis.Structure => "structure",
        EvidenceBasis.Llm => "llm",
        _ => "prose",
    };

    /// <summary>Reads a stored basis name; anything unknown reads as prose.</summary>
    public static EvidenceBasis ParseBasis(string? name) =>
        Enum.TryParse<EvidenceBasis>(name, ignoreCase: true, out var basis) && Enum.IsDefined(basis) ? basis : EvidenceBasis.Prose;

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

    /// <summary>A stored model name for evidence of <paramref name="basis"/>: only a model's evidence has one; <c>''</c> reads as none.</summary>
    public static string? ModelOf(EvidenceBasis basis, string? model) =>
        basis == EvidenceBasis.Llm && !string.IsNullOrEmpty(model) ? model : null;

    /// <summary>
    /// Zips the parallel evidence lists, ordered by document, line, quote then basis. <paramref name="models"/> may be
    /// missing (a relationship written before the list existed) or shorter: those items name no model.
    /// </summary>
    public static IReadOnlyList<Evidence> ToEvidence(JsonElement docs, JsonElement lines, JsonElement quotes, JsonElement bases, JsonElement models = default)
    {
        if (docs.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var lineList = lines.ValueKind == JsonValueKind.Array ? lines.EnumerateArray().ToArray() : [];
        var quoteList = quotes.ValueKind == JsonValueKind.Array ? quotes.EnumerateArray().ToArray() : [];
        var basisList = bases.ValueKind == JsonValueKind.Array ? bases.EnumerateArray().ToArray() : [];
        var modelList = models.ValueKind == JsonValueKind.Array ? models.EnumerateArray().ToArray() : [];
        static string? At(JsonElement[] list, int i) => i < list.Length && list[i].ValueKind == JsonValueKind.String ? list[i].GetString() : null;
        return docs.EnumerateArray()
            .Select((doc, i) => (i, Document: DocumentKey.Parse(doc.GetString() ?? string.Empty), Basis: ParseBasis(At(basisList, i))))
            .Select(d => new Evidence(
                d.Document.Path,
                d.i < lineList.Length && lineList[d.i].ValueKind == JsonValueKind.Number ? lineList[d.i].GetInt32() : 0,
                d.i < quoteList.Length ? quoteList[d.i].GetString() ?? string.Empty : string.Empty,
                d.Basis,
                d.Document.Source,
                Model: ModelOf(d.Basis, At(modelList, d.i))))
            .OrderBy(e => new DocumentKey(e.Source ?? SourceNames.Default, e.Document).Value, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Quote, StringComparer.Ordinal)
            .ThenBy(e => e.Basis.ToString(), StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Reads a list of evidence maps, <c>[{doc, line, quote, basis, model}]</c> (doc a document key), keeping its order.</summary>
    public static IReadOnlyList<Evidence> ToEvidence(JsonElement maps) =>
        maps.ValueKind != JsonValueKind.Array
            ? []
            : maps.EnumerateArray()
                .Where(m => m.ValueKind == JsonValueKind.Object)
                .Select(m => (Map: m, Document: DocumentKey.Parse(String(m, "doc") ?? string.Empty), Basis: ParseBasis(String(m, "basis"))))
                .Select(m => new Evidence(
                    m.Document.Path,
                    m.Map.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt32() : 0,
                    String(m.Map, "quote") ?? string.Empty,
                    m.Basis,
                    m.Document.Source,
                    Model: ModelOf(m.Basis, String(m.Map, "model"))))
                .ToArray();

    public static string? String(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> Strings(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) ? Strings(value) : [];

    public static IReadOnlyList<string> Strings(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray() : [];
}
