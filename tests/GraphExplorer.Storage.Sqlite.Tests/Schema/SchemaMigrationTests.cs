using GraphExplorer.Core.Documents;
using System.Globalization;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.Schema;

/// <summary>A store file written by the first schema (aliases per document × entity) is upgraded in place.</summary>
public sealed class SchemaMigrationTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task InitializeAsync_FirstSchemaFile_UpgradesInPlaceKeepingEntitiesAliasesAndEdges()
    {
        await CreateFirstSchemaFileAsync();

        await _temp.Store.InitializeAsync(Ct);

        Assert.Equal(SqliteSchema.CurrentVersion, await _temp.Store.GetSchemaVersionAsync(Ct));
        var nvidia = await _temp.Store.FindEntityAsync("英伟达", Ct);
        Assert.Equal(["NVIDIA", "NVDA", "英伟达"], nvidia?.Aliases);
        Assert.Equal("基础层", nvidia?.Layer);
        var statistics = await _temp.Store.GetStatisticsAsync(Ct);
        Assert.Equal((2, 2, 1, 2), (statistics.Documents, statistics.Entities, statistics.Edges, statistics.Evidence));
        var result = await new SqliteTraversalService(_temp.Store, new TraversalCatalogue()).ExecuteAsync(new("dependents-of", "nvda"), Ct);
        Assert.Equal(["OpenAI"], result.Rows.Select(r => r.Entity.Name));
        Assert.Equal(2, result.Rows[0].Path[0].EvidenceCount);
    }

    [Fact]
    public async Task RemoveDocument_AfterUpgrade_TakesAwayTheAliasesOnlyThatDocumentGave()
    {
        await CreateFirstSchemaFileAsync();

        await _temp.Store.RemoveDocumentAsync(SourceNames.Default, "b.md", Ct);

        Assert.Null(await _temp.Store.FindEntityAsync("NVDA", Ct));
        Assert.Equal(["NVIDIA", "英伟达"], (await _temp.Store.FindEntityAsync("英伟达", Ct))?.Aliases);
    }

    [Fact]
    public async Task InitializeAsync_FourthSchemaFile_KeepsEvidenceAndGivesItAModelColumn()
    {
        await CreateFirstSchemaFileAsync();
        await using (var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = string.Concat(SqliteSchema.Migrations.Skip(1).Take(3)) + "PRAGMA user_version = 4;";
            await command.ExecuteNonQueryAsync(Ct);
        }

        await _temp.Store.InitializeAsync(Ct);

        Assert.Equal(SqliteSchema.CurrentVersion, await _temp.Store.GetSchemaVersionAsync(Ct));
        var relationship = Assert.Single(await ToListAsync(_temp.Store.ReadAllRelationshipsAsync(Ct)));
        Assert.Equal(
            [("a.md", 3, "英伟达 supplies OpenAI", EvidenceBasis.Prose, (string?)null), ("b.md", 7, "NVDA GPUs for OpenAI", EvidenceBasis.Prose, null)],
            relationship.Evidence.Select(e => (e.Document, e.Line, e.Quote, e.Basis, e.Model)));
        await using var check = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await check.OpenAsync(Ct);
        await using var columns = check.CreateCommand();
        columns.CommandText = "SELECT group_concat(name, ',') FROM pragma_table_info('evidence');";
        Assert.Equal("edge_id,document,line,quote,basis,model", await columns.ExecuteScalarAsync(Ct));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Writes a file as the first schema did: NVIDIA named in a.md (英伟达) and b.md (NVDA), one edge stated in both.</summary>
    private async Task CreateFirstSchemaFileAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        var at = DateTimeOffset.UnixEpoch.ToString("O", CultureInfo.InvariantCulture);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.Migrations[0] + $"""
            PRAGMA user_version = 1;
            INSERT INTO documents VALUES ('a.md', 'h-a', '{at}'), ('b.md', 'h-b', '{at}');
            INSERT INTO entities VALUES ('nvidia', 'NVIDIA', 'Company'), ('openai', 'OpenAI', 'Company');
            INSERT INTO entity_mentions VALUES ('nvidia', 'a.md', '基础层', NULL), ('nvidia', 'b.md', NULL, NULL),
                                               ('openai', 'a.md', NULL, NULL), ('openai', 'b.md', NULL, NULL);
            INSERT INTO aliases VALUES ('nvidia', 'a.md', 'NVIDIA', 'nvidia'), ('nvidia', 'a.md', '英伟达', '英伟达'),
                                       ('nvidia', 'b.md', 'NVIDIA', 'nvidia'), ('nvidia', 'b.md', 'NVDA', 'nvda'),
                                       ('openai', 'a.md', 'OpenAI', 'openai'), ('openai', 'b.md', 'OpenAI', 'openai');
            INSERT INTO edges (id, source, type, target) VALUES (1, 'nvidia', 'SUPPLIES_COMPUTE_TO', 'openai');
            INSERT INTO evidence VALUES (1, 'a.md', 3, '英伟达 supplies OpenAI', 'Prose'), (1, 'b.md', 7, 'NVDA GPUs for OpenAI', 'Prose');
            """;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
