using System.Diagnostics;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Bench.Ingestion;

/// <summary>Wraps an extractor and adds up the time spent in it, to split an ingestion run into its phases.</summary>
/// <param name="inner">The extractor.</param>
internal sealed class TimedExtractor(IDocumentExtractor inner) : IDocumentExtractor
{
    private long _ticks;

    /// <summary>The time spent extracting so far.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <inheritdoc />
    public DocumentExtraction Extract(DocumentSource source)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Extract(source);
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
        }
    }
}
