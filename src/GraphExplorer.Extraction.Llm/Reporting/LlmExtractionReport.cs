using System.Globalization;
using System.Text;
using GraphExplorer.Extraction.Llm.Verification;

namespace GraphExplorer.Extraction.Llm.Reporting;

/// <summary>
/// What model-assisted extraction did in a run: sections, requests, cache hits, relations kept and dropped by reason,
/// failed sections. Thread-safe; one per run (a singleton of the host).
/// </summary>
/// <param name="model">The model's name.</param>
public sealed class LlmExtractionReport(string model)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DropReason, int> _dropped = [];
    private readonly List<SectionFailure> _failures = [];
    private int _sections;
    private int _done;
    private int _requests;
    private int _cached;
    private int _kept;

    /// <summary>The model's name.</summary>
    public string Model { get; } = model;

    /// <summary>Told as each section finishes; may be <see langword="null"/>.</summary>
    public IProgress<LlmSectionProgress>? Progress { get; set; }

    /// <summary>Sections seen.</summary>
    public int Sections { get { lock (_gate) { return _sections; } } }

    /// <summary>Requests sent to the model (not counting retries inside one request).</summary>
    public int Requests { get { lock (_gate) { return _requests; } } }

    /// <summary>Sections answered from the cache.</summary>
    public int CacheHits { get { lock (_gate) { return _cached; } } }

    /// <summary>Relations kept after verification.</summary>
    public int Kept { get { lock (_gate) { return _kept; } } }

    /// <summary>Relations dropped, by reason.</summary>
    public IReadOnlyDictionary<DropReason, int> Dropped { get { lock (_gate) { return new Dictionary<DropReason, int>(_dropped); } } }

    /// <summary>Sections that failed, in the order they failed.</summary>
    public IReadOnlyList<SectionFailure> Failures { get { lock (_gate) { return [.. _failures]; } } }

    internal void AddSections(int count)
    {
        lock (_gate)
        {
            _sections += count;
        }
    }

    internal void RequestSent()
    {
        lock (_gate)
        {
            _requests++;
        }
    }

    internal void SectionDone(string document, bool cached, SectionFailure? failure)
    {
        LlmSectionProgress progress;
        lock (_gate)
        {
            _done++;
            _cached += cached ? 1 : 0;
            if (failure is not null)
            {
                _failures.Add(failure);
            }

            progress = new LlmSectionProgress(_done, _sections, document);
        }

        Progress?.Report(progress);
    }

    internal void Verified(SectionVerification verification)
    {
        lock (_gate)
        {
            _kept += verification.Kept.Count;
            foreach (var (_, reason) in verification.Dropped)
            {
                _dropped[reason] = _dropped.GetValueOrDefault(reason) + 1;
            }
        }
    }

    /// <summary>The summary lines, e.g. <c>model relations: kept 3, dropped 2: quote not on line 1, unknown type 1</c>.</summary>
    /// <returns>The text, ending with a line break.</returns>
    public string ToText()
    {
        var dropped = Dropped;
        var failures = Failures;
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"model: {Model}; sections: {Sections} ({Requests} sent, {CacheHits} from cache, {failures.Count} failed)\n");
        text.Append(c, $"model relations: kept {Kept}, dropped {dropped.Values.Sum()}");
        if (dropped.Count > 0)
        {
            text.Append(": ").AppendJoin(", ", dropped.OrderBy(p => p.Key).Select(p => $"{p.Key.Describe()} {p.Value}"));
        }

        text.Append('\n');
        foreach (var failure in failures)
        {
            text.Append(c, $"  failed section: {failure.Document} lines {failure.FirstLine}-{failure.LastLine}: {failure.Reason}\n");
        }

        return text.ToString();
    }
}
