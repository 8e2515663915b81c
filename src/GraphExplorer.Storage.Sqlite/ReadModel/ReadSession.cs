using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// One reader's consistent view: a read transaction on the store and the <see cref="GraphReadModel"/> of exactly the
/// version that transaction sees, so the walk (in memory) and the evidence (from SQLite) show the same committed state.
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private readonly ReaderConnection _reader;
    private readonly ReaderConnections _owner;

    /// <summary>Initializes a new instance, taking over the connection and transaction.</summary>
    public ReadSession(ReaderConnections owner, ReaderConnection reader, SqliteTransaction transaction, GraphReadModel model)
    {
        _owner = owner;
        _reader = reader;
        Transaction = transaction;
        Model = model;
    }

    /// <summary>The model at the transaction's version.</summary>
    public GraphReadModel Model { get; }

    /// <summary>The open read transaction.</summary>
    public SqliteTransaction Transaction { get; }

    /// <summary>The connection the transaction is on.</summary>
    public SqliteConnection Connection => _reader.Connection;

    /// <summary>A command kept prepared on this connection, enlisted in the session's transaction; do not dispose it.</summary>
    /// <param name="sql">Constant SQL text.</param>
    /// <param name="parameters">Its parameter names, with their <c>$</c>.</param>
    /// <returns>The command.</returns>
    public SqliteCommand Prepared(string sql, params string[] parameters) => _reader.Command(Transaction, sql, parameters);

    /// <summary>Ends the read transaction and gives the connection back for the next reader.</summary>
    /// <returns>A task that completes when done.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync().ConfigureAwait(false);
        }
        catch
        {
            await _reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await _owner.ReturnAsync(_reader).ConfigureAwait(false);
    }
}
