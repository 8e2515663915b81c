using Microsoft.Extensions.Logging;

namespace GraphExplorer.Extraction.Llm;

/// <summary>The model-assisted extraction's log messages (event ids 7xxx). The API key is never a placeholder.</summary>
internal static partial class Log
{
    [LoggerMessage(7001, LogLevel.Debug, "Section {Section} of {DocumentPath} served from the answer cache")]
    public static partial void SectionCached(this ILogger logger, string documentPath, int section);

    [LoggerMessage(7002, LogLevel.Debug, "Section {Section} of {DocumentPath} sent to model {Model}")]
    public static partial void SectionSent(this ILogger logger, string documentPath, int section, string model);

    [LoggerMessage(7003, LogLevel.Warning, "Section {Section} of {DocumentPath} failed: {Reason}")]
    public static partial void SectionFailed(this ILogger logger, string documentPath, int section, string reason, Exception? exception);

    [LoggerMessage(7004, LogLevel.Debug, "Model relation dropped in {DocumentPath} line {Line}: {Reason}")]
    public static partial void RelationDropped(this ILogger logger, string documentPath, int line, string reason);
}
