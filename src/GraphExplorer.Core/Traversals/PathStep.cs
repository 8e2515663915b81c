using System.Text.Json.Serialization;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>One edge of a row's path, in the edge's own direction (which need not be the walking direction).</summary>
/// <param name="Source">The source entity's canonical name.</param>
/// <param name="Type">The relationship's wire name, e.g. <c>BUILT_ON</c>.</param>
/// <param name="Target">The target entity's canonical name.</param>
/// <param name="Evidence">Every mention of the edge.</param>
/// <param name="SourceKey">The source entity's key.</param>
/// <param name="TargetKey">The target entity's key.</param>
public sealed record PathStep(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("evidence")] IReadOnlyList<Evidence> Evidence,
    [property: JsonPropertyName("sourceKey")] string SourceKey,
    [property: JsonPropertyName("targetKey")] string TargetKey);
