using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// Keeps the store's current <see cref="GraphReadModel"/>: built on first use, rebuilt when a reader's transaction
/// sees a newer store version (a write by this process or another). One build runs at a time; readers whose
/// transaction still sees the published version go on with it meanwhile, so nobody waits on a build but readers
/// of the newer version, and a model always holds whole committed documents (it is read in one transaction).
/// </summary>
/// <param name="open">Opens a connection to the store.</param>
internal sealed class GraphReadModels(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    private const string VersionSql = "SELECT version FROM store_version WHERE id = 1;";
    private const int Attempts = 8;
    private readonly SemaphoreSlim _build = new(1, 1);
    private readonly ReaderConnections _readers = new(open);
    private GraphReadModel? _current;
    private int _builds;

    /// <summary>How many models were built so far (for tests and the bench).</summary>
    public int Builds => Volatile.Read(ref _builds);

    /// <summary>The model last published, if any.</summary>
    public GraphReadModel? Current => Volatile.Read(ref _current);

    /// <summary>Opens a read transaction and returns it with the model of its version, building that model if needed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session; dispose it to end the transaction.</returns>
    public async Task<ReadSession> OpenAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var reader = await _readers.RentAsync(cancellationToken).ConfigureAwait(false);
            var connection = reader.Connection;
            SqliteTransaction? transaction = null;
            try
            {
                transaction = connection.BeginTransaction(deferred: true);
                var versionCommand = reader.Command(transaction, VersionSql);
                var version = Convert.ToInt64(await versionCommand.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                var model = await ModelAtAsync(connection, transaction, version, cancellationToken).ConfigureAwait(false);
                if (model is not null || attempt == Attempts)
                {
                    // After several races with faster writers, build a private model at this version rather than loop on.
                    model ??= await GraphReadModelBuilder.BuildAsync(connection, transaction, version, cancellationToken).ConfigureAwait(false);
                    return new ReadSession(_readers, reader, transaction, model);
                }
            }
            catch
            {
                // A connection that failed is not reused.
                if (transaction is not null)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }

                await reader.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            // A newer model was published while this transaction saw an older version: start again at the newer one.
            await transaction.DisposeAsync().ConfigureAwait(false);
            await _readers.ReturnAsync(reader).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the store version on a kept reader connection, with its statement compiled once (no explicit transaction).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version of the last committed state.</returns>
    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken)
    {
        var reader = await _readers.RentAsync(cancellationToken).ConfigureAwait(false);
        long version;
        try
        {
            version = Convert.ToInt64(await reader.Command(null, VersionSql).ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await _readers.ReturnAsync(reader).ConfigureAwait(false);
        return version;
    }

    /// <summary>Closes the connections kept for readers.</summary>
    public void Dispose()
    {
        _readers.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _build.Dispose();
    }

    /// <summary>The model of <paramref name="version"/>: the published one, or one built now; null when a newer one was published meanwhile.</summary>
    private async Task<GraphReadModel?> ModelAtAsync(
        SqliteConnection connection, SqliteTransaction transaction, long version, CancellationToken cancellationToken)
    {
        var current = Current;
        if (current?.Version == version)
        {
            return current;
        }

        if (current?.Version > version)
        {
            return null;
        }

        await _build.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = Current;
            if (current?.Version == version)
            {
                return current;
            }

            if (current?.Version > version)
            {
                return null;
            }

            var built = await GraphReadModelBuilder.BuildAsync(connection, transaction, version, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _builds);
            Volatile.Write(ref _current, built);
            return built;
        }
        finally
        {
            _build.Release();
        }
    }
}
