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
    IReadOnlyList<string>? Requires = null);
