using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Curation;

/// <summary>Writes a <see cref="RelationshipType"/> as its wire name (<c>INVESTS_IN</c>).</summary>
public sealed class RelationshipTypeJsonConverter : JsonConverter<RelationshipType>
{
    /// <inheritdoc />
    public override RelationshipType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && RelationshipTypes.TryParse(reader.GetString(), out var type)
            ? type
            : throw new JsonException($"A relationship type must be one of {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RelationshipType value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToWireName());
    }
}
