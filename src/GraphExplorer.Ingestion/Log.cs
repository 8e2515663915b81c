using Microsoft.Extensions.Logging;

namespace GraphExplorer.Ingestion;

/// <summary>Ingestion's log messages (event ids 3xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Warning, "Skipped {DocumentPath}: {Reason}")]
    public static partial void DocumentSkipped(this ILogger logger, string documentPath, string reason, Exception? exception);

    [LoggerMessage(3002, LogLevel.Debug, "Ingested {DocumentPath}: {Entities} entities, {Relationships} relationships")]
    public static partial void DocumentIngested(this ILogger logger, string documentPath, int entities, int relationships);

    [LoggerMessage(3003, LogLevel.Debug, "Unchanged {DocumentPath}")]
    public static partial void DocumentUnchanged(this ILogger logger, string documentPath);

    [LoggerMessage(3004, LogLevel.Information, "Removed {DocumentPath}: no longer in the folder")]
    public static partial void DocumentRemoved(this ILogger logger, string documentPath);

    [LoggerMessage(3005, LogLevel.Information, "Ingesting {Documents} documents from {Folder} as source {Source}")]
    public static partial void IngestionStarted(this ILogger logger, int documents, string folder, string source);

    [LoggerMessage(
        3007,
        LogLevel.Information,
        "Ingested {Folder} in {Elapsed}: {Seen} documents seen, {Ingested} ingested, {Unchanged} unchanged, {Removed} removed, {Skipped} skipped; "
        + "graph has {Entities} entities, {Edges} edges ({EdgesByType})")]
    public static partial void IngestionCompleted(
        this ILogger logger, string folder, TimeSpan elapsed, int seen, int ingested, int unchanged, int removed, int skipped, int entities, int edges, string edgesByType);

    [LoggerMessage(3010, LogLevel.Information, "Not ingesting into the store: {Reason}")]
    public static partial void StoreBusy(this ILogger logger, string reason);

    [LoggerMessage(3009, LogLevel.Debug, "{DocumentPath}:{Line}: {Message}")]
    public static partial void ExtractionDiagnostic(this ILogger logger, string documentPath, int line, string message);
}
