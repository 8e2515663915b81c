using System.Text.Json.Serialization;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Export;

/// <summary>A relationship as one line of the JSON Lines export; source and target are entity names.</summary>
/// <param name="Type">The relationship's wire name.</param>
/// <param name="Source">The source entity's canonical name.</param>
/// <param name="Target">The target entity's canonical name.</param>
/// <param name="Evidence">Every mention.</param>
public sealed record RelationExportLine(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("evidence")] IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Always <c>relation</c>.</summary>
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-1)]
    public string Kind => "relation";
}
