using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// A document's rows as JSON arrays (UTF-8), so each table is written by one set-based statement over
/// <c>jsonb_each</c> instead of one statement per row. The arrays keep the document's order, so rows get the
/// same ids and the same order as row-by-row inserts gave.
/// </summary>
internal static class DocumentRows
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Non-ASCII text stays as it is (no \uXXXX for every CJK character); SQLite reads it back unchanged.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The options <c>JsonSerializer</c> writes with by default: the mention's alias list is stored in that form.</summary>
    internal static readonly JsonWriterOptions MentionOptions = new();

    /// <summary>
    /// The entities: <c>[{"k": key, "n": name, "t": type, "l": layer, "c": category, "m": the mention's aliases as
    /// JSON text, "a": [[alias, normalized], …]}, …]</c>.
    /// </summary>
    /// <param name="entities">The document's merged entities.</param>
    /// <returns>The JSON, UTF-8.</returns>
    public static byte[] Entities(IReadOnlyList<Entity> entities)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, entities.Count * 160));
        var mention = new ArrayBufferWriter<byte>(256);
        using var list = new Utf8JsonWriter(mention, MentionOptions);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var e in entities)
            {
                json.WriteStartObject();
                json.WriteString("k", Valid(e.Key.Value));
                json.WriteString("n", Valid(e.Name));
                json.WriteString("t", e.Type.ToString());
                WriteNullable(json, "l", e.Layer);
                WriteNullable(json, "c", e.Category);

                // The mention keeps this document's own list, for when the document goes: its bytes are those the
                // row-by-row writer stored (JsonSerializer's defaults: every non-ASCII character escaped).
                json.WriteString("m", MentionAliases(e.Aliases, mention, list));
                json.WriteStartArray("a");
                foreach (var alias in e.Aliases)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(Valid(alias));
                    json.WriteStringValue(Valid(EntityNames.Normalize(alias)));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// A mention's aliases in ordinal order as a JSON array, byte for byte what
    /// <c>JsonSerializer.Serialize(aliases.Order(StringComparer.Ordinal))</c> gives, without its per-call cost.
    /// </summary>
    /// <param name="aliases">The entity's aliases in this document.</param>
    /// <param name="buffer">A scratch buffer, cleared here.</param>
    /// <param name="json">A writer over <paramref name="buffer"/> with <see cref="MentionOptions"/>, reset here.</param>
    /// <returns>The JSON, UTF-8 (ASCII: every other character is escaped); valid until the next call.</returns>
    internal static ReadOnlySpan<byte> MentionAliases(IReadOnlyList<string> aliases, ArrayBufferWriter<byte> buffer, Utf8JsonWriter json)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        var sorted = aliases.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        json.WriteStartArray();
        foreach (var alias in sorted)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>
    /// The edges and their evidence: <c>[[source, type, target, [[line, quote, basis, model], …]], …]</c>. An evidence
    /// row equal to one before it as stored (edge, line, quote, basis; a lone surrogate stored as U+FFFD) is left out,
    /// the first kept with its model: what the unique index of schema versions up to 5 kept.
    /// </summary>
    /// <param name="relationships">The document's merged relationships.</param>
    /// <returns>The JSON, UTF-8.</returns>
    public static byte[] Relationships(IReadOnlyList<Relationship> relationships)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, relationships.Count * 400));
        var written = new HashSet<(string Source, RelationshipType Type, string Target, int Line, string Quote, EvidenceBasis Basis)>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var relationship in relationships)
            {
                var source = Valid(relationship.Source.Value);
                var target = Valid(relationship.Target.Value);
                json.WriteStartArray();
                json.WriteStringValue(source);
                json.WriteStringValue(relationship.Type.ToWireName());
                json.WriteStringValue(target);
                json.WriteStartArray();
                foreach (var evidence in relationship.Evidence)
                {
                    var quote = Valid(evidence.Quote);
                    if (!written.Add((source, relationship.Type, target, evidence.Line, quote, evidence.Basis)))
                    {
                        continue;
                    }

                    json.WriteStartArray();
                    json.WriteNumberValue(evidence.Line);
                    json.WriteStringValue(quote);
                    json.WriteStringValue(evidence.Basis.ToString());
                    if (evidence.Basis == EvidenceBasis.Llm && evidence.Model is { } model)
                    {
                        json.WriteStringValue(Valid(model));
                    }
                    else
                    {
                        json.WriteNullValue();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The text as SQLite would store it when bound directly: a lone surrogate (not valid UTF-16, and not writable as
    /// JSON) becomes U+FFFD, as the UTF-8 conversion of a bound parameter makes it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, or its repaired copy.</returns>
    internal static string Valid(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            }
        }

        return text;
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, Valid(value));
        }
    }
}
