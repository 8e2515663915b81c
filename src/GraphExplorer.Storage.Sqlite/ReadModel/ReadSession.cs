using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// One reader's consistent view: a read transaction on the store and the <see cref="GraphReadModel"/> of exactly the
/// version that transaction sees, so the walk (in memory) and the evidence (from SQLite) show the same committed state.
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    /// <summary>Initializes a new instance, taking over the connection and transaction.</summary>
    public ReadSession(SqliteConnection connection, SqliteTransaction transaction, GraphReadModel model)
    {
        _connection = connection;
        Transaction = transaction;
        Model = model;
    }

    /// <summary>The model at the transaction's version.</summary>
    public GraphReadModel Model { get; }

    /// <summary>The open read transaction.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>The connection the transaction is on.</summary>
    public SqliteConnection Connection => _connection;

    /// <summary>Ends the read transaction and returns the connection to the pool.</summary>
    /// <returns>A task that completes when done.</returns>
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
