using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Curation;

/// <summary>Writes an <see cref="EntityKey"/> as its key text.</summary>
public sealed class EntityKeyJsonConverter : JsonConverter<EntityKey>
{
    /// <inheritdoc />
    public override EntityKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value
            ? new EntityKey(value)
            : throw new JsonException("An entity key must be a non-empty string.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EntityKey value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
