using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>One way a cue phrase states a relation.</summary>
/// <param name="Type">The relationship type it states.</param>
/// <param name="Shape">Where the source and target sit.</param>
/// <param name="Closers">For <see cref="CueShape.Enclosed"/>: the words that close the span (e.g. <c>开发</c> after <c>由</c>).</param>
/// <param name="InnerIsSource">For <see cref="CueShape.Enclosed"/>: whether the mention inside the span is the source.</param>
/// <param name="OuterOnRight">For <see cref="CueShape.Enclosed"/>: whether the outer argument follows the closer (<c>基于Y的X</c>) rather than preceding the cue.</param>
/// <param name="Requires">Words one of which must follow the cue (or closer) closely, e.g. <c>算力</c> after <c>提供</c>.</param>
internal sealed record CueFrame(
    RelationshipType Type,
    CueShape Shape,
    IReadOnlyList<string>? Closers = null,
    bool InnerIsSource = false,
    bool OuterOnRight = false,
    IReadOnlyList<string>? Requires = null)
{
    /// <summary>
    /// Words one of which must appear earlier in the line for the frame to apply: <c>led by</c> states an investment
    /// only after <c>round</c> or <c>raised</c>. <see langword="null"/> when the cue needs no context.
    /// </summary>
    public IReadOnlyList<string>? Context { get; init; }

    /// <summary>
    /// Whether the cue only compares (<c>超越</c>, <c>outperforms</c>): it states a rivalry unless the sentence is
    /// about a benchmark (<see cref="Hedges.IsBenchmarkComparison"/>).
    /// </summary>
    public bool Comparative { get; init; }

    /// <summary>Whether the source may be of any kind: <c>Perplexity is built on Llama</c> names a company-like product.</summary>
    public bool AnySource { get; init; }

    /// <summary>
    /// Whether a new name with no version may be the base: what a thing is deployed or served on is a platform or a chip
    /// (<c>部署在Shakti Cloud上</c>, <c>served on STACKIT</c>), rarely a dataset or an architecture.
    /// </summary>
    public bool AnyBase { get; init; }

    /// <summary>
    /// Whether a missing target is the company whose funding round the line spoke of
    /// (<c>Anysphere raised $60M. Thrive Capital led the round.</c>).
    /// </summary>
    public bool RoundAnaphora { get; init; }

    /// <summary>
    /// Whether the cue's other frames are still tried after this one applies: <c>OpenAI trained GPT-4 on Azure</c>
    /// states both who made GPT-4 and whose compute trained it.
    /// </summary>
    public bool Stacks { get; init; }

    /// <summary>
    /// Whether one argument must be a catalogue entity: a cue as loose as <c>from</c> links two new names only by accident
    /// (<c>Animation from Long Text</c>).
    /// </summary>
    public bool NeedsKnown { get; init; }

    /// <summary>
    /// Whether the cue names a round's other investors after its lead (<c>…was led by Harrowby Ventures, with Calderbrook
    /// Capital participating</c>): they invest in the recipient of the lead's round, not in the lead.
    /// </summary>
    public bool JoinsLeadRound { get; init; }

    /// <summary>The first characters of the closers: a closer is compared only where one of them stands.</summary>
    public System.Buffers.SearchValues<char> CloserStarts { get; } =
        System.Buffers.SearchValues.Create(Closers is null ? string.Empty : string.Concat(Closers.Select(c => c[0])));
}
