using GraphExplorer.Core.Documents;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Testing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests.Schema;

/// <summary>A store file written before sources existed migrates in place: its documents become the 'default' source's.</summary>
public sealed class SourcesMigrationTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task InitializeAsync_StoreWithoutSources_KeepsItsDocumentsAsTheDefaultSource()
    {
        await CreateVersionOneFileAsync();

        await _temp.Store.InitializeAsync(Ct);

        Assert.Equal(SqliteSchema.CurrentVersion, await _temp.Store.GetSchemaVersionAsync(Ct));
        var document = Assert.Single(await _temp.Store.GetDocumentsAsync(Ct));
        Assert.Equal((SourceNames.Default, "sub/a.md", "h1"), (document.Source, document.Document, document.ContentHash));
        Assert.Equal([new SourceFolder(SourceNames.Default, null)], await _temp.Store.GetSourcesAsync(Ct));
        Assert.True(await _temp.Store.HasBeenWrittenAsync(Ct));
        var relationship = Assert.Single(await _temp.Store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct));
        Assert.Equal((SourceNames.Default, "sub/a.md", 3), (relationship.Evidence[0].Source, relationship.Evidence[0].Document, relationship.Evidence[0].Line));
        var listed = Assert.Single(await _temp.Store.ListDocumentsAsync(Ct));
        Assert.Equal((2, 1, 0, (string?)null), (listed.Entities, listed.Edges, listed.Lines, listed.Date));
    }

    [Fact]
    public async Task RemoveDocument_MigratedDocument_RemovesItFromTheDefaultSource()
    {
        await CreateVersionOneFileAsync();

        var removed = await _temp.Store.RemoveDocumentAsync(SourceNames.Default, "sub/a.md", Ct);

        Assert.True(removed);
        Assert.Equal(0, (await _temp.Store.GetStatisticsAsync(Ct)).Edges);
    }

    /// <summary>Writes a file as the first schema version did: migration 0 only, one document with one edge.</summary>
    private async Task CreateVersionOneFileAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.Migrations[0] + """

            INSERT INTO documents (path, content_hash, ingested_at) VALUES ('sub/a.md', 'h1', '2026-01-01T00:00:00.0000000+00:00');
            INSERT INTO entities (key, name, type) VALUES ('a', 'A', 'Company'), ('b', 'B', 'Company');
            INSERT INTO entity_mentions (entity_key, document) VALUES ('a', 'sub/a.md'), ('b', 'sub/a.md');
            INSERT INTO edges (id, source, type, target) VALUES (1, 'a', 'BUILT_ON', 'b');
            INSERT INTO evidence (edge_id, document, line, quote, basis) VALUES (1, 'sub/a.md', 3, 'A is built on B', 'Prose');
            PRAGMA user_version = 1;
            """;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
