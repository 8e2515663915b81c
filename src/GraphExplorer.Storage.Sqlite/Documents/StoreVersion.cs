using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// The store version: a counter every committed write raises by one, in the write's own transaction. A reader that
/// reads it in its transaction knows exactly which committed state it sees (the read model is rebuilt when it moved).
/// </summary>
internal static class StoreVersion
{
    /// <summary>Raises the version by one.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The write's transaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the row is updated.</returns>
    public static async Task IncrementAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "UPDATE store_version SET version = version + 1 WHERE id = 1;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the version.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The reader's transaction, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version the connection sees.</returns>
    public static async Task<long> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT version FROM store_version WHERE id = 1;");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
