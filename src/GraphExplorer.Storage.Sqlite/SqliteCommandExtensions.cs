using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Builds parameterised commands: SQL text is constant, values always travel as parameters.</summary>
internal static class SqliteCommandExtensions
{
    /// <summary>Creates a command with named parameters.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction to enlist in, if any.</param>
    /// <param name="sql">The SQL text.</param>
    /// <param name="parameters">Parameter names (with their <c>$</c>) and initial values.</param>
    /// <returns>The command; the caller disposes it.</returns>
    public static SqliteCommand Command(
        this SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Sets a parameter's value for the next execution of a reused command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="name">The parameter's name, with its <c>$</c>.</param>
    /// <param name="value">The value; <see langword="null"/> becomes SQL NULL.</param>
    public static void Set(this SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;
}
