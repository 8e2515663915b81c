using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// One SQL statement compiled once on the connection's SQLite handle and run once per row, its values bound by
/// position: the writer's per-row inserts. Microsoft.Data.Sqlite finds every parameter by name on each execution
/// (a linear search in SQLite) and creates a data reader per call, which was most of the managed time of a large
/// write; this runs the same statement with none of that. It runs in whatever transaction the connection is in.
/// </summary>
internal sealed class RowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>Compiles a statement.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="sql">One SQL statement with <c>?</c> parameters.</param>
    /// <exception cref="SqliteException">SQLite refused the statement.</exception>
    public RowStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds a text value, or NULL.</summary>
    /// <param name="index">The parameter's position, from 1.</param>
    /// <param name="value">The value.</param>
    /// <returns>This statement.</returns>
    public RowStatement Text(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    /// <summary>Binds an integer.</summary>
    /// <param name="index">The parameter's position, from 1.</param>
    /// <param name="value">The value.</param>
    /// <returns>This statement.</returns>
    public RowStatement Integer(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    /// <summary>Runs the statement to its end and makes it ready for the next row.</summary>
    /// <exception cref="SqliteException">The statement failed (a constraint, a full disk, …).</exception>
    public void Run()
    {
        try
        {
            while (Step())
            {
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and reads the first column of its first row as an integer, then makes it ready again.</summary>
    /// <returns>The value, or <see langword="null"/> when the statement gave no row.</returns>
    /// <exception cref="SqliteException">The statement failed.</exception>
    public long? RunForInt64()
    {
        try
        {
            long? value = Step() ? raw.sqlite3_column_int64(_statement, 0) : null;
            while (Step())
            {
            }

            return value;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();

    private bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw Error(rc),
        };
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    private SqliteException Error(int rc) =>
        new($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
}
