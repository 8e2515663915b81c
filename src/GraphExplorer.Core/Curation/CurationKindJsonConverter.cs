using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>Writes a <see cref="CurationKind"/> as its wire name (<c>reject-edge</c>).</summary>
public sealed class CurationKindJsonConverter : JsonConverter<CurationKind>
{
    /// <inheritdoc />
    public override CurationKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && CurationKinds.TryParse(reader.GetString(), out var kind)
            ? kind
            : throw new JsonException($"A curation kind must be one of {string.Join(", ", Enum.GetValues<CurationKind>().Select(k => k.ToWireName()))}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CurationKind value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToWireName());
    }
}
