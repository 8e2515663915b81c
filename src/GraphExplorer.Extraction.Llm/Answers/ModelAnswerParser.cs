using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Extraction.Llm.Answers;

/// <summary>
/// Parses the model's JSON answer. Tolerates a Markdown code fence around it and extra fields; anything that is not
/// an object with a <c>relations</c> array is malformed and reported as such, never thrown.
/// </summary>
internal static class ModelAnswerParser
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out ModelAnswer? answer, [NotNullWhen(false)] out string? error)
    {
        answer = null;
        var json = Unfence(text ?? string.Empty);
        if (json.Length == 0)
        {
            error = "malformed JSON from the model: the answer is empty";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("relations", out var relations)
                || relations.ValueKind != JsonValueKind.Array)
            {
                error = "malformed JSON from the model: no \"relations\" array";
                return false;
            }

            var entities = root.TryGetProperty("entities", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(ReadEntity).OfType<ModelEntity>().ToArray()
                : [];
            answer = new ModelAnswer(relations.EnumerateArray().Select(ReadRelation).ToArray(), entities);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"malformed JSON from the model: {ex.Message}";
            return false;
        }
    }

    private static string Unfence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            var firstBreak = trimmed.IndexOf('\n', StringComparison.Ordinal);
            var lastFence = trimmed.LastIndexOf("```", StringComparison.Ordinal);
            if (firstBreak > 0 && lastFence > firstBreak)
            {
                return trimmed[(firstBreak + 1)..lastFence].Trim();
            }
        }

        return trimmed;
    }

    private static ModelRelation ReadRelation(JsonElement item) => item.ValueKind != JsonValueKind.Object
        ? new ModelRelation(null, null, null, null, null)
        : new ModelRelation(String(item, "source"), String(item, "type"), String(item, "target"), Number(item, "line"), String(item, "quote"));

    private static ModelEntity? ReadEntity(JsonElement item)
    {
        var name = item.ValueKind == JsonValueKind.Object ? String(item, "name") : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var aliases = item.TryGetProperty("aliases", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString() ?? string.Empty)
                .Where(a => a.Trim().Length > 0).ToArray()
            : [];
        return new ModelEntity(name.Trim(), String(item, "type"), aliases);
    }

    private static string? String(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }
}
