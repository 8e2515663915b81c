using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Serialization;

/// <summary>Writes a value as its wire name and reads it back, refusing anything else with a message saying what is accepted.</summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class WireNameJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    /// <summary>What the JSON value must be, for the error message (e.g. <c>one of BUILT_ON, …</c>).</summary>
    protected abstract string Expected { get; }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"Expected {Expected}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWireName(value));
    }

    /// <summary>Parses a wire name.</summary>
    /// <param name="text">The JSON string.</param>
    /// <param name="value">The value when known.</param>
    /// <returns><see langword="true"/> when the text is a wire name.</returns>
    protected abstract bool TryParse(string? text, out T value);

    /// <summary>The wire name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its wire name.</returns>
    protected abstract string ToWireName(T value);
}
