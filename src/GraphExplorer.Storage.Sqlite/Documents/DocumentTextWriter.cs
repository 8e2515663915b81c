using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>Keeps a document's text and date beside it, in the document's own write transaction, and marks the store written.</summary>
internal static class DocumentTextWriter
{
    /// <summary>Replaces the document's text (or drops it when the graph carries none) and records the store's first write.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The document's transaction.</param>
    /// <param name="document">The checked document.</param>
    /// <param name="writtenAt">When it is written.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the rows are written.</returns>
    public static async Task WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, PreparedDocument document, DateTimeOffset writtenAt, CancellationToken cancellationToken)
    {
        await MarkWrittenAsync(connection, transaction, writtenAt, cancellationToken).ConfigureAwait(false);
        if (document.Text is not { } text)
        {
            await using var delete = connection.Command(transaction, "DELETE FROM document_texts WHERE document = $doc;", ("$doc", document.Document));
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var upsert = connection.Command(
            transaction,
            """
            INSERT INTO document_texts (document, date, line_count, text) VALUES ($doc, $date, $lines, $text)
            ON CONFLICT (document) DO UPDATE SET date = excluded.date, line_count = excluded.line_count, text = excluded.text;
            """,
            ("$doc", document.Document),
            ("$date", document.Date),
            ("$lines", document.LineCount),
            ("$text", text));
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the store's first write, once: it decides whether <c>seeds/</c> may be ingested automatically.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The current transaction.</param>
    /// <param name="writtenAt">When.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is written.</returns>
    public static async Task MarkWrittenAsync(
        SqliteConnection connection, SqliteTransaction? transaction, DateTimeOffset writtenAt, CancellationToken cancellationToken)
    {
        await using var mark = connection.Command(
            transaction,
            "INSERT INTO store_info (key, value) VALUES ('first_written_at', $at) ON CONFLICT (key) DO NOTHING;",
            ("$at", writtenAt.ToString("O", CultureInfo.InvariantCulture)));
        await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
