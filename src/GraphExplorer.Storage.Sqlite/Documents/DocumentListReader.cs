using GraphExplorer.Core.Documents;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>Reads the document list (with what each document contributes) and a document's kept text.</summary>
internal static class DocumentListReader
{
    /// <summary>Lists the documents, ordered by source then path.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The documents.</returns>
    public static async Task<IReadOnlyList<DocumentSummary>> ListAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            null,
            """
            SELECT d.path, d.content_hash, t.date, coalesce(t.line_count, 0),
                   (SELECT count(*) FROM entity_mentions m WHERE m.document = d.path),
                   (SELECT count(DISTINCT v.edge_id) FROM evidence v WHERE v.document = d.path)
            FROM documents d LEFT JOIN document_texts t ON t.document = d.path;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<DocumentSummary>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = DocumentKey.Parse(reader.GetString(0));
            documents.Add(new DocumentSummary(
                key.Source,
                key.Path,
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(3)));
        }

        return [.. documents.OrderBy(d => d.Source, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal)];
    }

    /// <summary>Reads a document's kept text.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="key">The document.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The text, or <see langword="null"/> for an unknown document or one kept without text.</returns>
    public static async Task<DocumentText?> GetTextAsync(SqliteConnection connection, DocumentKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            null,
            """
            SELECT d.content_hash, t.date, t.text
            FROM documents d JOIN document_texts t ON t.document = d.path
            WHERE d.path = $doc;
            """,
            ("$doc", key.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new DocumentText(key.Source, key.Path, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2))
            : null;
    }
}
