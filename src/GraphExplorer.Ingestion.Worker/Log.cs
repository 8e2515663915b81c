using Microsoft.Extensions.Logging;

namespace GraphExplorer.Ingestion.Worker;

/// <summary>The ingestion worker's log messages (event ids 3xxx, shared with the ingestion library, which keeps the others).</summary>
internal static partial class Log
{
    [LoggerMessage(3006, LogLevel.Information, "[{Index}/{Total}] {DocumentPath}")]
    public static partial void DocumentProgress(this ILogger logger, int index, int total, string documentPath);

    [LoggerMessage(3008, LogLevel.Error, "Ingestion of {Folder} failed")]
    public static partial void IngestionFailed(this ILogger logger, string folder, Exception exception);
}
