namespace GraphExplorer.Api;

/// <summary>The API's log messages; event ids 6xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Debug, "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestCompleted(
        this ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(6002, LogLevel.Debug, "Traversal {Traversal} from {Entity} returned {RowCount} rows")]
    public static partial void TraversalAnswered(this ILogger logger, string traversal, string? entity, int rowCount);

    [LoggerMessage(6003, LogLevel.Information, "Export as {Format} started")]
    public static partial void ExportStarted(this ILogger logger, string format);

    [LoggerMessage(6004, LogLevel.Warning, "Ad-hoc Cypher refused: {Reason}")]
    public static partial void CypherRefused(this ILogger logger, string reason);

    [LoggerMessage(6005, LogLevel.Debug, "Ad-hoc Cypher returned {RowCount} rows in {ElapsedMilliseconds:0.0} ms")]
    public static partial void CypherAnswered(this ILogger logger, int rowCount, double elapsedMilliseconds);

    [LoggerMessage(6007, LogLevel.Warning, "Refused {Path}: {Reason}")]
    public static partial void ApiKeyRefused(this ILogger logger, string path, string reason);
}
