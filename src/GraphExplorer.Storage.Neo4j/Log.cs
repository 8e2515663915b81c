using Microsoft.Extensions.Logging;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>The Neo4j adapter's log messages (event ids 5xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Information, "Applied the Neo4j schema to {Uri} database {Database}: {Statements} statements")]
    public static partial void SchemaApplied(this ILogger logger, Uri uri, string database, int statements);

    [LoggerMessage(5002, LogLevel.Debug, "Wrote {DocumentPath} to Neo4j: {Entities} entities, {Relationships} relationships in {Statements} statements")]
    public static partial void DocumentWritten(this ILogger logger, string documentPath, int entities, int relationships, int statements);

    [LoggerMessage(5003, LogLevel.Debug, "Removed {DocumentPath} from Neo4j: {Removed}")]
    public static partial void DocumentRemoved(this ILogger logger, string documentPath, bool removed);

    [LoggerMessage(5004, LogLevel.Warning, "Retrying a Neo4j transaction after {Code} (retry {Attempt}, in {Delay})")]
    public static partial void TransactionRetried(this ILogger logger, string code, int attempt, TimeSpan delay, Exception exception);
}
