using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>Brings a store file to <see cref="SqliteSchema.CurrentVersion"/>, one transaction for all pending migrations.</summary>
internal static class SchemaMigrator
{
    /// <summary>Switches the file to WAL and applies the pending migrations.</summary>
    /// <param name="connection">An open connection to the store file.</param>
    /// <param name="path">The file's full path, for messages.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version the file had before and has now.</returns>
    /// <exception cref="SqliteGraphStoreException">The file was written by a newer schema than this build knows.</exception>
    public static async Task<(int From, int To)> MigrateAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var from = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (from > SqliteSchema.CurrentVersion)
        {
            throw new SqliteGraphStoreException(
                path,
                $"The graph store '{path}' has schema version {from}, newer than this GraphExplorer knows ({SqliteSchema.CurrentVersion}). "
                + "Use a newer GraphExplorer or another store file (--store).");
        }

        for (var version = from; version < SqliteSchema.CurrentVersion; version++)
        {
            await ExecuteAsync(connection, transaction, SqliteSchema.Migrations[version], cancellationToken).ConfigureAwait(false);
        }

        if (from != SqliteSchema.CurrentVersion)
        {
            // PRAGMA takes no parameters; the value is an integer this code computed.
            var setVersion = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {SqliteSchema.CurrentVersion};");
            await ExecuteAsync(connection, transaction, setVersion, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (from, SqliteSchema.CurrentVersion);
    }

    /// <summary>Reads <c>PRAGMA user_version</c>.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file's schema version; 0 for a new file.</returns>
    public static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
