using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Opens connections to one store file and turns SQLite's file-level errors into messages naming it.</summary>
internal sealed class SqliteConnector
{
    // Primary result codes (the low byte of extended codes), from sqlite3.h.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private readonly string _cacheSize;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The store's options.</param>
    public SqliteConnector(SqliteGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        Path = System.IO.Path.GetFullPath(options.Path);
        MaxSizeBytes = options.MaxSizeBytes;
        // PRAGMA takes no parameters; the value is an integer from validated options (negative: KiB, not pages).
        _cacheSize = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{options.CacheSizeMegabytes * 1024L};");
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // max_page_count belongs to the connection: a size-limited store must not share pooled connections
            // with an unlimited one on the same file, so it opens its own each time.
            Pooling = options.MaxSizeBytes is null,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>The connection string every connection uses.</summary>
    public string ConnectionString { get; }

    /// <summary>The largest size the file may grow to, or <see langword="null"/> for no limit.</summary>
    public long? MaxSizeBytes { get; }

    /// <summary>Opens a connection with foreign keys on and the file's size limit, if any, set.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = _cacheSize;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (MaxSizeBytes is { } maxSizeBytes)
            {
                await LimitSizeAsync(connection, maxSizeBytes, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Releases the pooled connections, so the file can be moved or deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Describes an error about the file itself (not a database, locked, cannot be opened).</summary>
    /// <param name="exception">SQLite's error.</param>
    /// <returns>An exception naming the file, or <see langword="null"/> when the error is about something else.</returns>
    public SqliteGraphStoreException? Describe(SqliteException exception)
    {
        var message = (exception.SqliteErrorCode & 0xFF) switch
        {
            SqliteNotADatabase or SqliteCorrupt =>
                $"The graph store '{Path}' is not a readable SQLite database ({exception.Message}). "
                + "Delete the file to start afresh, or choose another store file (--store).",
            SqliteBusy or SqliteLocked =>
                $"The graph store '{Path}' is locked by another process ({exception.Message}). "
                + "Wait for it to finish, or choose another store file (--store).",
            SqliteFull =>
                $"The graph store '{Path}' is full: the disk or the store's size limit leaves no room ({exception.Message}). "
                + "The write was rolled back; free some space (or raise GraphExplorer:Sqlite:MaxSizeBytes) and run again.",
            SqliteCantOpen or SqliteReadOnly or SqliteIoError =>
                $"The graph store '{Path}' cannot be opened for reading and writing ({exception.Message}). "
                + "Check that its folder exists and that the file and folder are writable.",
            _ => null,
        };
        return message is null ? null : new SqliteGraphStoreException(Path, message, exception);
    }

    /// <summary>Caps the file at <paramref name="maxSizeBytes"/>, in whole pages of the file's page size.</summary>
    private static async Task LimitSizeAsync(SqliteConnection connection, long maxSizeBytes, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size;";
        var pageSize = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

        // PRAGMA takes no parameters; the value is an integer this code computed.
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {Math.Max(1, maxSizeBytes / pageSize)};");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
