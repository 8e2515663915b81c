using System.Globalization;
using GraphExplorer.Core.Documents;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>Reads and writes the <c>sources</c> table: the folders the store holds documents from.</summary>
internal static class SourceWriter
{
    /// <summary>Reads the sources, ordered by name.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sources.</returns>
    public static async Task<IReadOnlyList<SourceFolder>> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "SELECT name, root FROM sources ORDER BY name;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sources = new List<SourceFolder>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new SourceFolder(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return sources;
    }

    /// <summary>Inserts a source or re-points an existing one; another source with the same root gives up its root.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="source">The source.</param>
    /// <param name="savedAt">When.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the source is committed.</returns>
    public static async Task SaveAsync(SqliteConnection connection, SourceFolder source, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = connection.Command(
            transaction,
            """
            UPDATE sources SET root = NULL WHERE root = $root AND name <> $name;
            INSERT INTO sources (name, root, saved_at) VALUES ($name, $root, $at)
            ON CONFLICT (name) DO UPDATE SET root = excluded.root, saved_at = excluded.saved_at;
            """,
            ("$name", source.Name),
            ("$root", source.Root),
            ("$at", savedAt.ToString("O", CultureInfo.InvariantCulture))))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await DocumentTextWriter.MarkWrittenAsync(connection, transaction, savedAt, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a source's row (its documents are removed before, one by one).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="name">The source's name.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when there was such a source.</returns>
    public static async Task<bool> DeleteAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "DELETE FROM sources WHERE name = $name;", ("$name", name));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>Whether the store was ever written (<c>store_info.first_written_at</c>).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> once written.</returns>
    public static async Task<bool> HasBeenWrittenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            null, "SELECT EXISTS (SELECT 1 FROM store_info WHERE key = 'first_written_at') OR EXISTS (SELECT 1 FROM documents);");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) != 0;
    }
}
