using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// One <c>INSERT … VALUES (…), (…), …</c> statement for up to <see cref="RowsPerStatement"/> rows, prepared once per
/// row count and reused for every chunk of a transaction: rows are gathered with <see cref="Add"/> and run together,
/// in the order they were added (so rowids are assigned exactly as row-by-row inserts would assign them).
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite runs every command synchronously (its asynchronous methods complete synchronously), so the
/// chunks are executed with the synchronous calls; the caller checks for cancellation between chunks.
/// </remarks>
internal sealed class MultiRowInsert : IDisposable
{
    /// <summary>The most rows one statement carries.</summary>
    public const int RowsPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _head;
    private readonly int _columns;
    private readonly string _tail;
    private readonly Dictionary<int, SqliteCommand> _commands = [];
    private readonly object?[] _values;
    private int _rows;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction the rows are written in.</param>
    /// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT INTO t (a, b) VALUES</c>.</param>
    /// <param name="columns">Values per row.</param>
    /// <param name="tail">What follows the rows (<c>ON CONFLICT …</c>, <c>RETURNING …</c>), or empty.</param>
    public MultiRowInsert(SqliteConnection connection, SqliteTransaction transaction, string head, int columns, string tail)
    {
        _connection = connection;
        _transaction = transaction;
        _head = head;
        _columns = columns;
        _tail = tail;
        _values = new object?[columns * RowsPerStatement];
    }

    /// <summary>How many rows are gathered and not yet run.</summary>
    public int Count => _rows;

    /// <summary>Whether a statement's worth of rows is gathered.</summary>
    public bool IsFull => _rows == RowsPerStatement;

    /// <summary>Gathers one row; run the statement (<see cref="Flush"/> or <see cref="Take"/>) when <see cref="IsFull"/>.</summary>
    /// <param name="row">The row's values, one per column; <see langword="null"/> is SQL NULL.</param>
    public void Add(params ReadOnlySpan<object?> row)
    {
        if (row.Length != _columns || IsFull)
        {
            throw new InvalidOperationException($"A row of {_columns} values was expected with room for it, not {row.Length} values with {_rows} rows gathered.");
        }

        row.CopyTo(_values.AsSpan(_rows * _columns));
        _rows++;
    }

    /// <summary>Forgets the gathered rows (a document rolled back to its savepoint).</summary>
    public void Clear() => _rows = 0;

    /// <summary>Runs the gathered rows, if any.</summary>
    /// <param name="cancellationToken">Checked before the statement runs.</param>
    public void Flush(CancellationToken cancellationToken)
    {
        if (_rows > 0)
        {
            Take(cancellationToken).ExecuteNonQuery();
        }
    }

    /// <summary>Binds the gathered rows to the statement for their count and forgets them; the caller executes it.</summary>
    /// <param name="cancellationToken">Checked before the statement is handed out.</param>
    /// <returns>The bound command (owned by this instance: do not dispose it).</returns>
    public SqliteCommand Take(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_commands.TryGetValue(_rows, out var command))
        {
            _commands[_rows] = command = Create(_rows);
        }

        var parameters = command.Parameters;
        for (var i = 0; i < _rows * _columns; i++)
        {
            parameters[i].Value = _values[i] ?? DBNull.Value;
        }

        Array.Clear(_values, 0, _rows * _columns);
        _rows = 0;
        return command;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private SqliteCommand Create(int rows)
    {
        var sql = new StringBuilder(_head);
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? " (" : ", (");
            for (var c = 0; c < _columns; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$v{(r * _columns) + c}");
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
                command.Parameters.AddWithValue(name, DBNull.Value);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(' ').Append(_tail).Append(';').ToString();
        return command;
    }
}
