using System.Diagnostics;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Bench.Ingestion;

/// <summary>
/// Wraps an extractor and measures the wall-clock time during which at least one document was being extracted, to split
/// an ingestion run into its phases. Ingestion extracts several documents at once, ahead of the writer, so the time of
/// overlapping calls is counted once, not added up.
/// </summary>
/// <param name="inner">The extractor.</param>
internal sealed class TimedExtractor(IDocumentExtractor inner) : IDocumentExtractor
{
    private readonly Lock _gate = new();
    private long _busyTicks;
    private long _busySince;
    private int _running;

    /// <summary>The wall-clock time so far during which some extraction was running.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            lock (_gate)
            {
                var open = _running > 0 ? Stopwatch.GetTimestamp() - _busySince : 0;
                return Stopwatch.GetElapsedTime(0, _busyTicks + open);
            }
        }
    }

    /// <inheritdoc />
    public DocumentExtraction Extract(DocumentSource source)
    {
        lock (_gate)
        {
            if (_running++ == 0)
            {
                _busySince = Stopwatch.GetTimestamp();
            }
        }

        try
        {
            return inner.Extract(source);
        }
        finally
        {
            lock (_gate)
            {
                if (--_running == 0)
                {
                    _busyTicks += Stopwatch.GetTimestamp() - _busySince;
                }
            }
        }
    }
}
