using System.Globalization;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.Schema;

/// <summary>
/// A store file of schema version 5 (evidence keyed by its whole quote) is upgraded in place to the narrower evidence
/// index: the same rows with the same rowids, the same graph read back, and repeats still stored once.
/// </summary>
public sealed class EvidenceIndexMigrationTests : IAsyncDisposable
{
    private const string EvidenceRows =
        "SELECT rowid, edge_id, document, line, quote, basis, ifnull(model, 'NULL') FROM evidence ORDER BY rowid;";

    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task InitializeAsync_FifthSchemaFile_KeepsEveryEvidenceRowAndReadsTheSameGraph()
    {
        // Given
        await CreateFifthSchemaFileAsync();
        var before = await ReadAsync(EvidenceRows);

        // When
        await _temp.Store.InitializeAsync(Ct);

        // Then
        Assert.Equal(SqliteSchema.CurrentVersion, await _temp.Store.GetSchemaVersionAsync(Ct));
        Assert.Equal(before, await ReadAsync(EvidenceRows));
        Assert.Equal(
            ["evidence_by_document|0", "evidence_by_edge|0"],
            await ReadAsync("SELECT name, \"unique\" FROM pragma_index_list('evidence') ORDER BY name;"));
        var relationships = await _temp.Store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct);
        Assert.Equal(
            [
                ("nvidia", "openai", "a.md", 3, "英伟达 supplies OpenAI", EvidenceBasis.Llm, (string?)"m-1"),
                ("nvidia", "openai", "a.md", 3, "英伟达 supplies OpenAI", EvidenceBasis.Prose, null),
                ("nvidia", "openai", "b.md", 7, "NVDA GPUs for OpenAI", EvidenceBasis.Prose, null),
                ("openai", "tsmc", "b.md", 9, "OpenAI chips from TSMC", EvidenceBasis.Structure, null),
            ],
            relationships.SelectMany(r => r.Evidence.Select(e => (r.Source.Value, r.Target.Value, e.Document, e.Line, e.Quote, e.Basis, e.Model))));
        var result = await new SqliteTraversalService(_temp.Store, new TraversalCatalogue()).ExecuteAsync(new("dependents-of", "nvda"), Ct);
        Assert.Equal(["OpenAI"], result.Rows.Select(r => r.Entity.Name));
        Assert.Equal(3, result.Rows[0].Path[0].EvidenceCount);
        Assert.Empty(await ReadAsync("PRAGMA foreign_key_check;"));
    }

    [Fact]
    public async Task WriteDocumentAsync_AfterUpgrade_EvidenceEqualAsStoredIsKeptOnceWithTheFirstModel()
    {
        // Given: the upgraded file, and a document stating one line three times: twice in the same words through
        // two relationships that merge into one edge, and once in words that differ only by a lone surrogate
        // (stored as U+FFFD, so equal to the first as stored).
        await CreateFifthSchemaFileAsync();
        var nvidia = new Entity(new EntityKey("nvidia"), "NVIDIA", EntityType.Company, ["NVIDIA"]);
        var openai = new Entity(new EntityKey("openai"), "OpenAI", EntityType.Company, ["OpenAI"]);
        var graph = new DocumentGraph(
            "c.md",
            "h-c",
            [nvidia, openai],
            [
                new Relationship(nvidia.Key, RelationshipType.SuppliesComputeTo, openai.Key, [new Evidence("c.md", 2, "x \uD800", EvidenceBasis.Llm, Model: "m-first")]),
                new Relationship(nvidia.Key, RelationshipType.SuppliesComputeTo, openai.Key, [new Evidence("c.md", 2, "x \uDC00", EvidenceBasis.Llm, Model: "m-second")]),
                new Relationship(nvidia.Key, RelationshipType.SuppliesComputeTo, openai.Key, [new Evidence("c.md", 2, "x \uD800", EvidenceBasis.Llm, Model: "m-third")]),
            ]);

        // When
        await _temp.Store.WriteDocumentAsync(graph, Ct);
        await _temp.Store.WriteDocumentAsync(graph, Ct);

        // Then
        Assert.Equal(
            ["1|c.md|2|x \uFFFD|Llm|m-first"],
            await ReadAsync("SELECT edge_id, document, line, quote, basis, ifnull(model, 'NULL') FROM evidence WHERE document = 'c.md';"));
    }

    [Fact]
    public async Task RemoveDocumentAsync_AfterUpgrade_TakesItsEvidenceAndTheEdgeLeftWithoutAny()
    {
        await CreateFifthSchemaFileAsync();

        var removed = await _temp.Store.RemoveDocumentAsync(SourceNames.Default, "b.md", Ct);

        Assert.True(removed);
        Assert.Equal(["1|a.md|Llm", "1|a.md|Prose"], await ReadAsync("SELECT edge_id, document, basis FROM evidence ORDER BY rowid;"));
        Assert.Equal(["1"], await ReadAsync("SELECT id FROM edges;"));
    }

    /// <summary>
    /// Writes a file as schema version 5 did (migrations 0–4): NVIDIA → OpenAI stated in a.md (by a model and in prose,
    /// same line and words) and in b.md; OpenAI → TSMC in b.md only.
    /// </summary>
    private async Task CreateFifthSchemaFileAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        var at = DateTimeOffset.UnixEpoch.ToString("O", CultureInfo.InvariantCulture);
        await using var command = connection.CreateCommand();
        command.CommandText = string.Concat(SqliteSchema.Migrations.Take(5)) + $"""
            PRAGMA user_version = 5;
            INSERT INTO sources (name, root, saved_at) VALUES ('default', NULL, '{at}');
            INSERT INTO documents VALUES ('a.md', 'h-a', '{at}'), ('b.md', 'h-b', '{at}');
            INSERT INTO entities VALUES ('nvidia', 'NVIDIA', 'Company'), ('openai', 'OpenAI', 'Company'), ('tsmc', 'TSMC', 'Company');
            INSERT INTO entity_mentions (entity_key, document, layer, category, aliases) VALUES
                ('nvidia', 'a.md', NULL, NULL, '["NVIDIA"]'), ('nvidia', 'b.md', NULL, NULL, '["NVDA","NVIDIA"]'),
                ('openai', 'a.md', NULL, NULL, '["OpenAI"]'), ('openai', 'b.md', NULL, NULL, '["OpenAI"]'),
                ('tsmc', 'b.md', NULL, NULL, '["TSMC"]');
            INSERT INTO entity_aliases VALUES ('nvidia', 'NVIDIA', 'nvidia'), ('nvidia', 'NVDA', 'nvda'),
                                              ('openai', 'OpenAI', 'openai'), ('tsmc', 'TSMC', 'tsmc');
            INSERT INTO edges (id, source, type, target) VALUES (1, 'nvidia', 'SUPPLIES_COMPUTE_TO', 'openai'),
                                                                (2, 'openai', 'BUILT_ON', 'tsmc');
            INSERT INTO evidence (edge_id, document, line, quote, basis, model) VALUES
                (1, 'a.md', 3, '英伟达 supplies OpenAI', 'Llm', 'm-1'), (1, 'a.md', 3, '英伟达 supplies OpenAI', 'Prose', NULL),
                (1, 'b.md', 7, 'NVDA GPUs for OpenAI', 'Prose', NULL), (2, 'b.md', 9, 'OpenAI chips from TSMC', 'Structure', NULL);
            """;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private Task<string[]> ReadAsync(string sql) => StoreRows.ReadAsync(_temp.FilePath, sql, Ct);
}
