using System.Text.Json.Serialization;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>One relation an analyst recorded: a line of <c>gold/relations.jsonl</c>.</summary>
/// <param name="Document">The document, e.g. <c>000_b7db0be6763041f2.txt</c>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Type">The relationship type (wire name in the file, e.g. <c>DEVELOPS</c>).</param>
/// <param name="Source">The source entity's canonical name.</param>
/// <param name="Target">The target entity's canonical name.</param>
/// <param name="Quote">The exact words on that line.</param>
/// <param name="Basis">Whether structure or prose states it.</param>
public sealed record GoldRelation(
    [property: JsonPropertyName("doc")] string Document,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("type"), JsonConverter(typeof(RelationshipTypeJsonConverter))] RelationshipType Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("basis")] EvidenceBasis Basis);
