using Microsoft.Extensions.Logging;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>The SQLite store's log messages (event ids 4xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Debug, "Opened graph store {Path} at schema version {SchemaVersion}")]
    public static partial void StoreOpened(this ILogger logger, string path, int schemaVersion);

    [LoggerMessage(4002, LogLevel.Information, "Migrated graph store {Path} from schema version {FromVersion} to {ToVersion}")]
    public static partial void SchemaMigrated(this ILogger logger, string path, int fromVersion, int toVersion);

    [LoggerMessage(4003, LogLevel.Debug, "Wrote {Document}: {Entities} entities, {Relationships} relationships")]
    public static partial void DocumentWritten(this ILogger logger, string document, int entities, int relationships);

    [LoggerMessage(4004, LogLevel.Debug, "Removed {Document} from the graph store")]
    public static partial void DocumentRemoved(this ILogger logger, string document);

    // The reason only: the exception is thrown to the caller, who reports it (the CLI as one line, without a stack trace).
    [LoggerMessage(4005, LogLevel.Error, "Graph store {Path} is unavailable: {Reason}")]
    public static partial void StoreUnavailable(this ILogger logger, string path, string reason);

    [LoggerMessage(4006, LogLevel.Warning, "A background checkpoint of the graph store's write-ahead log failed (the next one tries again): {Reason}")]
    public static partial void CheckpointFailed(this ILogger logger, string reason);
}
