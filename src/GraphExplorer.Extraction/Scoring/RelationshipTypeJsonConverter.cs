using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>Reads and writes <see cref="RelationshipType"/> as its wire name (<c>BUILT_ON</c>).</summary>
internal sealed class RelationshipTypeJsonConverter : JsonConverter<RelationshipType>
{
    public override RelationshipType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RelationshipTypes.TryParse(reader.GetString(), out var type)
            ? type
            : throw new JsonException($"Unknown relationship type '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, RelationshipType value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWireName());
}
