using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Export;

/// <summary>An entity as one line of the JSON Lines export.</summary>
/// <param name="Key">The entity's key.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Aliases">Every alias seen.</param>
/// <param name="Layer">Its market layer, if a document gives one.</param>
/// <param name="Category">Its category, if a document gives one.</param>
public sealed record EntityExportLine(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("layer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Layer,
    [property: JsonPropertyName("category"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category)
{
    /// <summary>Always <c>entity</c>.</summary>
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-1)]
    public string Kind => "entity";
}
