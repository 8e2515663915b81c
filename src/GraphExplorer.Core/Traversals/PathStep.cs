using System.Text.Json.Serialization;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>One edge of a row's path, in the edge's own direction (which need not be the walking direction).</summary>
/// <param name="Source">The source entity's canonical name.</param>
/// <param name="Type">The relationship's wire name, e.g. <c>BUILT_ON</c>.</param>
/// <param name="Target">The target entity's canonical name.</param>
/// <param name="Evidence">The edge's first mentions (an <see cref="EvidenceWindow"/>, by default the first 3), by document then line.</param>
/// <param name="SourceKey">The source entity's key.</param>
/// <param name="TargetKey">The target entity's key.</param>
/// <param name="EvidenceCount">How many mentions the edge has in all; page through them with the <c>evidence</c> traversal.</param>
public sealed record PathStep(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("evidence")] IReadOnlyList<Evidence> Evidence,
    [property: JsonPropertyName("sourceKey")] string SourceKey,
    [property: JsonPropertyName("targetKey")] string TargetKey,
    [property: JsonPropertyName("evidenceCount")] int EvidenceCount);
