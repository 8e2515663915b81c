using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// An open connection kept for readers, with the commands it ran kept prepared: a reader's fixed statements
/// (the store version, the evidence of the rows returned) are compiled once per connection, not once per request.
/// </summary>
/// <param name="connection">The open connection; owned from now on.</param>
internal sealed class ReaderConnection(SqliteConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The connection.</summary>
    public SqliteConnection Connection { get; } = connection;

    /// <summary>The prepared command for <paramref name="sql"/>, enlisted in <paramref name="transaction"/>; do not dispose it.</summary>
    /// <param name="transaction">The reader's transaction; none for a single statement in its own.</param>
    /// <param name="sql">Constant SQL text.</param>
    /// <param name="parameters">The parameter names (with their <c>$</c>), created on first use.</param>
    /// <returns>The command; set its parameters with <see cref="SqliteCommandExtensions.Set"/>.</returns>
    public SqliteCommand Command(SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.Command(transaction, sql, parameters.Select(p => (p, (object?)null)).ToArray());
            _commands[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
