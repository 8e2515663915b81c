using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Documents;

/// <summary>
/// The set-based writer carries a document's rows to SQLite as JSON: every text must arrive as a bound parameter
/// would have stored it (quotes, backslashes, control characters, CJK, characters outside the BMP; a lone surrogate
/// as U+FFFD), and nulls as NULL.
/// </summary>
public sealed class DocumentRowsTests : IAsyncDisposable
{
    private static readonly string[] Awkward =
    [
        "Plain",
        "He said \"no\" \\ twice",
        "tab\tnew\nline\r\u0001end",
        "英伟达 (NVIDIA)",
        "rocket 🚀 and 𠀀",
        "lone \uD800 high",
        "lone \uDC00 low",
        "</script> & 'single' \u2028",
    ];

    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task WriteDocumentAsync_AwkwardText_StoredAsABoundParameterWouldStoreIt()
    {
        // Given: entities whose names, aliases and categories, and evidence whose quotes and model, are awkward text.
        var entities = Awkward
            .Select((text, i) => new Entity(EntityKey.FromName($"E{i} {text}"), $"E{i} {text}", EntityType.Product, [$"E{i} {text}", "alias " + text], i % 2 == 0 ? null : "layer " + text, "cat " + text))
            .ToArray();
        var relationships = entities.Skip(1)
            .Select((e, i) => new Relationship(
                entities[0].Key, RelationshipType.BuiltOn, e.Key,
                [new Evidence("a.md", i + 1, "quote " + Awkward[i + 1], EvidenceBasis.Llm, Model: "model " + Awkward[i + 1]), new Evidence("a.md", i + 1, "quote " + Awkward[i + 1])]))
            .ToArray();

        // When
        await _temp.Store.WriteDocumentAsync(new DocumentGraph("a.md", "hash", entities, relationships), Ct);

        // Then
        Assert.Equal(
            entities.Select(e => $"{Bound(e.Key.Value)}|{Bound(e.Name)}|{(e.Layer is null ? "NULL" : Bound(e.Layer))}|{Bound(e.Category!)}"),
            await ReadAsync("SELECT e.key, e.name, ifnull(m.layer, 'NULL'), m.category FROM entities AS e JOIN entity_mentions AS m ON m.entity_key = e.key ORDER BY e.rowid;"));
        Assert.Equal(
            entities.SelectMany(e => e.Aliases.Select(a => $"{Bound(e.Key.Value)}|{Bound(a)}|{Bound(EntityNames.Normalize(a))}")).Order(StringComparer.Ordinal),
            (await ReadAsync("SELECT entity_key, alias, normalized FROM entity_aliases;")).Order(StringComparer.Ordinal));
        Assert.Equal(
            relationships.SelectMany(r => r.Evidence.OrderBy(v => v.Basis.ToString(), StringComparer.Ordinal).Select(v =>
                $"{Bound(r.Target.Value)}|{v.Line}|{Bound(v.Quote)}|{v.Basis}|{(v.Model is null ? "NULL" : Bound(v.Model))}")),
            await ReadAsync(
                """
                SELECT e.target, v.line, v.quote, v.basis, ifnull(v.model, 'NULL')
                FROM evidence AS v JOIN edges AS e ON e.id = v.edge_id ORDER BY e.id, v.rowid;
                """));
        Assert.Equal(["integer"], (await ReadAsync("SELECT DISTINCT typeof(line) FROM evidence;")).Distinct());
    }

    [Fact]
    public async Task WriteDocumentAsync_AwkwardAliases_MentionKeepsThemAsJsonSerializerWroteThem()
    {
        // Given: one entity whose aliases are every awkward text, in no particular order.
        var aliases = Awkward.Reverse().Append("Zeta").Append("alpha").ToArray();
        var entity = new Entity(EntityKey.FromName("Awkward"), "Awkward", EntityType.Company, aliases);

        // When
        await _temp.Store.WriteDocumentAsync(new DocumentGraph("a.md", "hash", [entity], []), Ct);

        // Then: the stored list is byte for byte what the serializer gives for the merged aliases in ordinal order.
        var merged = new[] { "Awkward" }.Concat(aliases).Where(a => EntityNames.Normalize(a).Length > 0).Distinct(StringComparer.Ordinal);
        Assert.Equal(
            [JsonSerializer.Serialize(merged.Order(StringComparer.Ordinal))],
            await ReadAsync("SELECT aliases FROM entity_mentions;"));
    }

    [Theory]
    [MemberData(nameof(AliasLists))]
    public void MentionAliases_AnyList_SameBytesAsJsonSerializer(string[] aliases)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, DocumentRows.MentionOptions);

        // Twice over the same buffer and writer: each call starts afresh.
        DocumentRows.MentionAliases(["left over"], buffer, json);
        var written = DocumentRows.MentionAliases(aliases, buffer, json).ToArray();

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(aliases.Order(StringComparer.Ordinal)), written);
    }

    public static TheoryData<string[]> AliasLists => new()
    {
        Array.Empty<string>(),
        new[] { "one" },
        Awkward,
        Awkward.Reverse().ToArray(),
        new[] { "\uE000 private", "𠀀 outside the BMP", "\uFFFF last", "a", "A", "é", "e\u0301" },
    };

    [Fact]
    public void Valid_LoneSurrogate_BecomesReplacementCharacterAndValidTextIsTheSameInstance()
    {
        const string valid = "rocket 🚀 英伟达";

        Assert.Same(valid, DocumentRows.Valid(valid));
        Assert.Equal("a\uFFFDb\uFFFD", DocumentRows.Valid("a\uD800b\uDC00"));
    }

    /// <summary>What SQLite stores for a bound string: its UTF-8 encoding, invalid UTF-16 replaced.</summary>
    private static string Bound(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private Task<string[]> ReadAsync(string sql) => StoreRows.ReadAsync(_temp.FilePath, sql, Ct);
}
