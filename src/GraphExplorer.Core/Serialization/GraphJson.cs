using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GraphExplorer.Core.Serialization;

/// <summary>
/// The JSON settings of the wire contract: <see cref="GraphJsonContext"/>'s source-generated metadata, with
/// Chinese and other non-ASCII text written as itself rather than as <c>\uXXXX</c> escapes.
/// </summary>
public static class GraphJson
{
    /// <summary>The read-only serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a contract type to compact JSON.</summary>
    /// <typeparam name="T">A type registered in <see cref="GraphJsonContext"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>The metadata for a contract type under <see cref="Options"/>.</summary>
    /// <typeparam name="T">A type registered in <see cref="GraphJsonContext"/>.</typeparam>
    /// <returns>The type's metadata.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(GraphJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.MakeReadOnly();
        return options;
    }
}
